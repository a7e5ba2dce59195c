// Reads spawn options from JS into a uv_process_options_t (see spawn_options.h).
#include "util/spawn_options.h"

#include <csignal>
#include <cstring>

#include "util/v8_util.h"

namespace rt {

using v8::Context;
using v8::Isolate;
using v8::Just;
using v8::Local;
using v8::Maybe;
using v8::Nothing;
using v8::Object;
using v8::Value;

namespace {

bool GetProperty(Local<Context> context, Local<Object> obj, const char* name, Local<Value>* out) {
  return obj->Get(context, Symbol(context->GetIsolate(), name)).ToLocal(out);
}

// Appends the strings of a JS array to `out`; false if an element threw.
bool ReadStringArray(Local<Context> context, Local<Value> value, std::vector<std::string>* out) {
  if (!value->IsArray()) return true;
  Isolate* isolate = context->GetIsolate();
  Local<v8::Array> array = value.As<v8::Array>();
  for (uint32_t i = 0; i < array->Length(); i++) {
    Local<Value> item;
    Local<v8::String> str;
    if (!array->Get(context, i).ToLocal(&item) || !item->ToString(context).ToLocal(&str)) {
      return false;
    }
    out->push_back(Utf8Value(isolate, str).ToString());
  }
  return true;
}

bool ReadStdio(Local<Context> context, Local<Value> value,
               std::vector<SpawnOptions::StdioEntry>* entries,
               std::vector<uv_stdio_container_t>* containers) {
  if (!value->IsArray()) return true;
  Isolate* isolate = context->GetIsolate();
  Local<v8::Array> array = value.As<v8::Array>();
  for (uint32_t i = 0; i < array->Length(); i++) {
    Local<Value> item;
    if (!array->Get(context, i).ToLocal(&item)) return false;
    SpawnOptions::StdioEntry entry;
    uv_stdio_container_t container{};
    container.flags = UV_IGNORE;
    if (item->IsObject()) {
      Local<Object> obj = item.As<Object>();
      Local<Value> type_value;
      if (!GetProperty(context, obj, "type", &type_value)) return false;
      Utf8Value type(isolate, type_value);
      entry.object = obj;
      if (strcmp(*type, "pipe") == 0 || strcmp(*type, "overlapped") == 0) {
        entry.type = SpawnOptions::StdioEntry::kPipe;
      } else if (strcmp(*type, "wrap") == 0) {
        entry.type = SpawnOptions::StdioEntry::kWrap;
      } else if (strcmp(*type, "fd") == 0 || strcmp(*type, "inherit") == 0) {
        entry.type = SpawnOptions::StdioEntry::kFd;
        entry.fd = static_cast<int>(i);
        Local<Value> fd;
        if (!GetProperty(context, obj, "fd", &fd)) return false;
        if (fd->IsNumber()) entry.fd = fd->Int32Value(context).FromMaybe(entry.fd);
        container.flags = UV_INHERIT_FD;
        container.data.fd = entry.fd;
      }
    }
    entries->push_back(entry);
    containers->push_back(container);
  }
  return true;
}

}  // namespace

Maybe<bool> SpawnOptions::Parse(Local<Context> context, Local<Object> js) {
  Isolate* isolate = context->GetIsolate();
  Local<Value> value;

  if (!GetProperty(context, js, "file", &value)) return Nothing<bool>();
  file_ = Utf8Value(isolate, value).ToString();

  if (!GetProperty(context, js, "args", &value) || !ReadStringArray(context, value, &args_)) {
    return Nothing<bool>();
  }
  if (args_.empty()) args_.push_back(file_);

  if (!GetProperty(context, js, "cwd", &value)) return Nothing<bool>();
  if (value->IsString() && value.As<v8::String>()->Length() > 0) {
    cwd_ = Utf8Value(isolate, value).ToString();
    has_cwd_ = true;
  }

  if (!GetProperty(context, js, "envPairs", &value)) return Nothing<bool>();
  if (value->IsArray()) {
    has_env_ = true;
    if (!ReadStringArray(context, value, &env_)) return Nothing<bool>();
  }

  if (!GetProperty(context, js, "detached", &value)) return Nothing<bool>();
  if (value->IsTrue()) flags_ |= UV_PROCESS_DETACHED;

  if (!GetProperty(context, js, "uid", &value)) return Nothing<bool>();
  if (value->IsInt32()) {
    flags_ |= UV_PROCESS_SETUID;
    uid_ = static_cast<uv_uid_t>(value.As<v8::Int32>()->Value());
  }
  if (!GetProperty(context, js, "gid", &value)) return Nothing<bool>();
  if (value->IsInt32()) {
    flags_ |= UV_PROCESS_SETGID;
    gid_ = static_cast<uv_gid_t>(value.As<v8::Int32>()->Value());
  }

  if (!GetProperty(context, js, "stdio", &value) ||
      !ReadStdio(context, value, &stdio_entries_, &stdio_)) {
    return Nothing<bool>();
  }
  return Just(true);
}

uv_process_options_t* SpawnOptions::Build(uv_exit_cb exit_cb) {
  argv_.clear();
  for (std::string& arg : args_) argv_.push_back(arg.data());
  argv_.push_back(nullptr);
  envp_.clear();
  for (std::string& pair : env_) envp_.push_back(pair.data());
  envp_.push_back(nullptr);

  options_ = uv_process_options_t{};
  options_.exit_cb = exit_cb;
  options_.file = file_.c_str();
  options_.args = argv_.data();
  options_.env = has_env_ ? envp_.data() : nullptr;
  options_.cwd = has_cwd_ ? cwd_.c_str() : nullptr;
  options_.flags = flags_;
  options_.stdio_count = static_cast<int>(stdio_.size());
  options_.stdio = stdio_.data();
  options_.uid = uid_;
  options_.gid = gid_;
  return &options_;
}

const char* SignalName(int signum) {
  switch (signum) {
#define RT_SIGNAL_CASE(name) \
  case name:                 \
    return #name;
    RT_SIGNAL_CASE(SIGHUP)
    RT_SIGNAL_CASE(SIGINT)
    RT_SIGNAL_CASE(SIGQUIT)
    RT_SIGNAL_CASE(SIGILL)
    RT_SIGNAL_CASE(SIGTRAP)
    RT_SIGNAL_CASE(SIGABRT)
    RT_SIGNAL_CASE(SIGBUS)
    RT_SIGNAL_CASE(SIGFPE)
    RT_SIGNAL_CASE(SIGKILL)
    RT_SIGNAL_CASE(SIGUSR1)
    RT_SIGNAL_CASE(SIGSEGV)
    RT_SIGNAL_CASE(SIGUSR2)
    RT_SIGNAL_CASE(SIGPIPE)
    RT_SIGNAL_CASE(SIGALRM)
    RT_SIGNAL_CASE(SIGTERM)
    RT_SIGNAL_CASE(SIGCHLD)
#ifdef SIGSTKFLT
    RT_SIGNAL_CASE(SIGSTKFLT)
#endif
    RT_SIGNAL_CASE(SIGCONT)
    RT_SIGNAL_CASE(SIGSTOP)
    RT_SIGNAL_CASE(SIGTSTP)
    RT_SIGNAL_CASE(SIGTTIN)
    RT_SIGNAL_CASE(SIGTTOU)
    RT_SIGNAL_CASE(SIGURG)
    RT_SIGNAL_CASE(SIGXCPU)
    RT_SIGNAL_CASE(SIGXFSZ)
    RT_SIGNAL_CASE(SIGVTALRM)
    RT_SIGNAL_CASE(SIGPROF)
    RT_SIGNAL_CASE(SIGWINCH)
    RT_SIGNAL_CASE(SIGIO)
#ifdef SIGPWR
    RT_SIGNAL_CASE(SIGPWR)
#endif
    RT_SIGNAL_CASE(SIGSYS)
#undef RT_SIGNAL_CASE
    default:
      return nullptr;
  }
}

}  // namespace rt
