// The `tty_wrap` binding: TTY, a StreamWrap around uv_tty_t (terminals for
// lib/tty.js), and isTTY(fd).
#include <cstdlib>
#include <memory>

#include "bindings/binding_list.h"
#include "runtime/environment.h"
#include "runtime/stream_wrap.h"
#include "util/v8_util.h"

namespace rt {
namespace {

using v8::Context;
using v8::FunctionCallbackInfo;
using v8::Isolate;
using v8::Local;
using v8::Object;
using v8::Value;

// A terminal left in raw mode would be unusable after rt exits, however it exits.
void ResetModeAtExit() {
  static bool registered = false;
  if (registered) return;
  registered = true;
  atexit([] { uv_tty_reset_mode(); });
}

class TTYWrap : public StreamWrap {
 public:
  // The uv_tty_t is made (and initialised) before the wrap, so that a failed
  // uv_tty_init leaves no half-made handle on the Environment's list.
  TTYWrap(Environment* env, Local<Object> object, std::unique_ptr<uv_tty_t> handle)
      : StreamWrap(env, object, reinterpret_cast<uv_stream_t*>(handle.get())),
        handle_(std::move(handle)) {}

  // new TTY(fd, ctx): on failure ctx gets errno, code, message and syscall, and the
  // object stays unwrapped (lib/tty.js throws ERR_TTY_INIT_FAILED).
  static void New(const FunctionCallbackInfo<Value>& args) {
    CHECK(args.IsConstructCall());
    Isolate* isolate = args.GetIsolate();
    Local<Context> context = isolate->GetCurrentContext();
    Environment* env = Environment::GetCurrent(isolate);
    int fd = args[0]->Int32Value(context).FromMaybe(-1);
    auto handle = std::make_unique<uv_tty_t>();
    int err = fd < 0 ? UV_EINVAL : uv_tty_init(env->loop(), handle.get(), fd, 0);
    if (err != 0) {
      if (args[1]->IsObject()) {
        Local<Object> ctx = args[1].As<Object>();
        SetNumber(context, ctx, "errno", err);
        SetValue(context, ctx, "code", OneByteString(isolate, uv_err_name(err)));
        SetValue(context, ctx, "message", OneByteString(isolate, uv_strerror(err)));
        SetValue(context, ctx, "syscall", OneByteString(isolate, "uv_tty_init"));
      }
      return;
    }
    new TTYWrap(env, args.This(), std::move(handle));
  }

  // getWindowSize(array) -> 0 or a negative code; array[0] = columns, array[1] = rows.
  static void GetWindowSize(const FunctionCallbackInfo<Value>& args) {
    TTYWrap* self = Unwrap<TTYWrap>(args.This());
    if (self->state() != State::kOpen) return args.GetReturnValue().Set(UV_EBADF);
    int width = 0;
    int height = 0;
    int err = uv_tty_get_winsize(self->handle_.get(), &width, &height);
    if (err == 0 && args[0]->IsObject()) {
      Isolate* isolate = args.GetIsolate();
      Local<Context> context = isolate->GetCurrentContext();
      Local<Object> array = args[0].As<Object>();
      if (array->Set(context, 0, v8::Integer::New(isolate, width)).IsNothing() ||
          array->Set(context, 1, v8::Integer::New(isolate, height)).IsNothing()) {
        return;
      }
    }
    args.GetReturnValue().Set(err);
  }

  // setRawMode(flag) -> 0 or a negative code.
  static void SetRawMode(const FunctionCallbackInfo<Value>& args) {
    TTYWrap* self = Unwrap<TTYWrap>(args.This());
    if (self->state() != State::kOpen) return args.GetReturnValue().Set(UV_EBADF);
    bool raw = args[0]->IsTrue();
    if (raw) ResetModeAtExit();
    int err = uv_tty_set_mode(self->handle_.get(), raw ? UV_TTY_MODE_RAW : UV_TTY_MODE_NORMAL);
    args.GetReturnValue().Set(err);
  }

 private:
  std::unique_ptr<uv_tty_t> handle_;
};

void IsTTY(const FunctionCallbackInfo<Value>& args) {
  int fd = args[0]->Int32Value(args.GetIsolate()->GetCurrentContext()).FromMaybe(-1);
  args.GetReturnValue().Set(fd >= 0 && uv_guess_handle(fd) == UV_TTY);
}

void Initialize(Environment* env, Local<Object> target) {
  Local<Context> context = env->context();
  Local<v8::FunctionTemplate> tmpl = BaseObject::MakeTemplate(env, TTYWrap::New, "TTY");
  StreamWrap::AddMethods(env, tmpl);
  BaseObject::SetProtoMethod(env, tmpl, "getWindowSize", TTYWrap::GetWindowSize);
  BaseObject::SetProtoMethod(env, tmpl, "setRawMode", TTYWrap::SetRawMode);
  SetValue(context, target, "TTY", tmpl->GetFunction(context).ToLocalChecked());
  SetMethod(context, target, "isTTY", IsTTY);
}

}  // namespace
}  // namespace rt

RT_BINDING(tty_wrap, rt::Initialize)
