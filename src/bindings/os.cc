// The `os` binding: host facts from libuv (hostname, memory, CPUs, interfaces, users).
#include <uv.h>

#include "bindings/binding_list.h"
#include "runtime/environment.h"
#include "util/v8_util.h"

namespace rt {
namespace {

using v8::Array;
using v8::Context;
using v8::FunctionCallbackInfo;
using v8::Isolate;
using v8::Local;
using v8::Object;
using v8::Value;

// Failures throw { code, syscall, errno, message } that lib/os.js turns into a SystemError.
void ThrowUV(Isolate* isolate, int err, const char* syscall) {
  Local<Context> context = isolate->GetCurrentContext();
  char name[64];
  uv_err_name_r(err, name, sizeof(name));
  Local<v8::Object> e = v8::Exception::Error(Utf8String(isolate, uv_strerror(err))).As<Object>();
  SetValue(context, e, "code", OneByteString(isolate, name));
  SetValue(context, e, "syscall", OneByteString(isolate, syscall));
  SetNumber(context, e, "errno", err);
  isolate->ThrowException(e);
}

void GetHostname(const FunctionCallbackInfo<Value>& args) {
  char buf[UV_MAXHOSTNAMESIZE];
  size_t size = sizeof(buf);
  int err = uv_os_gethostname(buf, &size);
  if (err != 0) return ThrowUV(args.GetIsolate(), err, "uv_os_gethostname");
  args.GetReturnValue().Set(Utf8String(args.GetIsolate(), buf, static_cast<int>(size)));
}

void GetLoadAvg(const FunctionCallbackInfo<Value>& args) {
  Local<v8::Float64Array> array = args[0].As<v8::Float64Array>();
  double* data =
      reinterpret_cast<double*>(static_cast<char*>(array->Buffer()->Data()) + array->ByteOffset());
  uv_loadavg(data);
}

void GetUptime(const FunctionCallbackInfo<Value>& args) {
  double uptime;
  int err = uv_uptime(&uptime);
  if (err != 0) return ThrowUV(args.GetIsolate(), err, "uv_uptime");
  args.GetReturnValue().Set(uptime);
}

void GetTotalMem(const FunctionCallbackInfo<Value>& args) {
  args.GetReturnValue().Set(static_cast<double>(uv_get_total_memory()));
}

void GetFreeMem(const FunctionCallbackInfo<Value>& args) {
  args.GetReturnValue().Set(static_cast<double>(uv_get_free_memory()));
}

void GetAvailableParallelism(const FunctionCallbackInfo<Value>& args) {
  args.GetReturnValue().Set(uv_available_parallelism());
}

// [model, speed, user, nice, sys, idle, irq, model, ...]
void GetCPUs(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  uv_cpu_info_t* cpus;
  int count;
  int err = uv_cpu_info(&cpus, &count);
  if (err != 0) return ThrowUV(isolate, err, "uv_cpu_info");
  Local<Array> out = Array::New(isolate, count * 7);
  uint32_t n = 0;
  for (int i = 0; i < count; i++) {
    const uv_cpu_info_t& c = cpus[i];
    out->Set(context, n++, Utf8String(isolate, c.model)).Check();
    out->Set(context, n++, v8::Number::New(isolate, c.speed)).Check();
    out->Set(context, n++, v8::Number::New(isolate, static_cast<double>(c.cpu_times.user))).Check();
    out->Set(context, n++, v8::Number::New(isolate, static_cast<double>(c.cpu_times.nice))).Check();
    out->Set(context, n++, v8::Number::New(isolate, static_cast<double>(c.cpu_times.sys))).Check();
    out->Set(context, n++, v8::Number::New(isolate, static_cast<double>(c.cpu_times.idle))).Check();
    out->Set(context, n++, v8::Number::New(isolate, static_cast<double>(c.cpu_times.irq))).Check();
  }
  uv_free_cpu_info(cpus, count);
  args.GetReturnValue().Set(out);
}

// [name, address, netmask, family, mac, internal, scopeid, ...]
void GetInterfaceAddresses(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  uv_interface_address_t* addrs;
  int count;
  int err = uv_interface_addresses(&addrs, &count);
  if (err != 0) return ThrowUV(isolate, err, "uv_interface_addresses");
  Local<Array> out = Array::New(isolate, count * 7);
  uint32_t n = 0;
  for (int i = 0; i < count; i++) {
    const uv_interface_address_t& a = addrs[i];
    char ip[INET6_ADDRSTRLEN] = "";
    char netmask[INET6_ADDRSTRLEN] = "";
    bool v4 = a.address.address4.sin_family == AF_INET;
    if (v4) {
      uv_ip4_name(&a.address.address4, ip, sizeof(ip));
      uv_ip4_name(&a.netmask.netmask4, netmask, sizeof(netmask));
    } else {
      uv_ip6_name(&a.address.address6, ip, sizeof(ip));
      uv_ip6_name(&a.netmask.netmask6, netmask, sizeof(netmask));
    }
    char mac[18];
    snprintf(mac, sizeof(mac), "%02x:%02x:%02x:%02x:%02x:%02x",
             static_cast<unsigned char>(a.phys_addr[0]), static_cast<unsigned char>(a.phys_addr[1]),
             static_cast<unsigned char>(a.phys_addr[2]), static_cast<unsigned char>(a.phys_addr[3]),
             static_cast<unsigned char>(a.phys_addr[4]),
             static_cast<unsigned char>(a.phys_addr[5]));
    out->Set(context, n++, Utf8String(isolate, a.name)).Check();
    out->Set(context, n++, OneByteString(isolate, ip)).Check();
    out->Set(context, n++, OneByteString(isolate, netmask)).Check();
    out->Set(context, n++, OneByteString(isolate, v4 ? "IPv4" : "IPv6")).Check();
    out->Set(context, n++, OneByteString(isolate, mac)).Check();
    out->Set(context, n++, v8::Boolean::New(isolate, a.is_internal)).Check();
    out->Set(context, n++,
             v4 ? static_cast<Local<Value>>(v8::Integer::New(isolate, -1))
                : static_cast<Local<Value>>(
                      v8::Integer::NewFromUnsigned(isolate, a.address.address6.sin6_scope_id)))
        .Check();
  }
  uv_free_interface_addresses(addrs, count);
  args.GetReturnValue().Set(out);
}

void GetHomeDirectory(const FunctionCallbackInfo<Value>& args) {
  char buf[4096];
  size_t size = sizeof(buf);
  int err = uv_os_homedir(buf, &size);
  if (err != 0) return ThrowUV(args.GetIsolate(), err, "uv_os_homedir");
  args.GetReturnValue().Set(Utf8String(args.GetIsolate(), buf, static_cast<int>(size)));
}

void GetUserInfo(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  uv_passwd_t pwd;
  int err = uv_os_get_passwd(&pwd);
  if (err != 0) return ThrowUV(isolate, err, "uv_os_get_passwd");
  Local<Object> out = Object::New(isolate);
  SetNumber(context, out, "uid", static_cast<double>(pwd.uid));
  SetNumber(context, out, "gid", static_cast<double>(pwd.gid));
  SetValue(context, out, "username", Utf8String(isolate, pwd.username));
  SetValue(context, out, "homedir", Utf8String(isolate, pwd.homedir));
  SetValue(context, out, "shell",
           pwd.shell ? static_cast<Local<Value>>(Utf8String(isolate, pwd.shell))
                     : static_cast<Local<Value>>(v8::Null(isolate)));
  uv_os_free_passwd(&pwd);
  args.GetReturnValue().Set(out);
}

void GetOSInformation(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  uv_utsname_t info;
  int err = uv_os_uname(&info);
  if (err != 0) return ThrowUV(isolate, err, "uv_os_uname");
  Local<Value> values[] = {Utf8String(isolate, info.sysname), Utf8String(isolate, info.version),
                           Utf8String(isolate, info.release), Utf8String(isolate, info.machine)};
  args.GetReturnValue().Set(Array::New(isolate, values, 4));
}

void GetPriority(const FunctionCallbackInfo<Value>& args) {
  int pid = args[0]->Int32Value(args.GetIsolate()->GetCurrentContext()).FromMaybe(0);
  int priority;
  int err = uv_os_getpriority(pid, &priority);
  if (err != 0) return ThrowUV(args.GetIsolate(), err, "uv_os_getpriority");
  args.GetReturnValue().Set(priority);
}

void SetPriority(const FunctionCallbackInfo<Value>& args) {
  Local<Context> context = args.GetIsolate()->GetCurrentContext();
  int pid = args[0]->Int32Value(context).FromMaybe(0);
  int priority = args[1]->Int32Value(context).FromMaybe(0);
  int err = uv_os_setpriority(pid, priority);
  if (err != 0) return ThrowUV(args.GetIsolate(), err, "uv_os_setpriority");
}

void Initialize(Environment* env, Local<Object> target) {
  Local<Context> context = env->context();
  SetMethod(context, target, "getHostname", GetHostname);
  SetMethod(context, target, "getLoadAvg", GetLoadAvg);
  SetMethod(context, target, "getUptime", GetUptime);
  SetMethod(context, target, "getTotalMem", GetTotalMem);
  SetMethod(context, target, "getFreeMem", GetFreeMem);
  SetMethod(context, target, "getCPUs", GetCPUs);
  SetMethod(context, target, "getInterfaceAddresses", GetInterfaceAddresses);
  SetMethod(context, target, "getHomeDirectory", GetHomeDirectory);
  SetMethod(context, target, "getUserInfo", GetUserInfo);
  SetMethod(context, target, "getOSInformation", GetOSInformation);
  SetMethod(context, target, "getPriority", GetPriority);
  SetMethod(context, target, "setPriority", SetPriority);
  SetMethod(context, target, "getAvailableParallelism", GetAvailableParallelism);
}

}  // namespace
}  // namespace rt

RT_BINDING(os, rt::Initialize)
