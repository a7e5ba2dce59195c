// The `async_context` binding: V8's continuation-preserved embedder data, the slot
// that V8 carries into promise reactions; AsyncLocalStorage keeps its frame there.
#include "bindings/binding_list.h"
#include "runtime/environment.h"
#include "util/v8_util.h"

namespace rt {
namespace {

using v8::FunctionCallbackInfo;
using v8::Local;
using v8::Object;
using v8::Value;

void GetFrame(const FunctionCallbackInfo<Value>& args) {
  args.GetReturnValue().Set(
      args.GetIsolate()->GetCurrentContext()->GetContinuationPreservedEmbedderData());
}

void SetFrame(const FunctionCallbackInfo<Value>& args) {
  args.GetIsolate()->GetCurrentContext()->SetContinuationPreservedEmbedderData(args[0]);
}

void Initialize(Environment* env, Local<Object> target) {
  SetMethod(env->context(), target, "getFrame", GetFrame);
  SetMethod(env->context(), target, "setFrame", SetFrame);
}

}  // namespace
}  // namespace rt

RT_BINDING(async_context, rt::Initialize)
