// The `fs` binding. For now the synchronous subset that the module loader and the
// foundation need; the fs issue adds the asynchronous form (a FSReqWrap as the last
// argument) to these same functions.
#include <fcntl.h>
#include <uv.h>

#include <string>

#include "bindings/binding_list.h"
#include "runtime/environment.h"
#include "util/errors.h"
#include "util/v8_util.h"

namespace rt {
namespace {

using v8::Context;
using v8::FunctionCallbackInfo;
using v8::Isolate;
using v8::Local;
using v8::Object;
using v8::Value;

// A synchronous uv_fs request that cleans itself up.
struct SyncFs {
  uv_fs_t req;
  ~SyncFs() { uv_fs_req_cleanup(&req); }
};

int32_t Int32(const FunctionCallbackInfo<Value>& args, int i) {
  return args[i]->Int32Value(args.GetIsolate()->GetCurrentContext()).FromMaybe(0);
}

int64_t Int64(const FunctionCallbackInfo<Value>& args, int i) {
  if (args[i]->IsBigInt()) return args[i].As<v8::BigInt>()->Int64Value();
  double v = args[i]->NumberValue(args.GetIsolate()->GetCurrentContext()).FromMaybe(-1);
  return static_cast<int64_t>(v);
}

void Open(const FunctionCallbackInfo<Value>& args) {
  Utf8Value path(args.GetIsolate(), args[0]);
  SyncFs fs;
  int r = uv_fs_open(nullptr, &fs.req, *path, Int32(args, 1), Int32(args, 2), nullptr);
  if (r < 0) return ThrowUVException(args.GetIsolate(), r, "open", *path);
  args.GetReturnValue().Set(r);
}

void Close(const FunctionCallbackInfo<Value>& args) {
  SyncFs fs;
  int r = uv_fs_close(nullptr, &fs.req, Int32(args, 0), nullptr);
  if (r < 0) return ThrowUVException(args.GetIsolate(), r, "close");
}

char* ViewData(Local<Value> value) {
  Local<v8::ArrayBufferView> view = value.As<v8::ArrayBufferView>();
  return static_cast<char*>(view->Buffer()->Data()) + view->ByteOffset();
}

// read(fd, buffer, offset, length, position) -> bytes read
void Read(const FunctionCallbackInfo<Value>& args) {
  CHECK(args[1]->IsArrayBufferView());
  uv_buf_t buf = uv_buf_init(ViewData(args[1]) + Int64(args, 2),
                             static_cast<unsigned>(Int64(args, 3)));
  SyncFs fs;
  int r = uv_fs_read(nullptr, &fs.req, Int32(args, 0), &buf, 1, Int64(args, 4), nullptr);
  if (r < 0) return ThrowUVException(args.GetIsolate(), r, "read");
  args.GetReturnValue().Set(r);
}

// writeBuffer(fd, buffer, offset, length, position) -> bytes written
void WriteBuffer(const FunctionCallbackInfo<Value>& args) {
  CHECK(args[1]->IsArrayBufferView());
  uv_buf_t buf = uv_buf_init(ViewData(args[1]) + Int64(args, 2),
                             static_cast<unsigned>(Int64(args, 3)));
  int64_t position = args[4]->IsNumber() ? Int64(args, 4) : -1;
  SyncFs fs;
  int r = uv_fs_write(nullptr, &fs.req, Int32(args, 0), &buf, 1, position, nullptr);
  if (r < 0) return ThrowUVException(args.GetIsolate(), r, "write");
  args.GetReturnValue().Set(r);
}

// writeString(fd, string, position) -> bytes written (UTF-8)
void WriteString(const FunctionCallbackInfo<Value>& args) {
  Utf8Value str(args.GetIsolate(), args[1]);
  uv_buf_t buf = uv_buf_init(const_cast<char*>(*str), static_cast<unsigned>(str.length()));
  int64_t position = args[2]->IsNumber() ? Int64(args, 2) : -1;
  SyncFs fs;
  int r = uv_fs_write(nullptr, &fs.req, Int32(args, 0), &buf, 1, position, nullptr);
  if (r < 0) return ThrowUVException(args.GetIsolate(), r, "write");
  args.GetReturnValue().Set(r);
}

// readFileUtf8(pathOrFd, flags) -> string
void ReadFileUtf8(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  int fd;
  bool owned = false;
  std::string path;
  if (args[0]->IsInt32()) {
    fd = args[0].As<v8::Int32>()->Value();
  } else {
    path = Utf8Value(isolate, args[0]).ToString();
    SyncFs fs;
    fd = uv_fs_open(nullptr, &fs.req, path.c_str(), Int32(args, 1), 0666, nullptr);
    if (fd < 0) return ThrowUVException(isolate, fd, "open", path.c_str());
    owned = true;
  }
  std::string out;
  char chunk[65536];
  int r;
  for (;;) {
    uv_buf_t buf = uv_buf_init(chunk, sizeof(chunk));
    SyncFs fs;
    r = uv_fs_read(nullptr, &fs.req, fd, &buf, 1, -1, nullptr);
    if (r <= 0) break;
    out.append(chunk, static_cast<size_t>(r));
  }
  if (owned) {
    SyncFs fs;
    uv_fs_close(nullptr, &fs.req, fd, nullptr);
  }
  if (r < 0) return ThrowUVException(isolate, r, "read");
  args.GetReturnValue().Set(Utf8String(isolate, out));
}

// internalModuleStat(path) -> 0 file, 1 directory, negative errno. Never throws.
void InternalModuleStat(const FunctionCallbackInfo<Value>& args) {
  Utf8Value path(args.GetIsolate(), args[0]);
  SyncFs fs;
  int r = uv_fs_stat(nullptr, &fs.req, *path, nullptr);
  if (r == 0) r = S_ISDIR(fs.req.statbuf.st_mode) ? 1 : 0;
  args.GetReturnValue().Set(r);
}

void RealPath(const FunctionCallbackInfo<Value>& args) {
  Utf8Value path(args.GetIsolate(), args[0]);
  SyncFs fs;
  int r = uv_fs_realpath(nullptr, &fs.req, *path, nullptr);
  if (r < 0) return ThrowUVException(args.GetIsolate(), r, "realpath", *path);
  args.GetReturnValue().Set(Utf8String(args.GetIsolate(), static_cast<const char*>(fs.req.ptr)));
}

double TimeMs(const uv_timespec_t& t) {
  return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

// The 14 stat fields lib/ expects, in order.
Local<v8::Float64Array> StatArray(Isolate* isolate, const uv_stat_t& s) {
  Local<v8::ArrayBuffer> ab = v8::ArrayBuffer::New(isolate, 14 * sizeof(double));
  double* f = static_cast<double*>(ab->Data());
  f[0] = static_cast<double>(s.st_dev);
  f[1] = static_cast<double>(s.st_mode);
  f[2] = static_cast<double>(s.st_nlink);
  f[3] = static_cast<double>(s.st_uid);
  f[4] = static_cast<double>(s.st_gid);
  f[5] = static_cast<double>(s.st_rdev);
  f[6] = static_cast<double>(s.st_blksize);
  f[7] = static_cast<double>(s.st_ino);
  f[8] = static_cast<double>(s.st_size);
  f[9] = static_cast<double>(s.st_blocks);
  f[10] = TimeMs(s.st_atim);
  f[11] = TimeMs(s.st_mtim);
  f[12] = TimeMs(s.st_ctim);
  f[13] = TimeMs(s.st_birthtim);
  return v8::Float64Array::New(ab, 0, 14);
}

// With throwIfNoEntry === false as second argument, a missing path returns undefined.
template <int (*Fn)(uv_loop_t*, uv_fs_t*, const char*, uv_fs_cb)>
void PathStat(const FunctionCallbackInfo<Value>& args, const char* syscall) {
  Utf8Value path(args.GetIsolate(), args[0]);
  SyncFs fs;
  int r = Fn(nullptr, &fs.req, *path, nullptr);
  if (r < 0) {
    if (args[1]->IsFalse() && (r == UV_ENOENT || r == UV_ENOTDIR)) return;
    return ThrowUVException(args.GetIsolate(), r, syscall, *path);
  }
  args.GetReturnValue().Set(StatArray(args.GetIsolate(), fs.req.statbuf));
}

void Stat(const FunctionCallbackInfo<Value>& args) { PathStat<uv_fs_stat>(args, "stat"); }
void LStat(const FunctionCallbackInfo<Value>& args) { PathStat<uv_fs_lstat>(args, "lstat"); }

void FStat(const FunctionCallbackInfo<Value>& args) {
  SyncFs fs;
  int r = uv_fs_fstat(nullptr, &fs.req, Int32(args, 0), nullptr);
  if (r < 0) return ThrowUVException(args.GetIsolate(), r, "fstat");
  args.GetReturnValue().Set(StatArray(args.GetIsolate(), fs.req.statbuf));
}

void ReadDir(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  Utf8Value path(isolate, args[0]);
  SyncFs fs;
  int r = uv_fs_scandir(nullptr, &fs.req, *path, 0, nullptr);
  if (r < 0) return ThrowUVException(isolate, r, "scandir", *path);
  Local<v8::Array> names = v8::Array::New(isolate);
  Local<v8::Array> types = v8::Array::New(isolate);
  uv_dirent_t ent;
  uint32_t i = 0;
  while (uv_fs_scandir_next(&fs.req, &ent) != UV_EOF) {
    names->Set(context, i, Utf8String(isolate, ent.name)).Check();
    types->Set(context, i, v8::Integer::New(isolate, ent.type)).Check();
    i++;
  }
  if (args[1]->IsTrue()) {
    Local<Value> pair[] = {names, types};
    return args.GetReturnValue().Set(v8::Array::New(isolate, pair, 2));
  }
  args.GetReturnValue().Set(names);
}

void MkDir(const FunctionCallbackInfo<Value>& args) {
  Utf8Value path(args.GetIsolate(), args[0]);
  SyncFs fs;
  int r = uv_fs_mkdir(nullptr, &fs.req, *path, Int32(args, 1), nullptr);
  if (r < 0) return ThrowUVException(args.GetIsolate(), r, "mkdir", *path);
}

template <int (*Fn)(uv_loop_t*, uv_fs_t*, const char*, uv_fs_cb)>
void PathOp(const FunctionCallbackInfo<Value>& args, const char* syscall) {
  Utf8Value path(args.GetIsolate(), args[0]);
  SyncFs fs;
  int r = Fn(nullptr, &fs.req, *path, nullptr);
  if (r < 0) return ThrowUVException(args.GetIsolate(), r, syscall, *path);
}

void Unlink(const FunctionCallbackInfo<Value>& args) { PathOp<uv_fs_unlink>(args, "unlink"); }
void RmDir(const FunctionCallbackInfo<Value>& args) { PathOp<uv_fs_rmdir>(args, "rmdir"); }

void ExistsSync(const FunctionCallbackInfo<Value>& args) {
  Utf8Value path(args.GetIsolate(), args[0]);
  SyncFs fs;
  args.GetReturnValue().Set(uv_fs_access(nullptr, &fs.req, *path, F_OK, nullptr) == 0);
}

void Initialize(Environment* env, Local<Object> target) {
  Local<Context> context = env->context();
  SetMethod(context, target, "open", Open);
  SetMethod(context, target, "close", Close);
  SetMethod(context, target, "read", Read);
  SetMethod(context, target, "writeBuffer", WriteBuffer);
  SetMethod(context, target, "writeString", WriteString);
  SetMethod(context, target, "readFileUtf8", ReadFileUtf8);
  SetMethod(context, target, "internalModuleStat", InternalModuleStat);
  SetMethod(context, target, "realpath", RealPath);
  SetMethod(context, target, "stat", Stat);
  SetMethod(context, target, "lstat", LStat);
  SetMethod(context, target, "fstat", FStat);
  SetMethod(context, target, "readdir", ReadDir);
  SetMethod(context, target, "mkdir", MkDir);
  SetMethod(context, target, "unlink", Unlink);
  SetMethod(context, target, "rmdir", RmDir);
  SetMethod(context, target, "existsSync", ExistsSync);
}

}  // namespace
}  // namespace rt

RT_BINDING(fs, rt::Initialize)
