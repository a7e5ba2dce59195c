// HandleWrap: a BaseObject that owns one libuv handle.
//
// Rules:
// - States go open -> closing -> closed, once. close() is asynchronous: the handle's
//   memory stays valid until libuv's close callback, which calls the JS callback given
//   to close() and only then lets the object be collected.
// - The object is strong from construction until closed, so a handle that libuv still
//   uses is never collected; it is listed on the Environment so teardown closes it.
// - Methods return negative libuv codes instead of throwing; lib/ builds the errors.
// - JS sees ref(), unref(), hasRef() and close(cb) on every HandleWrap (AddMethods).
#ifndef RT_RUNTIME_HANDLE_WRAP_H_
#define RT_RUNTIME_HANDLE_WRAP_H_

#include <uv.h>

#include "runtime/base_object.h"

namespace rt {

class HandleWrap : public BaseObject {
 public:
  enum class State { kOpen, kClosing, kClosed };

  HandleWrap(Environment* env, v8::Local<v8::Object> object, uv_handle_t* handle);
  ~HandleWrap() override;

  // Starts closing; `callback` (if a function) runs once closed.
  void Close(v8::Local<v8::Value> callback = v8::Local<v8::Value>());
  State state() const { return state_; }
  uv_handle_t* handle() const { return handle_; }

  static void AddMethods(Environment* env, v8::Local<v8::FunctionTemplate> tmpl);

 private:
  static void OnClosed(uv_handle_t* handle);
  static void JSClose(const v8::FunctionCallbackInfo<v8::Value>& args);
  static void JSRef(const v8::FunctionCallbackInfo<v8::Value>& args);
  static void JSUnref(const v8::FunctionCallbackInfo<v8::Value>& args);
  static void JSHasRef(const v8::FunctionCallbackInfo<v8::Value>& args);

  uv_handle_t* handle_;
  State state_ = State::kOpen;
  v8::Global<v8::Function> close_callback_;
};

}  // namespace rt

#endif  // RT_RUNTIME_HANDLE_WRAP_H_
