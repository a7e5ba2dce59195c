// The `process_methods` binding: cwd, hrtime, memory and CPU usage, exit, kill,
// process.env, and the static fields of the process object.
#include <ares_version.h>
#include <llhttp.h>
#include <openssl/opensslv.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unicode/uchar.h>
#include <unicode/uvernum.h>
#include <unistd.h>
#include <zlib.h>

#include <cstdlib>
#include <cstring>
#include <vector>

#include "bindings/binding_list.h"
#include "runtime/allocator.h"
#include "runtime/environment.h"
#include "runtime/runtime.h"
#include "util/errors.h"
#include "util/v8_util.h"

extern char** environ;

namespace rt {
namespace {

using v8::Array;
using v8::Context;
using v8::FunctionCallbackInfo;
using v8::Isolate;
using v8::Local;
using v8::Name;
using v8::Object;
using v8::PropertyCallbackInfo;
using v8::String;
using v8::Value;

// The Node.js version whose API rt implements (process.version).
constexpr const char* kNodeVersion = "20.20.2";

void Cwd(const FunctionCallbackInfo<Value>& args) {
  char buf[4096];
  size_t size = sizeof(buf);
  int err = uv_cwd(buf, &size);
  if (err != 0) return args.GetReturnValue().Set(err);
  args.GetReturnValue().Set(Utf8String(args.GetIsolate(), buf, static_cast<int>(size)));
}

// chdir(dir): throws `ENOENT: ..., chdir '<cwd>' -> '<dir>'` like Node.
void Chdir(const FunctionCallbackInfo<Value>& args) {
  Utf8Value dir(args.GetIsolate(), args[0]);
  int err = uv_chdir(*dir);
  if (err == 0) return;
  char cwd[4096];
  size_t size = sizeof(cwd);
  if (uv_cwd(cwd, &size) != 0) cwd[0] = '\0';
  ThrowUVException(args.GetIsolate(), err, "chdir", cwd, *dir);
}

// umask(mask?) -> the old mask.
void Umask(const FunctionCallbackInfo<Value>& args) {
  mode_t old;
  if (args[0]->IsUint32()) {
    old = umask(static_cast<mode_t>(args[0].As<v8::Uint32>()->Value()));
  } else {
    old = umask(0);
    umask(old);
  }
  args.GetReturnValue().Set(static_cast<uint32_t>(old));
}

template <typename T>
T* TypedArrayData(Local<Value> value) {
  Local<v8::ArrayBufferView> view = value.As<v8::ArrayBufferView>();
  return reinterpret_cast<T*>(static_cast<char*>(view->Buffer()->Data()) + view->ByteOffset());
}

void Hrtime(const FunctionCallbackInfo<Value>& args) {
  uint64_t t = uv_hrtime();
  uint32_t* fields = TypedArrayData<uint32_t>(args[0]);
  uint64_t sec = t / 1000000000;
  fields[0] = static_cast<uint32_t>(sec >> 32);
  fields[1] = static_cast<uint32_t>(sec & 0xffffffff);
  fields[2] = static_cast<uint32_t>(t % 1000000000);
}

void HrtimeBigInt(const FunctionCallbackInfo<Value>& args) {
  TypedArrayData<uint64_t>(args[0])[0] = uv_hrtime();
}

uint64_t g_start_time = uv_hrtime();

void Uptime(const FunctionCallbackInfo<Value>& args) {
  args.GetReturnValue().Set(static_cast<double>(uv_hrtime() - g_start_time) / 1e9);
}

void Rss(const FunctionCallbackInfo<Value>& args) {
  size_t rss = 0;
  uv_resident_set_memory(&rss);
  args.GetReturnValue().Set(static_cast<double>(rss));
}

// memoryUsage(Float64Array[5]): rss, heapTotal, heapUsed, external, arrayBuffers.
void MemoryUsage(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  v8::HeapStatistics stats;
  isolate->GetHeapStatistics(&stats);
  size_t rss = 0;
  uv_resident_set_memory(&rss);
  double* fields = TypedArrayData<double>(args[0]);
  fields[0] = static_cast<double>(rss);
  fields[1] = static_cast<double>(stats.total_heap_size());
  fields[2] = static_cast<double>(stats.used_heap_size());
  ArrayBufferAllocator* allocator = Environment::GetCurrent(isolate)->array_buffer_allocator();
  double array_buffers = allocator != nullptr ? static_cast<double>(allocator->total()) : 0;
  fields[3] = static_cast<double>(stats.external_memory()) + array_buffers;
  fields[4] = array_buffers;
}

// cpuUsage(Float64Array[2]): user and system time in microseconds.
void CpuUsage(const FunctionCallbackInfo<Value>& args) {
  uv_rusage_t ru;
  int err = uv_getrusage(&ru);
  if (err != 0) return args.GetReturnValue().Set(err);
  double* fields = TypedArrayData<double>(args[0]);
  fields[0] = ru.ru_utime.tv_sec * 1e6 + ru.ru_utime.tv_usec;
  fields[1] = ru.ru_stime.tv_sec * 1e6 + ru.ru_stime.tv_usec;
}

// resourceUsage(Float64Array[16]) in the order of process.resourceUsage()'s keys.
void ResourceUsage(const FunctionCallbackInfo<Value>& args) {
  uv_rusage_t ru;
  int err = uv_getrusage(&ru);
  if (err != 0) return args.GetReturnValue().Set(err);
  double* f = TypedArrayData<double>(args[0]);
  f[0] = ru.ru_utime.tv_sec * 1e6 + ru.ru_utime.tv_usec;
  f[1] = ru.ru_stime.tv_sec * 1e6 + ru.ru_stime.tv_usec;
  f[2] = static_cast<double>(ru.ru_maxrss);
  f[3] = static_cast<double>(ru.ru_ixrss);
  f[4] = static_cast<double>(ru.ru_idrss);
  f[5] = static_cast<double>(ru.ru_isrss);
  f[6] = static_cast<double>(ru.ru_minflt);
  f[7] = static_cast<double>(ru.ru_majflt);
  f[8] = static_cast<double>(ru.ru_nswap);
  f[9] = static_cast<double>(ru.ru_inblock);
  f[10] = static_cast<double>(ru.ru_oublock);
  f[11] = static_cast<double>(ru.ru_msgsnd);
  f[12] = static_cast<double>(ru.ru_msgrcv);
  f[13] = static_cast<double>(ru.ru_nsignals);
  f[14] = static_cast<double>(ru.ru_nvcsw);
  f[15] = static_cast<double>(ru.ru_nivcsw);
}

void ReallyExit(const FunctionCallbackInfo<Value>& args) {
  Environment* env = Environment::GetCurrent(args.GetIsolate());
  env->Exit(args[0]->Int32Value(env->context()).FromMaybe(0));
}

// kill(pid, signal) -> 0 or a negative errno.
void Kill(const FunctionCallbackInfo<Value>& args) {
  Local<Context> context = args.GetIsolate()->GetCurrentContext();
  int pid = args[0]->Int32Value(context).FromMaybe(0);
  int sig = args[1]->Int32Value(context).FromMaybe(0);
  args.GetReturnValue().Set(uv_kill(pid, sig));
}

void GetUid(const FunctionCallbackInfo<Value>& args) {
  args.GetReturnValue().Set(getuid());
}
void GetEuid(const FunctionCallbackInfo<Value>& args) {
  args.GetReturnValue().Set(geteuid());
}
void GetGid(const FunctionCallbackInfo<Value>& args) {
  args.GetReturnValue().Set(getgid());
}
void GetEgid(const FunctionCallbackInfo<Value>& args) {
  args.GetReturnValue().Set(getegid());
}

void GetGroups(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  int n = getgroups(0, nullptr);
  std::vector<gid_t> groups(n > 0 ? n : 0);
  if (n > 0) n = getgroups(n, groups.data());
  Local<Array> out = Array::New(isolate);
  Local<Context> context = isolate->GetCurrentContext();
  for (int i = 0; i < n; i++)
    out->Set(context, i, v8::Integer::NewFromUnsigned(isolate, groups[i])).Check();
  args.GetReturnValue().Set(out);
}

void Abort(const FunctionCallbackInfo<Value>& args) {
  abort();
}

void GetTitle(Local<Name>, const PropertyCallbackInfo<Value>& info) {
  char buf[1024];
  if (uv_get_process_title(buf, sizeof(buf)) != 0) buf[0] = '\0';
  info.GetReturnValue().Set(Utf8String(info.GetIsolate(), buf));
}

void SetTitle(Local<Name>, Local<Value> value, const PropertyCallbackInfo<void>& info) {
  Utf8Value title(info.GetIsolate(), value);
  uv_set_process_title(*title);
}

// process.env: the real environment, values always strings.
void EnvGet(Local<Name> name, const PropertyCallbackInfo<Value>& info) {
  if (!name->IsString()) return;
  Isolate* isolate = info.GetIsolate();
  Utf8Value key(isolate, name);
  const char* value = getenv(*key);
  if (value != nullptr) info.GetReturnValue().Set(Utf8String(isolate, value));
}

void EnvSet(Local<Name> name, Local<Value> value, const PropertyCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  if (!name->IsString()) {
    isolate->ThrowException(v8::Exception::TypeError(
        OneByteString(isolate, "Cannot convert a Symbol value to a string")));
    return;
  }
  Local<String> str;
  if (!value->ToString(isolate->GetCurrentContext()).ToLocal(&str)) return;
  Utf8Value key(isolate, name);
  Utf8Value val(isolate, str);
  if (key.length() > 0 && strchr(*key, '=') == nullptr) setenv(*key, *val, 1);
  info.GetReturnValue().Set(value);
}

void EnvQuery(Local<Name> name, const PropertyCallbackInfo<v8::Integer>& info) {
  if (!name->IsString()) return;
  Utf8Value key(info.GetIsolate(), name);
  if (getenv(*key) != nullptr) info.GetReturnValue().Set(static_cast<int>(v8::None));
}

void EnvDelete(Local<Name> name, const PropertyCallbackInfo<v8::Boolean>& info) {
  if (!name->IsString()) return;
  Utf8Value key(info.GetIsolate(), name);
  unsetenv(*key);
  info.GetReturnValue().Set(true);
}

void EnvEnumerate(const PropertyCallbackInfo<Array>& info) {
  Isolate* isolate = info.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  Local<Array> keys = Array::New(isolate);
  uint32_t n = 0;
  for (char** e = environ; *e != nullptr; e++) {
    const char* eq = strchr(*e, '=');
    int len = eq ? static_cast<int>(eq - *e) : static_cast<int>(strlen(*e));
    keys->Set(context, n++, Utf8String(isolate, *e, len)).Check();
  }
  info.GetReturnValue().Set(keys);
}

// Only plain, writable, enumerable, configurable data properties, like Node.
void EnvDefine(Local<Name> name, const v8::PropertyDescriptor& desc,
               const PropertyCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  if (desc.has_get() || desc.has_set()) {
    return ThrowCodedError(isolate, ErrorKind::kTypeError, "ERR_INVALID_OBJECT_DEFINE_PROPERTY",
                           "'process.env' does not accept an accessor(getter/setter) descriptor");
  }
  if (!desc.has_value() || !desc.has_writable() || !desc.writable() || !desc.has_enumerable() ||
      !desc.enumerable() || !desc.has_configurable() || !desc.configurable()) {
    return ThrowCodedError(isolate, ErrorKind::kTypeError, "ERR_INVALID_OBJECT_DEFINE_PROPERTY",
                           "'process.env' only accepts a configurable, writable, and enumerable "
                           "data descriptor");
  }
  EnvSet(name, desc.value(), info);
}

Local<Object> CreateEnvObject(Isolate* isolate, Local<Context> context) {
  Local<v8::ObjectTemplate> tmpl = v8::ObjectTemplate::New(isolate);
  tmpl->SetHandler(v8::NamedPropertyHandlerConfiguration(
      EnvGet, EnvSet, EnvQuery, EnvDelete, EnvEnumerate, EnvDefine, nullptr, Local<Value>(),
      v8::PropertyHandlerFlags::kHasNoSideEffect));
  return tmpl->NewInstance(context).ToLocalChecked();
}

// Read-only, enumerable, configurable: how Node exposes process.version and friends.
void SetReadOnly(Local<Context> context, Local<Object> target, const char* name,
                 Local<Value> value) {
  target->DefineOwnProperty(context, Symbol(context->GetIsolate(), name), value, v8::ReadOnly)
      .Check();
}

Local<Object> Versions(Isolate* isolate, Local<Context> context) {
  Local<Object> v = Object::New(isolate);
  SetReadOnly(context, v, "node", OneByteString(isolate, kNodeVersion));
  SetReadOnly(context, v, "rt", OneByteString(isolate, RT_VERSION));
  SetReadOnly(context, v, "v8", OneByteString(isolate, v8::V8::GetVersion()));
  SetReadOnly(context, v, "uv", OneByteString(isolate, uv_version_string()));
  SetReadOnly(context, v, "zlib", OneByteString(isolate, zlibVersion()));
  SetReadOnly(context, v, "ares", OneByteString(isolate, ARES_VERSION_STR));
  std::string llhttp = std::to_string(LLHTTP_VERSION_MAJOR) + "." +
                       std::to_string(LLHTTP_VERSION_MINOR) + "." +
                       std::to_string(LLHTTP_VERSION_PATCH);
  SetReadOnly(context, v, "llhttp", OneByteString(isolate, llhttp.c_str()));
  // "OpenSSL 3.0.19 27 Jan 2026" -> "3.0.19"
  std::string openssl = OPENSSL_VERSION_TEXT;
  size_t start = openssl.find(' ') + 1;
  openssl = openssl.substr(start, openssl.find(' ', start) - start);
  SetReadOnly(context, v, "openssl", OneByteString(isolate, openssl.c_str()));
  SetReadOnly(context, v, "icu", OneByteString(isolate, U_ICU_VERSION));
  SetReadOnly(context, v, "unicode", OneByteString(isolate, U_UNICODE_VERSION));
  SetReadOnly(context, v, "modules", OneByteString(isolate, "115"));
  return v;
}

// patchProcessObject(process): the fields that come from C++.
void PatchProcessObject(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  Environment* env = Environment::GetCurrent(isolate);
  Local<Context> context = env->context();
  Local<Object> process = args[0].As<Object>();

  char exec_path[4096];
  size_t exec_path_len = sizeof(exec_path);
  std::string exec = env->argv()[0];
  if (uv_exepath(exec_path, &exec_path_len) == 0) exec.assign(exec_path, exec_path_len);
  SetValue(context, process, "execPath", Utf8String(isolate, exec));
  SetReadOnly(context, process, "pid", v8::Integer::New(isolate, uv_os_getpid()));
  SetReadOnly(context, process, "ppid", v8::Integer::New(isolate, uv_os_getppid()));
  SetReadOnly(context, process, "version",
              OneByteString(isolate, (std::string("v") + kNodeVersion).c_str()));
  SetReadOnly(context, process, "versions", Versions(isolate, context));
  SetValue(context, process, "env", CreateEnvObject(isolate, context));
  process
      ->SetAccessor(context, Symbol(isolate, "title"), GetTitle, SetTitle, Local<Value>(),
                    v8::DEFAULT, v8::DontEnum)
      .Check();
}

void Initialize(Environment* env, Local<Object> target) {
  Local<Context> context = env->context();
  SetMethod(context, target, "cwd", Cwd);
  SetMethod(context, target, "chdir", Chdir);
  SetMethod(context, target, "umask", Umask);
  SetMethod(context, target, "hrtime", Hrtime);
  SetMethod(context, target, "hrtimeBigInt", HrtimeBigInt);
  SetMethod(context, target, "uptime", Uptime);
  SetMethod(context, target, "rss", Rss);
  SetMethod(context, target, "memoryUsage", MemoryUsage);
  SetMethod(context, target, "cpuUsage", CpuUsage);
  SetMethod(context, target, "resourceUsage", ResourceUsage);
  SetMethod(context, target, "reallyExit", ReallyExit);
  SetMethod(context, target, "kill", Kill);
  SetMethod(context, target, "patchProcessObject", PatchProcessObject);
  SetMethod(context, target, "getuid", GetUid);
  SetMethod(context, target, "geteuid", GetEuid);
  SetMethod(context, target, "getgid", GetGid);
  SetMethod(context, target, "getegid", GetEgid);
  SetMethod(context, target, "getgroups", GetGroups);
  SetMethod(context, target, "abort", Abort);
}

}  // namespace
}  // namespace rt

RT_BINDING(process_methods, rt::Initialize)
