// The `uv` binding: libuv error names and messages for lib/internal/errors.js.
#include <uv.h>

#include "bindings/binding_list.h"
#include "runtime/environment.h"
#include "util/v8_util.h"

namespace rt {
namespace {

using v8::Context;
using v8::FunctionCallbackInfo;
using v8::Isolate;
using v8::Local;
using v8::Object;
using v8::Value;

void ErrName(const FunctionCallbackInfo<Value>& args) {
  int err = args[0]->Int32Value(args.GetIsolate()->GetCurrentContext()).FromMaybe(0);
  char buf[64];
  uv_err_name_r(err, buf, sizeof(buf));
  args.GetReturnValue().Set(OneByteString(args.GetIsolate(), buf));
}

// getErrorMap() -> Map(errno -> [name, message]) for every libuv error.
void GetErrorMap(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  Local<v8::Map> map = v8::Map::New(isolate);
#define RT_ADD_ERROR(name, message)                                                         \
  {                                                                                         \
    Local<Value> pair[] = {OneByteString(isolate, #name), OneByteString(isolate, message)}; \
    USE(map->Set(context, v8::Integer::New(isolate, UV_##name),                             \
                 v8::Array::New(isolate, pair, 2)));                                        \
  }
  UV_ERRNO_MAP(RT_ADD_ERROR)
#undef RT_ADD_ERROR
  args.GetReturnValue().Set(map);
}

void Initialize(Environment* env, Local<Object> target) {
  Local<Context> context = env->context();
  SetMethod(context, target, "errname", ErrName);
  SetMethod(context, target, "getErrorMap", GetErrorMap);
#define RT_SET_CONSTANT(name, message) SetNumber(context, target, "UV_" #name, UV_##name);
  UV_ERRNO_MAP(RT_SET_CONSTANT)
#undef RT_SET_CONSTANT
}

}  // namespace
}  // namespace rt

RT_BINDING(uv, rt::Initialize)
