// The `fs` binding's watchers, both HandleWraps: FSEvent (uv_fs_event_t, fs.watch)
// calls onchange(status, eventType, filename); StatWatcher (uv_fs_poll_t,
// fs.watchFile) calls onchange(status, stats) with the current stat in fields
// [0, 18) of stats and the previous one in [18, 36).
#include <uv.h>

#include "bindings/fs.h"
#include "runtime/handle_wrap.h"

namespace rt {
namespace fs {
namespace {

using v8::Context;
using v8::FunctionCallbackInfo;
using v8::HandleScope;
using v8::Isolate;
using v8::Local;
using v8::Object;
using v8::Value;

void CallOnChange(BaseObject* wrap, int argc, Local<Value>* argv) {
  Environment* env = wrap->env();
  Local<Value> fn;
  if (!wrap->object()->Get(env->context(), Symbol(env->isolate(), "onchange")).ToLocal(&fn) ||
      !fn->IsFunction()) {
    return;
  }
  USE(env->MakeCallback(wrap->object(), fn.As<v8::Function>(), argc, argv));
}

class FSEventWrap : public HandleWrap {
 public:
  FSEventWrap(Environment* env, Local<Object> object)
      : HandleWrap(env, object, reinterpret_cast<uv_handle_t*>(&handle_)) {
    CHECK_EQ(uv_fs_event_init(env->loop(), &handle_), 0);
  }

  static void New(const FunctionCallbackInfo<Value>& args) {
    CHECK(args.IsConstructCall());
    new FSEventWrap(Environment::GetCurrent(args.GetIsolate()), args.This());
  }

  // start(path, persistent, recursive, asBuffer) -> 0 or a negative errno
  static void Start(const FunctionCallbackInfo<Value>& args) {
    FSEventWrap* wrap = Unwrap<FSEventWrap>(args.This());
    if (wrap == nullptr || wrap->state() != State::kOpen)
      return args.GetReturnValue().Set(UV_EINVAL);
    Utf8Value path(args.GetIsolate(), args[0]);
    unsigned flags = args[2]->IsTrue() ? UV_FS_EVENT_RECURSIVE : 0;
    wrap->as_buffer_ = args[3]->IsTrue();
    int err = uv_fs_event_start(&wrap->handle_, OnEvent, *path, flags);
    if (err == 0 && !args[1]->IsTrue()) uv_unref(wrap->handle());
    args.GetReturnValue().Set(err);
  }

 private:
  static void OnEvent(uv_fs_event_t* handle, const char* filename, int events, int status) {
    FSEventWrap* wrap = static_cast<FSEventWrap*>(handle->data);
    Environment* env = wrap->env();
    Isolate* isolate = env->isolate();
    HandleScope scope(isolate);
    v8::Context::Scope context_scope(env->context());
    const char* type = (events & UV_RENAME) ? "rename" : "change";
    Local<Value> argv[3] = {v8::Integer::New(isolate, status), OneByteString(isolate, type),
                            v8::Null(isolate)};
    if (filename != nullptr && !NameValue(isolate, filename, wrap->as_buffer_).ToLocal(&argv[2])) {
      return;
    }
    // Both bits set: Node reports a rename and then a change.
    CallOnChange(wrap, 3, argv);
    if ((events & UV_RENAME) && (events & UV_CHANGE) && wrap->state() == State::kOpen) {
      argv[1] = OneByteString(isolate, "change");
      CallOnChange(wrap, 3, argv);
    }
  }

  uv_fs_event_t handle_;
  bool as_buffer_ = false;
};

class StatWatcher : public HandleWrap {
 public:
  StatWatcher(Environment* env, Local<Object> object, bool bigint)
      : HandleWrap(env, object, reinterpret_cast<uv_handle_t*>(&handle_)), bigint_(bigint) {
    CHECK_EQ(uv_fs_poll_init(env->loop(), &handle_), 0);
  }

  // new StatWatcher(bigint)
  static void New(const FunctionCallbackInfo<Value>& args) {
    CHECK(args.IsConstructCall());
    new StatWatcher(Environment::GetCurrent(args.GetIsolate()), args.This(), args[0]->IsTrue());
  }

  // start(path, interval) -> 0 or a negative errno
  static void Start(const FunctionCallbackInfo<Value>& args) {
    StatWatcher* wrap = Unwrap<StatWatcher>(args.This());
    if (wrap == nullptr || wrap->state() != State::kOpen)
      return args.GetReturnValue().Set(UV_EINVAL);
    Utf8Value path(args.GetIsolate(), args[0]);
    unsigned interval = static_cast<unsigned>(ToInt64(args[1]));
    args.GetReturnValue().Set(uv_fs_poll_start(&wrap->handle_, OnChange, *path, interval));
  }

 private:
  static void OnChange(uv_fs_poll_t* handle, int status, const uv_stat_t* prev,
                       const uv_stat_t* curr) {
    StatWatcher* wrap = static_cast<StatWatcher*>(handle->data);
    Environment* env = wrap->env();
    Isolate* isolate = env->isolate();
    HandleScope scope(isolate);
    v8::Context::Scope context_scope(env->context());
    constexpr size_t n = 2 * kStatFields;
    Local<Value> stats;
    if (wrap->bigint_) {
      auto array = v8::BigInt64Array::New(v8::ArrayBuffer::New(isolate, n * 8), 0, n);
      int64_t* out = static_cast<int64_t*>(array->Buffer()->Data());
      FillStatFields(out, *curr);
      FillStatFields(out + kStatFields, *prev);
      stats = array;
    } else {
      auto array = v8::Float64Array::New(v8::ArrayBuffer::New(isolate, n * 8), 0, n);
      double* out = static_cast<double*>(array->Buffer()->Data());
      FillStatFields(out, *curr);
      FillStatFields(out + kStatFields, *prev);
      stats = array;
    }
    Local<Value> argv[2] = {v8::Integer::New(isolate, status), stats};
    CallOnChange(wrap, 2, argv);
  }

  uv_fs_poll_t handle_;
  bool bigint_;
};

}  // namespace

void InitializeWatchers(Environment* env, Local<Object> target) {
  Local<Context> context = env->context();
  Local<v8::FunctionTemplate> event = BaseObject::MakeTemplate(env, FSEventWrap::New, "FSEvent");
  HandleWrap::AddMethods(env, event);
  BaseObject::SetProtoMethod(env, event, "start", FSEventWrap::Start);
  SetValue(context, target, "FSEvent", event->GetFunction(context).ToLocalChecked());

  Local<v8::FunctionTemplate> poll = BaseObject::MakeTemplate(env, StatWatcher::New, "StatWatcher");
  HandleWrap::AddMethods(env, poll);
  BaseObject::SetProtoMethod(env, poll, "start", StatWatcher::Start);
  SetValue(context, target, "StatWatcher", poll->GetFunction(context).ToLocalChecked());
}

}  // namespace fs
}  // namespace rt
