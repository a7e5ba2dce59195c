// Shared by the files of the `fs` binding (fs.cc, fs_dir.cc, fs_watch.cc): the
// request class FSReqCallback and Run(), the one function through which every
// operation runs, synchronously or as a request.
//
// Rules:
// - Each operation is one binding function whose last argument is `req`. When `req`
//   is an FSReqCallback, Run() dispatches the libuv request and the result reaches JS
//   as `req.oncomplete(err)` or `req.oncomplete(null, value)`; otherwise it runs on
//   this thread, returns the value, or throws UVException (errno, code, syscall, path,
//   dest). The same FsCall::result function builds the value in both cases.
// - Arguments arrive validated by lib/internal/fs/; C++ only CHECKs their types.
#ifndef RT_BINDINGS_FS_H_
#define RT_BINDINGS_FS_H_

#include <uv.h>

#include <cmath>
#include <memory>
#include <string>
#include <vector>

#include "runtime/environment.h"
#include "runtime/req_wrap.h"
#include "util/errors.h"
#include "util/v8_util.h"

namespace rt {
namespace fs {

// Node's layout of one stat: dev, mode, nlink, uid, gid, rdev, blksize, ino, size,
// blocks, then seconds and nanoseconds of atime, mtime, ctime, birthtime.
constexpr int kStatFields = 18;
constexpr int kStatFsFields = 7;

struct FsCall;
struct Mkdirp;
// Builds the JS value of a request that succeeded.
using ResultFn = v8::MaybeLocal<v8::Value> (*)(Environment* env, uv_fs_t* req, FsCall* call);

// Everything an operation needs between its start and its result.
struct FsCall {
  ResultFn result = nullptr;  // nullptr: the value is undefined
  bool sync = true;
  bool bigint = false;
  bool as_buffer = false;
  bool with_types = false;
  std::string error_path;  // reported instead of req->path (mkdtemp, mkdir -p)
  std::vector<char> data;  // bytes a write owns while it runs (moves keep data())
  std::vector<uv_buf_t> bufs;
  v8::Global<v8::Value> keep_alive;  // buffers or the handle the request uses
  std::unique_ptr<Mkdirp> mkdirp;
};

// State of `mkdir -p`: directories still to create, innermost last.
struct Mkdirp {
  std::vector<std::string> todo;
  std::string first_created;
  int mode = 0777;
  int mkdir_error = 0;  // the mkdir failure being checked with a stat
};

// Per-binding state: the classes lib/ instantiates and the shared stat arrays.
class FsBindingData : public BindingData {
 public:
  static const char kKey;
  explicit FsBindingData(Environment* env);

  v8::Global<v8::FunctionTemplate> req_template;
  v8::Global<v8::Function> dir_constructor;
  v8::Global<v8::Float64Array> stat_values;  // 2 * kStatFields, sync stat results
  v8::Global<v8::BigInt64Array> bigint_stat_values;
  v8::Global<v8::Float64Array> statfs_values;
  v8::Global<v8::BigInt64Array> bigint_statfs_values;
};

// FSReqCallback: the request object lib/ passes as `req`.
class FSReqWrap : public ReqWrap<uv_fs_t> {
 public:
  FSReqWrap(Environment* env, v8::Local<v8::Object> object) : ReqWrap(env, object) {}
  ~FSReqWrap() override;

  // The FSReqWrap behind value, or nullptr when value is not an FSReqCallback.
  static FSReqWrap* FromValue(Environment* env, v8::Local<v8::Value> value);
  static void New(const v8::FunctionCallbackInfo<v8::Value>& args);

  FsCall call;
};

// Fills `out` (kStatFields numbers) from s.
template <typename T>
void FillStatFields(T* out, const uv_stat_t& s);
// The result of stat/lstat/fstat: the shared array when synchronous, a new one else.
v8::MaybeLocal<v8::Value> StatResult(Environment* env, uv_fs_t* req, FsCall* call);
// Throws the UVException of a failed synchronous request.
void ThrowFsError(v8::Isolate* isolate, uv_fs_t* req, const FsCall& call, int err);
// Finishes an asynchronous request: builds the value or error, calls oncomplete.
void AfterFs(uv_fs_t* req);
// The request was answered at once (a failure to start): report it the same way.
void CompleteNow(FSReqWrap* wrap, int err);

// Runs fn(loop, req, uv_args..., cb) for args[req_index]'s request, or synchronously.
template <typename Fn, typename... Args>
void Run(const v8::FunctionCallbackInfo<v8::Value>& args, int req_index, FsCall&& call, Fn fn,
         Args... uv_args) {
  Environment* env = Environment::GetCurrent(args.GetIsolate());
  FSReqWrap* wrap = FSReqWrap::FromValue(env, args[req_index]);
  if (wrap != nullptr) {
    CHECK(!wrap->active());
    wrap->call = std::move(call);
    wrap->call.sync = false;
    int err = wrap->Dispatch(fn, env->loop(), wrap->req(), uv_args..., AfterFs);
    if (err < 0) CompleteNow(wrap, err);
    return;
  }
  uv_fs_t req;
  int err = fn(nullptr, &req, uv_args..., nullptr);
  if (err < 0) {
    ThrowFsError(args.GetIsolate(), &req, call, err);
  } else if (call.result != nullptr) {
    v8::Local<v8::Value> value;
    if (call.result(env, &req, &call).ToLocal(&value)) args.GetReturnValue().Set(value);
  }
  uv_fs_req_cleanup(&req);
}

// Argument readers. Lengths and offsets are validated in lib/.
inline int32_t ToInt32(v8::Local<v8::Value> value) {
  return value->IsInt32() ? value.As<v8::Int32>()->Value()
                          : static_cast<int32_t>(value.As<v8::Number>()->Value());
}
// A file position: a safe integer or BigInt, or -1 (the current position) for anything
// else, as in Node (NaN, Infinity, 1.5 and 2 ** 53 included).
inline int64_t ToPosition(v8::Local<v8::Value> value) {
  if (value->IsNumber()) {
    double number = value.As<v8::Number>()->Value();
    constexpr double kMaxSafeInteger = 9007199254740991.0;
    if (std::trunc(number) != number || std::fabs(number) > kMaxSafeInteger) return -1;
    return static_cast<int64_t>(number);
  }
  if (value->IsBigInt()) return value.As<v8::BigInt>()->Int64Value();
  return -1;
}
inline int64_t ToInt64(v8::Local<v8::Value> value) {
  if (value->IsBigInt()) return value.As<v8::BigInt>()->Int64Value();
  return static_cast<int64_t>(value.As<v8::Number>()->Value());
}
inline char* ViewData(v8::Local<v8::Value> value) {
  v8::Local<v8::ArrayBufferView> view = value.As<v8::ArrayBufferView>();
  return static_cast<char*>(view->Buffer()->Data()) + view->ByteOffset();
}
// A name as a string, or as a Uint8Array copy when call->as_buffer (lib/ makes it a Buffer).
v8::MaybeLocal<v8::Value> NameValue(v8::Isolate* isolate, const char* name, bool as_buffer);

void InitializeDir(Environment* env, v8::Local<v8::Object> target);
void InitializeWatchers(Environment* env, v8::Local<v8::Object> target);

}  // namespace fs
}  // namespace rt

#endif  // RT_BINDINGS_FS_H_
