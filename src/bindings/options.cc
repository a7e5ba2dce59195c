// The `options` binding: rt's parsed command line, for lib/internal/main/run_main.js.
#include "bindings/binding_list.h"
#include "runtime/environment.h"
#include "util/v8_util.h"

namespace rt {
namespace {

using v8::Array;
using v8::Context;
using v8::Isolate;
using v8::Local;
using v8::Object;

Local<Array> ToArray(Isolate* isolate, const std::vector<std::string>& list) {
  Local<Context> context = isolate->GetCurrentContext();
  Local<Array> array = Array::New(isolate, static_cast<int>(list.size()));
  for (size_t i = 0; i < list.size(); i++) {
    array->Set(context, static_cast<uint32_t>(i), Utf8String(isolate, list[i])).Check();
  }
  return array;
}

void Initialize(Environment* env, Local<Object> target) {
  Isolate* isolate = env->isolate();
  Local<Context> context = env->context();
  const Options& o = env->options();
  SetValue(context, target, "hasEval", v8::Boolean::New(isolate, o.has_eval));
  SetValue(context, target, "evalSource", Utf8String(isolate, o.eval_source));
  SetValue(context, target, "printEval", v8::Boolean::New(isolate, o.print_eval));
  SetValue(context, target, "interactive", v8::Boolean::New(isolate, o.interactive));
  SetValue(context, target, "checkSyntax", v8::Boolean::New(isolate, o.check_syntax));
  SetValue(context, target, "readStdin", v8::Boolean::New(isolate, o.read_stdin));
  SetValue(context, target, "inputType", Utf8String(isolate, o.input_type));
  SetValue(context, target, "scriptPath", Utf8String(isolate, o.script));
  SetValue(context, target, "scriptArgs", ToArray(isolate, o.script_args));
  SetValue(context, target, "execArgv", ToArray(isolate, o.exec_argv));
  SetValue(context, target, "requires", ToArray(isolate, o.requires));
  SetValue(context, target, "title", Utf8String(isolate, o.title));
  SetValue(context, target, "argv0", Utf8String(isolate, env->argv()[0]));
}

}  // namespace
}  // namespace rt

RT_BINDING(options, rt::Initialize)
