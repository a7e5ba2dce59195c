// The `util` binding: what util.inspect needs to see inside V8 objects
// (promise state, proxy target, collection entries, constructor names).
#include <uv.h>

#include "bindings/binding_list.h"
#include "runtime/environment.h"
#include "util/v8_util.h"

namespace rt {
namespace {

using v8::Array;
using v8::Context;
using v8::FunctionCallbackInfo;
using v8::Isolate;
using v8::Local;
using v8::Object;
using v8::Value;

void GetPromiseDetails(const FunctionCallbackInfo<Value>& args) {
  if (!args[0]->IsPromise()) return;
  Isolate* isolate = args.GetIsolate();
  Local<v8::Promise> promise = args[0].As<v8::Promise>();
  int state = promise->State();
  Local<Value> values[2] = {v8::Integer::New(isolate, state)};
  int n = 1;
  if (state != v8::Promise::kPending) values[n++] = promise->Result();
  args.GetReturnValue().Set(Array::New(isolate, values, n));
}

void GetProxyDetails(const FunctionCallbackInfo<Value>& args) {
  if (!args[0]->IsProxy()) return;
  Isolate* isolate = args.GetIsolate();
  Local<v8::Proxy> proxy = args[0].As<v8::Proxy>();
  if (args.Length() == 1 || args[1]->IsTrue()) {
    Local<Value> values[] = {proxy->GetTarget(), proxy->GetHandler()};
    args.GetReturnValue().Set(Array::New(isolate, values, 2));
  } else {
    args.GetReturnValue().Set(proxy->GetTarget());
  }
}

void PreviewEntries(const FunctionCallbackInfo<Value>& args) {
  if (!args[0]->IsObject()) return;
  Isolate* isolate = args.GetIsolate();
  bool is_key_value;
  Local<Array> entries;
  if (!args[0].As<Object>()->PreviewEntries(&is_key_value).ToLocal(&entries)) return;
  if (args.Length() < 2 || !args[1]->IsTrue()) return args.GetReturnValue().Set(entries);
  Local<Value> values[] = {entries, v8::Boolean::New(isolate, is_key_value)};
  args.GetReturnValue().Set(Array::New(isolate, values, 2));
}

void GetOwnNonIndexProperties(const FunctionCallbackInfo<Value>& args) {
  Local<Context> context = args.GetIsolate()->GetCurrentContext();
  if (!args[0]->IsObject()) return;
  auto filter = static_cast<v8::PropertyFilter>(args[1]->Uint32Value(context).FromMaybe(0));
  Local<Array> keys;
  if (args[0]
          .As<Object>()
          ->GetPropertyNames(context, v8::KeyCollectionMode::kOwnOnly, filter,
                             v8::IndexFilter::kSkipIndices)
          .ToLocal(&keys)) {
    args.GetReturnValue().Set(keys);
  }
}

void GetConstructorName(const FunctionCallbackInfo<Value>& args) {
  if (!args[0]->IsObject()) return;
  args.GetReturnValue().Set(args[0].As<Object>()->GetConstructorName());
}

void GetExternalValue(const FunctionCallbackInfo<Value>& args) {
  if (!args[0]->IsExternal()) return;
  void* ptr = args[0].As<v8::External>()->Value();
  args.GetReturnValue().Set(
      v8::BigInt::NewFromUnsigned(args.GetIsolate(), reinterpret_cast<uintptr_t>(ptr)));
}

void Sleep(const FunctionCallbackInfo<Value>& args) {
  uv_sleep(args[0]->Uint32Value(args.GetIsolate()->GetCurrentContext()).FromMaybe(0));
}

void Initialize(Environment* env, Local<Object> target) {
  Isolate* isolate = env->isolate();
  Local<Context> context = env->context();
  SetMethod(context, target, "getPromiseDetails", GetPromiseDetails);
  SetMethod(context, target, "getProxyDetails", GetProxyDetails);
  SetMethod(context, target, "previewEntries", PreviewEntries);
  SetMethod(context, target, "getOwnNonIndexProperties", GetOwnNonIndexProperties);
  SetMethod(context, target, "getConstructorName", GetConstructorName);
  SetMethod(context, target, "getExternalValue", GetExternalValue);
  SetMethod(context, target, "sleep", Sleep);

  Local<Object> constants = Object::New(isolate);
  SetNumber(context, constants, "kPending", v8::Promise::kPending);
  SetNumber(context, constants, "kFulfilled", v8::Promise::kFulfilled);
  SetNumber(context, constants, "kRejected", v8::Promise::kRejected);
  SetNumber(context, constants, "ALL_PROPERTIES", v8::ALL_PROPERTIES);
  SetNumber(context, constants, "ONLY_ENUMERABLE", v8::ONLY_ENUMERABLE);
  SetValue(context, target, "constants", constants);
  for (const char* name :
       {"kPending", "kFulfilled", "kRejected", "ALL_PROPERTIES", "ONLY_ENUMERABLE"}) {
    SetValue(context, target, name,
             constants->Get(context, Symbol(isolate, name)).ToLocalChecked());
  }
}

}  // namespace
}  // namespace rt

RT_BINDING(util, rt::Initialize)
