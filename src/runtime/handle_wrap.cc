// HandleWrap (see handle_wrap.h).
#include "runtime/handle_wrap.h"

#include "runtime/environment.h"
#include "util/v8_util.h"

namespace rt {

using v8::FunctionCallbackInfo;
using v8::Local;
using v8::Value;

HandleWrap::HandleWrap(Environment* env, Local<v8::Object> object, uv_handle_t* handle)
    : BaseObject(env, object), handle_(handle) {
  handle_->data = this;
  MakeStrong();
  env->RegisterHandle(this);
}

HandleWrap::~HandleWrap() {
  env()->UnregisterHandle(this);
}

void HandleWrap::Close(Local<Value> callback) {
  if (state_ != State::kOpen) return;
  state_ = State::kClosing;
  if (!callback.IsEmpty() && callback->IsFunction()) {
    close_callback_.Reset(env()->isolate(), callback.As<v8::Function>());
  }
  uv_close(handle_, OnClosed);
}

void HandleWrap::OnClosed(uv_handle_t* handle) {
  HandleWrap* self = static_cast<HandleWrap*>(handle->data);
  self->state_ = State::kClosed;
  Environment* env = self->env();
  if (!self->close_callback_.IsEmpty() && !env->is_stopping()) {
    v8::HandleScope scope(env->isolate());
    Local<v8::Function> cb = self->close_callback_.Get(env->isolate());
    self->close_callback_.Reset();
    (void)env->MakeCallback(self->object(), cb, 0, nullptr);
  }
  if (env->is_stopping()) {
    delete self;
    return;
  }
  self->MakeWeak();
}

void HandleWrap::JSClose(const FunctionCallbackInfo<Value>& args) {
  HandleWrap* wrap = Unwrap<HandleWrap>(args.This());
  if (wrap != nullptr) wrap->Close(args[0]);
}

void HandleWrap::JSRef(const FunctionCallbackInfo<Value>& args) {
  HandleWrap* wrap = Unwrap<HandleWrap>(args.This());
  if (wrap != nullptr && wrap->state_ == State::kOpen) uv_ref(wrap->handle_);
}

void HandleWrap::JSUnref(const FunctionCallbackInfo<Value>& args) {
  HandleWrap* wrap = Unwrap<HandleWrap>(args.This());
  if (wrap != nullptr && wrap->state_ == State::kOpen) uv_unref(wrap->handle_);
}

void HandleWrap::JSHasRef(const FunctionCallbackInfo<Value>& args) {
  HandleWrap* wrap = Unwrap<HandleWrap>(args.This());
  args.GetReturnValue().Set(wrap != nullptr && wrap->state_ == State::kOpen &&
                            uv_has_ref(wrap->handle_) != 0);
}

void HandleWrap::AddMethods(Environment* env, v8::Local<v8::FunctionTemplate> tmpl) {
  SetProtoMethod(env, tmpl, "close", JSClose);
  SetProtoMethod(env, tmpl, "ref", JSRef);
  SetProtoMethod(env, tmpl, "unref", JSUnref);
  SetProtoMethod(env, tmpl, "hasRef", JSHasRef);
}

}  // namespace rt
