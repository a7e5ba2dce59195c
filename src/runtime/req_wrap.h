// ReqWrap<T>: a BaseObject that owns one libuv request (uv_fs_t, uv_write_t, ...).
//
// Rules:
// - Dispatch is the only way to start the request: it calls the libuv function and,
//   when that succeeded, keeps the JS object (and so this object) alive until Done().
// - The completion callback (a static function given to libuv) finds the wrap with
//   From(req), builds the result and calls `this.oncomplete(err, value)` through
//   Environment::MakeCallback, then calls Done().
// - A request that failed to start (negative return of Dispatch) was never started:
//   the caller reports the error synchronously and the object stays weak.
#ifndef RT_RUNTIME_REQ_WRAP_H_
#define RT_RUNTIME_REQ_WRAP_H_

#include <uv.h>

#include <type_traits>
#include <utility>

#include "runtime/base_object.h"

namespace rt {

template <typename T>
class ReqWrap : public BaseObject {
 public:
  ReqWrap(Environment* env, v8::Local<v8::Object> object) : BaseObject(env, object) {
    req_.data = this;
  }

  T* req() { return &req_; }

  static ReqWrap* From(T* req) { return static_cast<ReqWrap*>(req->data); }

  // fn(args...) starts the request; pass req() among the args where libuv wants it.
  // (A few libuv starters, like uv_pipe_connect, return nothing: they cannot fail.)
  template <typename Fn, typename... Args>
  int Dispatch(Fn fn, Args&&... args) {
    int err = 0;
    if constexpr (std::is_void_v<decltype(fn(std::forward<Args>(args)...))>) {
      fn(std::forward<Args>(args)...);
    } else {
      err = fn(std::forward<Args>(args)...);
    }
    if (err >= 0) {
      active_ = true;
      MakeStrong();
      CaptureAsyncFrame();
    }
    return err;
  }

  // The request completed and its callback ran: the object may be collected again.
  void Done() {
    active_ = false;
    MakeWeak();
  }

  bool active() const { return active_; }

 protected:
  T req_;

 private:
  bool active_ = false;
};

}  // namespace rt

#endif  // RT_RUNTIME_REQ_WRAP_H_
