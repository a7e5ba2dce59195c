// The `signal_wrap` binding: Signal, a HandleWrap around uv_signal_t.
// lib/internal/process/signals.js starts one per signal that process listens for.
#include "bindings/binding_list.h"
#include "runtime/environment.h"
#include "runtime/handle_wrap.h"
#include "util/v8_util.h"

namespace rt {
namespace {

using v8::Context;
using v8::FunctionCallbackInfo;
using v8::Local;
using v8::Object;
using v8::Value;

class SignalWrap : public HandleWrap {
 public:
  SignalWrap(Environment* env, Local<Object> object)
      : HandleWrap(env, object, reinterpret_cast<uv_handle_t*>(&handle_)) {
    CHECK_EQ(uv_signal_init(env->loop(), &handle_), 0);
  }

  static void New(const FunctionCallbackInfo<Value>& args) {
    CHECK(args.IsConstructCall());
    new SignalWrap(Environment::GetCurrent(args.GetIsolate()), args.This());
  }

  // start(signum) -> 0 or a negative errno
  static void Start(const FunctionCallbackInfo<Value>& args) {
    SignalWrap* wrap = Unwrap<SignalWrap>(args.This());
    int signum = args[0]->Int32Value(args.GetIsolate()->GetCurrentContext()).FromMaybe(0);
    int err = wrap->state() == State::kOpen ? uv_signal_start(&wrap->handle_, OnSignal, signum)
                                            : UV_EINVAL;
    args.GetReturnValue().Set(err);
  }

  static void Stop(const FunctionCallbackInfo<Value>& args) {
    SignalWrap* wrap = Unwrap<SignalWrap>(args.This());
    int err = wrap->state() == State::kOpen ? uv_signal_stop(&wrap->handle_) : UV_EINVAL;
    args.GetReturnValue().Set(err);
  }

 private:
  // Calls this.onsignal(signum).
  static void OnSignal(uv_signal_t* handle, int signum) {
    SignalWrap* wrap = static_cast<SignalWrap*>(handle->data);
    Environment* env = wrap->env();
    v8::HandleScope scope(env->isolate());
    Local<Value> fn;
    if (!wrap->object()->Get(env->context(), Symbol(env->isolate(), "onsignal")).ToLocal(&fn) ||
        !fn->IsFunction()) {
      return;
    }
    Local<Value> arg = v8::Integer::New(env->isolate(), signum);
    (void)env->MakeCallback(wrap->object(), fn.As<v8::Function>(), 1, &arg);
  }

  uv_signal_t handle_;
};

void Initialize(Environment* env, Local<Object> target) {
  Local<Context> context = env->context();
  Local<v8::FunctionTemplate> tmpl = BaseObject::MakeTemplate(env, SignalWrap::New, "Signal");
  HandleWrap::AddMethods(env, tmpl);
  BaseObject::SetProtoMethod(env, tmpl, "start", SignalWrap::Start);
  BaseObject::SetProtoMethod(env, tmpl, "stop", SignalWrap::Stop);
  SetValue(context, target, "Signal", tmpl->GetFunction(context).ToLocalChecked());
}

}  // namespace
}  // namespace rt

RT_BINDING(signal_wrap, rt::Initialize)
