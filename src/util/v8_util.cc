// Helpers for talking to V8 (see v8_util.h).
#include "util/v8_util.h"

namespace rt {

void Abort(const char* expr, const char* file, int line) {
  fprintf(stderr, "rt: %s:%d: Assertion `%s' failed.\n", file, line, expr);
  fflush(stderr);
  abort();
}

void SetMethod(v8::Local<v8::Context> context, v8::Local<v8::Object> target, const char* name,
               v8::FunctionCallback callback) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::String> key = Symbol(isolate, name);
  v8::Local<v8::Function> fn = v8::Function::New(context, callback, v8::Local<v8::Value>(), 0,
                                                 v8::ConstructorBehavior::kThrow)
                                   .ToLocalChecked();
  fn->SetName(key);
  target->Set(context, key, fn).Check();
}

void SetValue(v8::Local<v8::Context> context, v8::Local<v8::Object> target, const char* name,
              v8::Local<v8::Value> value) {
  target->Set(context, Symbol(context->GetIsolate(), name), value).Check();
}

void SetNumber(v8::Local<v8::Context> context, v8::Local<v8::Object> target, const char* name,
               double value) {
  SetValue(context, target, name, v8::Number::New(context->GetIsolate(), value));
}

}  // namespace rt
