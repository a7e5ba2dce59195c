// The `fs` binding: one function per file-system operation, each synchronous or
// asynchronous through an FSReqCallback (see fs.h), plus the loader's fast paths
// (internalModuleStat, readFileUtf8) and writeFileUtf8. Dir is in fs_dir.cc,
// FSEvent and StatWatcher in fs_watch.cc.
#include "bindings/fs.h"

#include <fcntl.h>
#include <sys/stat.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <string>

#include "bindings/binding_list.h"

namespace rt {
namespace fs {

using v8::Array;
using v8::BigInt;
using v8::Context;
using v8::FunctionCallbackInfo;
using v8::HandleScope;
using v8::Integer;
using v8::Isolate;
using v8::Local;
using v8::MaybeLocal;
using v8::Object;
using v8::String;
using v8::Value;

const char FsBindingData::kKey = 0;

FsBindingData::FsBindingData(Environment* env) {
  Isolate* isolate = env->isolate();
  HandleScope scope(isolate);
  auto f64 = [&](size_t n) {
    return v8::Float64Array::New(v8::ArrayBuffer::New(isolate, n * sizeof(double)), 0, n);
  };
  auto i64 = [&](size_t n) {
    return v8::BigInt64Array::New(v8::ArrayBuffer::New(isolate, n * sizeof(int64_t)), 0, n);
  };
  stat_values.Reset(isolate, f64(2 * kStatFields));
  bigint_stat_values.Reset(isolate, i64(2 * kStatFields));
  statfs_values.Reset(isolate, f64(kStatFsFields));
  bigint_statfs_values.Reset(isolate, i64(kStatFsFields));
}

FSReqWrap::~FSReqWrap() = default;

FSReqWrap* FSReqWrap::FromValue(Environment* env, Local<Value> value) {
  if (!value->IsObject()) return nullptr;
  FsBindingData* data = env->GetBindingData<FsBindingData>();
  if (!data->req_template.Get(env->isolate())->HasInstance(value)) return nullptr;
  return Unwrap<FSReqWrap>(value);
}

void FSReqWrap::New(const FunctionCallbackInfo<Value>& args) {
  CHECK(args.IsConstructCall());
  new FSReqWrap(Environment::GetCurrent(args.GetIsolate()), args.This());
}

namespace {

const char* SyscallName(uv_fs_type type) {
  switch (type) {
    case UV_FS_OPEN:
      return "open";
    case UV_FS_CLOSE:
      return "close";
    case UV_FS_READ:
      return "read";
    case UV_FS_WRITE:
      return "write";
    case UV_FS_SENDFILE:
      return "sendfile";
    case UV_FS_STAT:
      return "stat";
    case UV_FS_LSTAT:
      return "lstat";
    case UV_FS_FSTAT:
      return "fstat";
    case UV_FS_FTRUNCATE:
      return "ftruncate";
    case UV_FS_UTIME:
      return "utime";
    case UV_FS_FUTIME:
      return "futime";
    case UV_FS_LUTIME:
      return "lutime";
    case UV_FS_ACCESS:
      return "access";
    case UV_FS_CHMOD:
      return "chmod";
    case UV_FS_FCHMOD:
      return "fchmod";
    case UV_FS_FSYNC:
      return "fsync";
    case UV_FS_FDATASYNC:
      return "fdatasync";
    case UV_FS_UNLINK:
      return "unlink";
    case UV_FS_RMDIR:
      return "rmdir";
    case UV_FS_MKDIR:
      return "mkdir";
    case UV_FS_MKDTEMP:
      return "mkdtemp";
    case UV_FS_MKSTEMP:
      return "mkstemp";
    case UV_FS_RENAME:
      return "rename";
    case UV_FS_SCANDIR:
      return "scandir";
    case UV_FS_LINK:
      return "link";
    case UV_FS_SYMLINK:
      return "symlink";
    case UV_FS_READLINK:
      return "readlink";
    case UV_FS_CHOWN:
      return "chown";
    case UV_FS_FCHOWN:
      return "fchown";
    case UV_FS_LCHOWN:
      return "lchown";
    case UV_FS_REALPATH:
      return "realpath";
    case UV_FS_COPYFILE:
      return "copyfile";
    case UV_FS_OPENDIR:
      return "opendir";
    case UV_FS_READDIR:
      return "readdir";
    case UV_FS_CLOSEDIR:
      return "closedir";
    case UV_FS_STATFS:
      return "statfs";
    default:
      return "unknown";
  }
}

Local<Value> FsError(Isolate* isolate, uv_fs_t* req, const FsCall& call, int err) {
  const char* path = call.error_path.empty() ? req->path : call.error_path.c_str();
  return UVException(isolate, err, SyscallName(req->fs_type), path, req->new_path);
}

}  // namespace

void ThrowFsError(Isolate* isolate, uv_fs_t* req, const FsCall& call, int err) {
  isolate->ThrowException(FsError(isolate, req, call, err));
}

MaybeLocal<Value> NameValue(Isolate* isolate, const char* name, bool as_buffer) {
  if (!as_buffer) {
    Local<String> str;
    if (!String::NewFromUtf8(isolate, name, v8::NewStringType::kNormal).ToLocal(&str)) return {};
    return str;
  }
  size_t length = strlen(name);
  Local<v8::ArrayBuffer> ab = v8::ArrayBuffer::New(isolate, length);
  memcpy(ab->Data(), name, length);
  return v8::Uint8Array::New(ab, 0, length);
}

// ---- Completion -------------------------------------------------------------

namespace {

bool MkdirpContinue(FSReqWrap* wrap);

void Finish(FSReqWrap* wrap, int err) {
  Environment* env = wrap->env();
  Isolate* isolate = env->isolate();
  HandleScope scope(isolate);
  v8::Context::Scope context_scope(env->context());
  uv_fs_t* req = wrap->req();
  Local<Value> argv[2] = {v8::Null(isolate), v8::Undefined(isolate)};
  int argc = 1;
  if (err < 0) {
    argv[0] = FsError(isolate, req, wrap->call, err);
  } else if (wrap->call.result != nullptr) {
    v8::TryCatch try_catch(isolate);
    if (!wrap->call.result(env, req, &wrap->call).ToLocal(&argv[1])) {
      argv[0] = try_catch.HasCaught() ? try_catch.Exception()
                                      : v8::Exception::Error(Symbol(isolate, "fs result"));
    }
    argc = 2;
  }
  uv_fs_req_cleanup(req);
  Local<Object> object = wrap->object();
  wrap->call.keep_alive.Reset();
  wrap->call.mkdirp.reset();
  wrap->Done();
  Local<Value> fn;
  if (object->Get(env->context(), Symbol(isolate, "oncomplete")).ToLocal(&fn) && fn->IsFunction()) {
    USE(env->MakeCallback(object, fn.As<v8::Function>(), argc, argv));
  }
}

}  // namespace

void AfterFs(uv_fs_t* req) {
  FSReqWrap* wrap = static_cast<FSReqWrap*>(ReqWrap<uv_fs_t>::From(req));
  if (wrap->call.mkdirp != nullptr && MkdirpContinue(wrap)) return;
  Finish(wrap, req->result < 0 ? static_cast<int>(req->result) : 0);
}

void CompleteNow(FSReqWrap* wrap, int err) {
  wrap->req()->result = err;
  Finish(wrap, err);
}

// ---- Results ----------------------------------------------------------------

template <typename T>
void FillStatFields(T* out, const uv_stat_t& s) {
  out[0] = static_cast<T>(s.st_dev);
  out[1] = static_cast<T>(s.st_mode);
  out[2] = static_cast<T>(s.st_nlink);
  out[3] = static_cast<T>(s.st_uid);
  out[4] = static_cast<T>(s.st_gid);
  out[5] = static_cast<T>(s.st_rdev);
  out[6] = static_cast<T>(s.st_blksize);
  out[7] = static_cast<T>(s.st_ino);
  out[8] = static_cast<T>(s.st_size);
  out[9] = static_cast<T>(s.st_blocks);
  out[10] = static_cast<T>(s.st_atim.tv_sec);
  out[11] = static_cast<T>(s.st_atim.tv_nsec);
  out[12] = static_cast<T>(s.st_mtim.tv_sec);
  out[13] = static_cast<T>(s.st_mtim.tv_nsec);
  out[14] = static_cast<T>(s.st_ctim.tv_sec);
  out[15] = static_cast<T>(s.st_ctim.tv_nsec);
  out[16] = static_cast<T>(s.st_birthtim.tv_sec);
  out[17] = static_cast<T>(s.st_birthtim.tv_nsec);
}
template void FillStatFields<double>(double*, const uv_stat_t&);
template void FillStatFields<int64_t>(int64_t*, const uv_stat_t&);

namespace {

template <typename Array, typename T>
Local<Array> Fill(Environment* env, bool sync, const v8::Global<Array>& shared, int n,
                  void (*fill)(T*, const void*), const void* source) {
  Isolate* isolate = env->isolate();
  Local<Array> array;
  if (sync) {
    array = shared.Get(isolate);
  } else {
    array = Array::New(v8::ArrayBuffer::New(isolate, n * sizeof(T)), 0, n);
  }
  fill(reinterpret_cast<T*>(static_cast<char*>(array->Buffer()->Data()) + array->ByteOffset()),
       source);
  return array;
}

template <typename T>
void FillStat(T* out, const void* s) {
  FillStatFields(out, *static_cast<const uv_stat_t*>(s));
}

template <typename T>
void FillStatFs(T* out, const void* source) {
  const uv_statfs_t* s = static_cast<const uv_statfs_t*>(source);
  out[0] = static_cast<T>(s->f_type);
  out[1] = static_cast<T>(s->f_bsize);
  out[2] = static_cast<T>(s->f_blocks);
  out[3] = static_cast<T>(s->f_bfree);
  out[4] = static_cast<T>(s->f_bavail);
  out[5] = static_cast<T>(s->f_files);
  out[6] = static_cast<T>(s->f_ffree);
}

}  // namespace

MaybeLocal<Value> StatResult(Environment* env, uv_fs_t* req, FsCall* call) {
  FsBindingData* data = env->GetBindingData<FsBindingData>();
  if (call->bigint) {
    return Fill<v8::BigInt64Array, int64_t>(env, call->sync, data->bigint_stat_values, kStatFields,
                                            FillStat<int64_t>, &req->statbuf);
  }
  return Fill<v8::Float64Array, double>(env, call->sync, data->stat_values, kStatFields,
                                        FillStat<double>, &req->statbuf);
}

namespace {

MaybeLocal<Value> StatFsResult(Environment* env, uv_fs_t* req, FsCall* call) {
  FsBindingData* data = env->GetBindingData<FsBindingData>();
  if (call->bigint) {
    return Fill<v8::BigInt64Array, int64_t>(env, call->sync, data->bigint_statfs_values,
                                            kStatFsFields, FillStatFs<int64_t>, req->ptr);
  }
  return Fill<v8::Float64Array, double>(env, call->sync, data->statfs_values, kStatFsFields,
                                        FillStatFs<double>, req->ptr);
}

MaybeLocal<Value> IntResult(Environment* env, uv_fs_t* req, FsCall*) {
  return v8::Number::New(env->isolate(), static_cast<double>(req->result));
}

MaybeLocal<Value> PtrNameResult(Environment* env, uv_fs_t* req, FsCall* call) {
  return NameValue(env->isolate(), static_cast<const char*>(req->ptr), call->as_buffer);
}

MaybeLocal<Value> PathNameResult(Environment* env, uv_fs_t* req, FsCall* call) {
  return NameValue(env->isolate(), req->path, call->as_buffer);
}

// readdir: names, or [names, types] with withFileTypes.
MaybeLocal<Value> ScandirResult(Environment* env, uv_fs_t* req, FsCall* call) {
  Isolate* isolate = env->isolate();
  std::vector<Local<Value>> names;
  std::vector<Local<Value>> types;
  uv_dirent_t ent;
  int r;
  while ((r = uv_fs_scandir_next(req, &ent)) == 0) {
    Local<Value> name;
    if (!NameValue(isolate, ent.name, call->as_buffer).ToLocal(&name)) return {};
    names.push_back(name);
    if (call->with_types) types.push_back(Integer::New(isolate, ent.type));
  }
  if (r != UV_EOF) {
    isolate->ThrowException(UVException(isolate, r, "scandir", req->path));
    return {};
  }
  Local<Array> name_array = Array::New(isolate, names.data(), names.size());
  if (!call->with_types) return name_array;
  Local<Value> pair[] = {name_array, Array::New(isolate, types.data(), types.size())};
  return Array::New(isolate, pair, 2);
}

// ---- mkdir -p ------------------------------------------------------------------

std::string Dirname(const std::string& path) {
  size_t end = path.find_last_not_of('/');
  if (end == std::string::npos) return "/";
  size_t slash = path.rfind('/', end);
  if (slash == std::string::npos) return ".";
  size_t keep = path.find_last_not_of('/', slash);
  return keep == std::string::npos ? "/" : path.substr(0, keep + 1);
}

MaybeLocal<Value> MkdirpResult(Environment* env, uv_fs_t*, FsCall* call) {
  if (call->mkdirp->first_created.empty()) return v8::Undefined(env->isolate());
  return Utf8String(env->isolate(), call->mkdirp->first_created);
}

enum class Step { kMkdir, kStat, kDone };

// Decides the next step after the result `err` of the last mkdir (or stat, with
// `statbuf`). On kDone, *final_err is the outcome.
Step MkdirpNext(Mkdirp* m, uv_fs_type last, int err, const uv_stat_t* statbuf, int* final_err) {
  *final_err = 0;
  if (last == UV_FS_STAT) {
    bool is_dir = err == 0 && S_ISDIR(statbuf->st_mode);
    if (is_dir) {
      m->todo.pop_back();
      if (m->todo.empty()) return Step::kDone;
      return Step::kMkdir;
    }
    // A file is in the way: the target itself gives EEXIST, a parent ENOTDIR.
    *final_err = (err == 0 && m->todo.size() > 1) ? UV_ENOTDIR : m->mkdir_error;
    return Step::kDone;
  }
  const std::string& path = m->todo.back();
  if (err == 0) {
    if (m->first_created.empty()) m->first_created = path;
    m->todo.pop_back();
    return m->todo.empty() ? Step::kDone : Step::kMkdir;
  }
  if (err == UV_ENOENT) {
    std::string parent = Dirname(path);
    if (parent == path) {
      *final_err = err;
      return Step::kDone;
    }
    m->todo.push_back(parent);
    return Step::kMkdir;
  }
  if (err == UV_EEXIST || err == UV_EISDIR || err == UV_EPERM || err == UV_EACCES ||
      err == UV_EROFS) {
    m->mkdir_error = err;
    return Step::kStat;
  }
  *final_err = err;
  return Step::kDone;
}

// Runs the next step of an asynchronous mkdir -p; false when it is finished.
bool MkdirpContinue(FSReqWrap* wrap) {
  uv_fs_t* req = wrap->req();
  Mkdirp* m = wrap->call.mkdirp.get();
  int err = req->result < 0 ? static_cast<int>(req->result) : 0;
  uv_stat_t statbuf = req->statbuf;
  uv_fs_type last = req->fs_type;
  int final_err;
  Step step = MkdirpNext(m, last, err, &statbuf, &final_err);
  uv_fs_req_cleanup(req);
  int r = 0;
  if (step == Step::kMkdir) {
    r = uv_fs_mkdir(wrap->env()->loop(), req, m->todo.back().c_str(), m->mode, AfterFs);
  } else if (step == Step::kStat) {
    r = uv_fs_stat(wrap->env()->loop(), req, m->todo.back().c_str(), AfterFs);
  } else {
    // Report against the path the caller gave, with mkdir as the syscall.
    req->fs_type = UV_FS_MKDIR;
    req->path = nullptr;
    req->new_path = nullptr;
    req->result = final_err;
    return false;
  }
  if (r < 0) {
    req->fs_type = UV_FS_MKDIR;
    req->path = nullptr;
    req->new_path = nullptr;
    req->result = r;
    return false;
  }
  return true;
}

int MkdirpSync(Mkdirp* m) {
  uv_fs_type last = UV_FS_MKDIR;
  int err = 0;
  uv_stat_t statbuf{};
  for (;;) {
    uv_fs_t req;
    err = last == UV_FS_MKDIR ? uv_fs_mkdir(nullptr, &req, m->todo.back().c_str(), m->mode, nullptr)
                              : uv_fs_stat(nullptr, &req, m->todo.back().c_str(), nullptr);
    if (err == 0 && last == UV_FS_STAT) statbuf = req.statbuf;
    uv_fs_req_cleanup(&req);
    int final_err;
    Step step = MkdirpNext(m, last, err, &statbuf, &final_err);
    if (step == Step::kDone) return final_err;
    last = step == Step::kMkdir ? UV_FS_MKDIR : UV_FS_STAT;
  }
}

// ---- Operations -------------------------------------------------------------

#define FS_ARGS const FunctionCallbackInfo<Value>& args
#define ISOLATE args.GetIsolate()

FsCall Call(ResultFn result = nullptr) {
  FsCall call;
  call.result = result;
  return call;
}

// access(path, mode, req)
void Access(FS_ARGS) {
  Utf8Value path(ISOLATE, args[0]);
  Run(args, 2, Call(), uv_fs_access, *path, ToInt32(args[1]));
}

// open(path, flags, mode, req) -> fd
void Open(FS_ARGS) {
  Utf8Value path(ISOLATE, args[0]);
  Run(args, 3, Call(IntResult), uv_fs_open, *path, ToInt32(args[1]), ToInt32(args[2]));
}

// close(fd, req)
void Close(FS_ARGS) {
  Run(args, 1, Call(), uv_fs_close, ToInt32(args[0]));
}

FsCall BufferCall(Local<Value> keep) {
  FsCall call = Call(IntResult);
  call.keep_alive.Reset(v8::Isolate::GetCurrent(), keep);
  return call;
}

// read(fd, buffer, offset, length, position, req) -> bytes read
void Read(FS_ARGS) {
  CHECK(args[1]->IsArrayBufferView());
  uv_buf_t buf =
      uv_buf_init(ViewData(args[1]) + ToInt64(args[2]), static_cast<unsigned>(ToInt64(args[3])));
  Run(args, 5, BufferCall(args[1]), uv_fs_read, ToInt32(args[0]), &buf, 1u, ToPosition(args[4]));
}

// writeBuffer(fd, buffer, offset, length, position, req) -> bytes written
void WriteBuffer(FS_ARGS) {
  CHECK(args[1]->IsArrayBufferView());
  uv_buf_t buf =
      uv_buf_init(ViewData(args[1]) + ToInt64(args[2]), static_cast<unsigned>(ToInt64(args[3])));
  Run(args, 5, BufferCall(args[1]), uv_fs_write, ToInt32(args[0]), &buf, 1u, ToPosition(args[4]));
}

// The buffers of an array of ArrayBufferViews. lib/ validated the array, but an
// element getter may answer differently now: false (with an exception) if so.
bool ToBufs(Isolate* isolate, Local<Value> value, std::vector<uv_buf_t>* bufs) {
  CHECK(value->IsArray());
  Local<Array> array = value.As<Array>();
  Local<Context> context = isolate->GetCurrentContext();
  bufs->resize(array->Length());
  for (uint32_t i = 0; i < bufs->size(); i++) {
    Local<Value> item;
    if (!array->Get(context, i).ToLocal(&item)) return false;
    if (!item->IsArrayBufferView()) {
      ThrowCodedError(isolate, ErrorKind::kTypeError, "ERR_INVALID_ARG_TYPE",
                      "The \"buffers\" argument must be an instance of ArrayBufferView[]");
      return false;
    }
    (*bufs)[i] = uv_buf_init(ViewData(item),
                             static_cast<unsigned>(item.As<v8::ArrayBufferView>()->ByteLength()));
  }
  return true;
}

// readBuffers(fd, buffers, position, req) and writeBuffers(...) -> bytes
template <int (*Fn)(uv_loop_t*, uv_fs_t*, uv_file, const uv_buf_t[], unsigned, int64_t, uv_fs_cb)>
void VectorIO(FS_ARGS) {
  std::vector<uv_buf_t> bufs;
  if (!ToBufs(ISOLATE, args[1], &bufs)) return;
  Run(args, 3, BufferCall(args[1]), Fn, ToInt32(args[0]), bufs.data(),
      static_cast<unsigned>(bufs.size()), ToPosition(args[2]));
}

// writeString(fd, string, position, encoding, req) -> bytes written. lib/ converts
// encodings other than utf8 and latin1 to a Buffer and calls writeBuffer.
void WriteString(FS_ARGS) {
  Isolate* isolate = ISOLATE;
  CHECK(args[1]->IsString());
  Local<String> str = args[1].As<String>();
  FsCall call = Call(IntResult);
  bool latin1 = args[3]->IsString() && Utf8Value(isolate, args[3]).ToString() == "latin1";
  if (latin1) {
    call.data.resize(str->Length());
    str->WriteOneByte(isolate, reinterpret_cast<uint8_t*>(call.data.data()), 0, str->Length(),
                      String::NO_NULL_TERMINATION);
  } else {
    call.data.resize(str->Utf8Length(isolate));
    str->WriteUtf8(isolate, call.data.data(), static_cast<int>(call.data.size()), nullptr,
                   String::NO_NULL_TERMINATION | String::REPLACE_INVALID_UTF8);
  }
  // A vector keeps its storage when `call` moves into the request.
  uv_buf_t buf = uv_buf_init(call.data.data(), static_cast<unsigned>(call.data.size()));
  Run(args, 4, std::move(call), uv_fs_write, ToInt32(args[0]), &buf, 1u, ToPosition(args[2]));
}

FsCall StatCall(Local<Value> bigint) {
  FsCall call = Call(StatResult);
  call.bigint = bigint->IsTrue();
  return call;
}

// stat(path, bigint, req, throwIfNoEntry) and lstat: a missing path returns undefined
// when throwIfNoEntry is false (synchronous form only).
template <int (*Fn)(uv_loop_t*, uv_fs_t*, const char*, uv_fs_cb)>
void PathStat(FS_ARGS) {
  Utf8Value path(ISOLATE, args[0]);
  if (args[3]->IsFalse() && !args[2]->IsObject()) {
    uv_fs_t req;
    int err = Fn(nullptr, &req, *path, nullptr);
    if (err == UV_ENOENT) {
      uv_fs_req_cleanup(&req);
      return;
    }
    FsCall call = StatCall(args[1]);
    if (err < 0) {
      ThrowFsError(ISOLATE, &req, call, err);
    } else {
      Local<Value> value;
      Environment* env = Environment::GetCurrent(ISOLATE);
      if (StatResult(env, &req, &call).ToLocal(&value)) args.GetReturnValue().Set(value);
    }
    uv_fs_req_cleanup(&req);
    return;
  }
  Run(args, 2, StatCall(args[1]), Fn, *path);
}

// fstat(fd, bigint, req)
void FStat(FS_ARGS) {
  Run(args, 2, StatCall(args[1]), uv_fs_fstat, ToInt32(args[0]));
}

// statfs(path, bigint, req)
void StatFs(FS_ARGS) {
  Utf8Value path(ISOLATE, args[0]);
  FsCall call = Call(StatFsResult);
  call.bigint = args[1]->IsTrue();
  Run(args, 2, std::move(call), uv_fs_statfs, *path);
}

// mkdir(path, mode, recursive, req) -> with recursive, the first directory created
void MkDir(FS_ARGS) {
  Isolate* isolate = ISOLATE;
  Utf8Value path(isolate, args[0]);
  int mode = ToInt32(args[1]);
  if (!args[2]->IsTrue()) {
    Run(args, 3, Call(), uv_fs_mkdir, *path, mode);
    return;
  }
  Environment* env = Environment::GetCurrent(isolate);
  FsCall call = Call(MkdirpResult);
  call.mkdirp = std::make_unique<Mkdirp>();
  call.mkdirp->mode = mode;
  call.mkdirp->todo.push_back(path.ToString());
  call.error_path = path.ToString();
  FSReqWrap* wrap = FSReqWrap::FromValue(env, args[3]);
  if (wrap != nullptr) {
    wrap->call = std::move(call);
    wrap->call.sync = false;
    int err = wrap->Dispatch(uv_fs_mkdir, env->loop(), wrap->req(), *path, mode, AfterFs);
    if (err < 0) CompleteNow(wrap, err);
    return;
  }
  int err = MkdirpSync(call.mkdirp.get());
  if (err < 0) return ThrowUVException(isolate, err, "mkdir", *path);
  Local<Value> value;
  uv_fs_t unused;
  if (MkdirpResult(env, &unused, &call).ToLocal(&value)) args.GetReturnValue().Set(value);
}

// mkdtemp(template, asBuffer, req) -> the directory created
void MkDtemp(FS_ARGS) {
  Utf8Value tmpl(ISOLATE, args[0]);
  FsCall call = Call(PathNameResult);
  call.as_buffer = args[1]->IsTrue();
  call.error_path = tmpl.ToString();
  Run(args, 2, std::move(call), uv_fs_mkdtemp, *tmpl);
}

// readdir(path, asBuffer, withFileTypes, req) -> names | [names, types]
void ReadDir(FS_ARGS) {
  Utf8Value path(ISOLATE, args[0]);
  FsCall call = Call(ScandirResult);
  call.as_buffer = args[1]->IsTrue();
  call.with_types = args[2]->IsTrue();
  Run(args, 3, std::move(call), uv_fs_scandir, *path, 0);
}

template <int (*Fn)(uv_loop_t*, uv_fs_t*, const char*, uv_fs_cb)>
void PathOp(FS_ARGS) {
  Utf8Value path(ISOLATE, args[0]);
  Run(args, 1, Call(), Fn, *path);
}

template <int (*Fn)(uv_loop_t*, uv_fs_t*, const char*, const char*, uv_fs_cb)>
void TwoPathOp(FS_ARGS) {
  Utf8Value from(ISOLATE, args[0]);
  Utf8Value to(ISOLATE, args[1]);
  Run(args, 2, Call(), Fn, *from, *to);
}

// copyFile(src, dest, mode, req)
void CopyFile(FS_ARGS) {
  Utf8Value from(ISOLATE, args[0]);
  Utf8Value to(ISOLATE, args[1]);
  Run(args, 3, Call(), uv_fs_copyfile, *from, *to, ToInt32(args[2]));
}

// symlink(target, path, flags, req)
void Symlink(FS_ARGS) {
  Utf8Value target(ISOLATE, args[0]);
  Utf8Value path(ISOLATE, args[1]);
  Run(args, 3, Call(), uv_fs_symlink, *target, *path, ToInt32(args[2]));
}

// readlink(path, asBuffer, req) and realpath(path, asBuffer, req) -> string | bytes
template <int (*Fn)(uv_loop_t*, uv_fs_t*, const char*, uv_fs_cb)>
void PathToName(FS_ARGS) {
  Utf8Value path(ISOLATE, args[0]);
  FsCall call = Call(PtrNameResult);
  call.as_buffer = args[1]->IsTrue();
  Run(args, 2, std::move(call), Fn, *path);
}

// chmod(path, mode, req), fchmod(fd, mode, req)
void Chmod(FS_ARGS) {
  Utf8Value path(ISOLATE, args[0]);
  Run(args, 2, Call(), uv_fs_chmod, *path, ToInt32(args[1]));
}
void FChmod(FS_ARGS) {
  Run(args, 2, Call(), uv_fs_fchmod, ToInt32(args[0]), ToInt32(args[1]));
}

// chown(path, uid, gid, req), lchown, fchown(fd, uid, gid, req)
template <int (*Fn)(uv_loop_t*, uv_fs_t*, const char*, uv_uid_t, uv_gid_t, uv_fs_cb)>
void PathChown(FS_ARGS) {
  Utf8Value path(ISOLATE, args[0]);
  Run(args, 3, Call(), Fn, *path, static_cast<uv_uid_t>(ToInt64(args[1])),
      static_cast<uv_gid_t>(ToInt64(args[2])));
}
void FChown(FS_ARGS) {
  Run(args, 3, Call(), uv_fs_fchown, ToInt32(args[0]), static_cast<uv_uid_t>(ToInt64(args[1])),
      static_cast<uv_gid_t>(ToInt64(args[2])));
}

// utimes(path, atime, mtime, req) and lutimes, in seconds; futimes(fd, ...)
template <int (*Fn)(uv_loop_t*, uv_fs_t*, const char*, double, double, uv_fs_cb)>
void PathUtime(FS_ARGS) {
  Utf8Value path(ISOLATE, args[0]);
  Run(args, 3, Call(), Fn, *path, args[1].As<v8::Number>()->Value(),
      args[2].As<v8::Number>()->Value());
}
void FUtimes(FS_ARGS) {
  Run(args, 3, Call(), uv_fs_futime, ToInt32(args[0]), args[1].As<v8::Number>()->Value(),
      args[2].As<v8::Number>()->Value());
}

// ftruncate(fd, length, req)
void FTruncate(FS_ARGS) {
  Run(args, 2, Call(), uv_fs_ftruncate, ToInt32(args[0]), ToInt64(args[1]));
}

template <int (*Fn)(uv_loop_t*, uv_fs_t*, uv_file, uv_fs_cb)>
void FdOp(FS_ARGS) {
  Run(args, 1, Call(), Fn, ToInt32(args[0]));
}

// ---- Synchronous fast paths ---------------------------------------------------

struct SyncFs {
  uv_fs_t req;
  ~SyncFs() { uv_fs_req_cleanup(&req); }
};

// The file behind the first argument of readFile*/writeFile*: a path, opened here and
// closed when this goes out of scope, or an fd that stays the caller's. When ok() is
// false the open failed and its exception is pending.
class PathOrFd {
 public:
  PathOrFd(Isolate* isolate, Local<Value> path_or_fd, int flags, int mode = 0666) {
    if (path_or_fd->IsInt32()) {
      fd_ = path_or_fd.As<v8::Int32>()->Value();
      return;
    }
    Utf8Value path(isolate, path_or_fd);
    SyncFs fs;
    fd_ = uv_fs_open(nullptr, &fs.req, *path, flags, mode, nullptr);
    if (fd_ < 0) {
      ThrowUVException(isolate, fd_, "open", *path);
      return;
    }
    owned_ = true;
  }
  ~PathOrFd() { Close(); }
  PathOrFd(const PathOrFd&) = delete;
  PathOrFd& operator=(const PathOrFd&) = delete;

  bool ok() const { return fd_ >= 0; }
  int fd() const { return fd_; }

  // Closes an fd opened here: 0 or a negative libuv code.
  int Close() {
    if (!owned_) return 0;
    owned_ = false;
    SyncFs fs;
    return uv_fs_close(nullptr, &fs.req, fd_, nullptr);
  }

 private:
  int fd_ = -1;
  bool owned_ = false;
};

// Reads fd to its end into malloc'd memory (the caller frees *data). Sized by fstat
// first, so a regular file is one read. Returns 0, or a negative libuv code with
// *syscall naming the call that failed ("fstat" only when fstat_must_succeed).
int ReadToEnd(int fd, bool fstat_must_succeed, char** data, size_t* length,
              const char** syscall) {
  size_t capacity = 64 * 1024;
  *data = nullptr;
  *length = 0;
  {
    SyncFs fs;
    int err = uv_fs_fstat(nullptr, &fs.req, fd, nullptr);
    if (err < 0 && fstat_must_succeed) {
      *syscall = "fstat";
      return err;
    }
    if (err == 0 && S_ISREG(fs.req.statbuf.st_mode) && fs.req.statbuf.st_size > 0) {
      capacity = static_cast<size_t>(fs.req.statbuf.st_size);
    }
  }
  char* buffer = static_cast<char*>(malloc(capacity));
  CHECK(buffer != nullptr);
  size_t used = 0;
  int r;
  for (;;) {
    if (used == capacity) {
      // Full: probe for more before growing, so a file of the size fstat gave is one read.
      char probe[8192];
      uv_buf_t buf = uv_buf_init(probe, sizeof(probe));
      SyncFs fs;
      r = uv_fs_read(nullptr, &fs.req, fd, &buf, 1, -1, nullptr);
      if (r <= 0) break;
      capacity = std::max(capacity * 2, used + r);
      buffer = static_cast<char*>(realloc(buffer, capacity));
      CHECK(buffer != nullptr);
      memcpy(buffer + used, probe, r);
      used += r;
      continue;
    }
    uv_buf_t buf = uv_buf_init(
        buffer + used, static_cast<unsigned>(std::min<size_t>(capacity - used, 1u << 30)));
    SyncFs fs;
    r = uv_fs_read(nullptr, &fs.req, fd, &buf, 1, -1, nullptr);
    if (r <= 0) break;
    used += static_cast<size_t>(r);
  }
  if (r < 0) {
    free(buffer);
    *syscall = "read";
    return r;
  }
  *data = buffer;
  *length = used;
  return 0;
}

void ThrowFileTooLarge(Isolate* isolate, size_t size) {
  ThrowCodedError(isolate, ErrorKind::kRangeError, "ERR_FS_FILE_TOO_LARGE",
                  "File size (" + std::to_string(size) + ") is greater than 2 GiB");
}

// readFileUtf8(pathOrFd, flags) -> string. (Like Node, this form reports a bad fd at
// its first read, not at fstat.)
void ReadFileUtf8(FS_ARGS) {
  Isolate* isolate = ISOLATE;
  PathOrFd file(isolate, args[0], ToInt32(args[1]));
  if (!file.ok()) return;
  char* data;
  size_t length;
  const char* syscall = nullptr;
  int err = ReadToEnd(file.fd(), false, &data, &length, &syscall);
  file.Close();
  if (err < 0) return ThrowUVException(isolate, err, syscall);
  Local<String> result;
  bool made = length <= INT32_MAX &&
              String::NewFromUtf8(isolate, data, v8::NewStringType::kNormal,
                                  static_cast<int>(length))
                  .ToLocal(&result);
  free(data);
  if (!made) {
    return ThrowCodedError(isolate, ErrorKind::kError, "ERR_STRING_TOO_LONG",
                           "Cannot create a string longer than 0x1fffffe8 characters");
  }
  args.GetReturnValue().Set(result);
}

// readFileBytes(pathOrFd, flags) -> Uint8Array of the whole file, in memory that is
// not zero-filled first (lib/ wraps it as a Buffer without copying).
void ReadFileBytes(FS_ARGS) {
  Isolate* isolate = ISOLATE;
  PathOrFd file(isolate, args[0], ToInt32(args[1]));
  if (!file.ok()) return;
  char* data;
  size_t length;
  const char* syscall = nullptr;
  int err = ReadToEnd(file.fd(), true, &data, &length, &syscall);
  file.Close();
  if (err < 0) return ThrowUVException(isolate, err, syscall);
  if (length > INT32_MAX) {
    free(data);
    return ThrowFileTooLarge(isolate, length);
  }
  std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(
      data, length, [](void* bytes, size_t, void*) { free(bytes); }, nullptr);
  Local<v8::ArrayBuffer> ab = v8::ArrayBuffer::New(isolate, std::move(store));
  args.GetReturnValue().Set(v8::Uint8Array::New(ab, 0, length));
}

// writeFileUtf8(pathOrFd, string, flags, mode): the whole string, synchronously.
void WriteFileUtf8(FS_ARGS) {
  Isolate* isolate = ISOLATE;
  CHECK(args[1]->IsString());
  Local<String> str = args[1].As<String>();
  std::string data(str->Utf8Length(isolate), '\0');
  str->WriteUtf8(isolate, &data[0], static_cast<int>(data.size()), nullptr,
                 String::NO_NULL_TERMINATION | String::REPLACE_INVALID_UTF8);
  PathOrFd file(isolate, args[0], ToInt32(args[2]), ToInt32(args[3]));
  if (!file.ok()) return;
  size_t done = 0;
  int r = 0;
  while (done < data.size()) {
    uv_buf_t buf = uv_buf_init(
        &data[done], static_cast<unsigned>(std::min<size_t>(data.size() - done, 1u << 30)));
    SyncFs fs;
    r = uv_fs_write(nullptr, &fs.req, file.fd(), &buf, 1, -1, nullptr);
    if (r < 0) break;
    done += static_cast<size_t>(r);
  }
  int closed = file.Close();
  if (r < 0) return ThrowUVException(isolate, r, "write");
  if (closed < 0) return ThrowUVException(isolate, closed, "close");
}

// internalModuleStat(path) -> 0 file, 1 directory, negative errno. Never throws.
void InternalModuleStat(FS_ARGS) {
  Utf8Value path(ISOLATE, args[0]);
  SyncFs fs;
  int r = uv_fs_stat(nullptr, &fs.req, *path, nullptr);
  if (r == 0) r = S_ISDIR(fs.req.statbuf.st_mode) ? 1 : 0;
  args.GetReturnValue().Set(r);
}

void ExistsSync(FS_ARGS) {
  Utf8Value path(ISOLATE, args[0]);
  SyncFs fs;
  args.GetReturnValue().Set(uv_fs_access(nullptr, &fs.req, *path, F_OK, nullptr) == 0);
}

#undef FS_ARGS
#undef ISOLATE

void Initialize(Environment* env, Local<Object> target) {
  Isolate* isolate = env->isolate();
  Local<Context> context = env->context();
  FsBindingData* data = env->GetBindingData<FsBindingData>();

  Local<v8::FunctionTemplate> req = BaseObject::MakeTemplate(env, FSReqWrap::New, "FSReqCallback");
  data->req_template.Reset(isolate, req);
  SetValue(context, target, "FSReqCallback", req->GetFunction(context).ToLocalChecked());

  SetMethod(context, target, "access", Access);
  SetMethod(context, target, "open", Open);
  SetMethod(context, target, "close", Close);
  SetMethod(context, target, "read", Read);
  SetMethod(context, target, "readBuffers", VectorIO<uv_fs_read>);
  SetMethod(context, target, "writeBuffer", WriteBuffer);
  SetMethod(context, target, "writeBuffers", VectorIO<uv_fs_write>);
  SetMethod(context, target, "writeString", WriteString);
  SetMethod(context, target, "stat", PathStat<uv_fs_stat>);
  SetMethod(context, target, "lstat", PathStat<uv_fs_lstat>);
  SetMethod(context, target, "fstat", FStat);
  SetMethod(context, target, "statfs", StatFs);
  SetMethod(context, target, "mkdir", MkDir);
  SetMethod(context, target, "mkdtemp", MkDtemp);
  SetMethod(context, target, "readdir", ReadDir);
  SetMethod(context, target, "rmdir", PathOp<uv_fs_rmdir>);
  SetMethod(context, target, "unlink", PathOp<uv_fs_unlink>);
  SetMethod(context, target, "rename", TwoPathOp<uv_fs_rename>);
  SetMethod(context, target, "link", TwoPathOp<uv_fs_link>);
  SetMethod(context, target, "copyFile", CopyFile);
  SetMethod(context, target, "symlink", Symlink);
  SetMethod(context, target, "readlink", PathToName<uv_fs_readlink>);
  SetMethod(context, target, "realpath", PathToName<uv_fs_realpath>);
  SetMethod(context, target, "chmod", Chmod);
  SetMethod(context, target, "fchmod", FChmod);
  SetMethod(context, target, "chown", PathChown<uv_fs_chown>);
  SetMethod(context, target, "lchown", PathChown<uv_fs_lchown>);
  SetMethod(context, target, "fchown", FChown);
  SetMethod(context, target, "utimes", PathUtime<uv_fs_utime>);
  SetMethod(context, target, "lutimes", PathUtime<uv_fs_lutime>);
  SetMethod(context, target, "futimes", FUtimes);
  SetMethod(context, target, "ftruncate", FTruncate);
  SetMethod(context, target, "fsync", FdOp<uv_fs_fsync>);
  SetMethod(context, target, "fdatasync", FdOp<uv_fs_fdatasync>);
  SetMethod(context, target, "readFileUtf8", ReadFileUtf8);
  SetMethod(context, target, "readFileBytes", ReadFileBytes);
  SetMethod(context, target, "writeFileUtf8", WriteFileUtf8);
  SetMethod(context, target, "internalModuleStat", InternalModuleStat);
  SetMethod(context, target, "existsSync", ExistsSync);

  SetValue(context, target, "statValues", data->stat_values.Get(isolate));
  SetValue(context, target, "bigintStatValues", data->bigint_stat_values.Get(isolate));
  SetValue(context, target, "statFsValues", data->statfs_values.Get(isolate));
  SetValue(context, target, "bigintStatFsValues", data->bigint_statfs_values.Get(isolate));
  SetNumber(context, target, "kFsStatsFieldsNumber", kStatFields);

  InitializeDir(env, target);
  InitializeWatchers(env, target);
}

}  // namespace
}  // namespace fs
}  // namespace rt

RT_BINDING(fs, rt::fs::Initialize)
