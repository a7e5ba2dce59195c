// The `types` binding: util.types checks that only V8 can answer.
#include "bindings/binding_list.h"
#include "runtime/environment.h"
#include "util/v8_util.h"

namespace rt {
namespace {

using v8::FunctionCallbackInfo;
using v8::Local;
using v8::Object;
using v8::Value;

#define RT_V8_TYPE_CHECKS(V) \
  V(External)                \
  V(Date)                    \
  V(ArgumentsObject)         \
  V(BigIntObject)            \
  V(BooleanObject)           \
  V(NumberObject)            \
  V(StringObject)            \
  V(SymbolObject)            \
  V(NativeError)             \
  V(RegExp)                  \
  V(AsyncFunction)           \
  V(GeneratorFunction)       \
  V(GeneratorObject)         \
  V(Promise)                 \
  V(Map)                     \
  V(Set)                     \
  V(MapIterator)             \
  V(SetIterator)             \
  V(WeakMap)                 \
  V(WeakSet)                 \
  V(ArrayBuffer)             \
  V(DataView)                \
  V(SharedArrayBuffer)       \
  V(Proxy)                   \
  V(ModuleNamespaceObject)

#define RT_DEFINE_CHECK(type)                              \
  void Is##type(const FunctionCallbackInfo<Value>& args) { \
    args.GetReturnValue().Set(args[0]->Is##type());        \
  }
RT_V8_TYPE_CHECKS(RT_DEFINE_CHECK)
#undef RT_DEFINE_CHECK

void IsAnyArrayBuffer(const FunctionCallbackInfo<Value>& args) {
  args.GetReturnValue().Set(args[0]->IsArrayBuffer() || args[0]->IsSharedArrayBuffer());
}

void IsBoxedPrimitive(const FunctionCallbackInfo<Value>& args) {
  Local<Value> v = args[0];
  args.GetReturnValue().Set(v->IsNumberObject() || v->IsStringObject() || v->IsBooleanObject() ||
                            v->IsBigIntObject() || v->IsSymbolObject());
}

void Initialize(Environment* env, Local<Object> target) {
  auto context = env->context();
#define RT_SET_CHECK(type) SetMethod(context, target, "is" #type, Is##type);
  RT_V8_TYPE_CHECKS(RT_SET_CHECK)
#undef RT_SET_CHECK
  SetMethod(context, target, "isAnyArrayBuffer", IsAnyArrayBuffer);
  SetMethod(context, target, "isBoxedPrimitive", IsBoxedPrimitive);
}

}  // namespace
}  // namespace rt

RT_BINDING(types, rt::Initialize)
