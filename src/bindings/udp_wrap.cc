// The `udp_wrap` binding: UDP, a HandleWrap around uv_udp_t, behind lib/dgram.js.
//
// JS API (methods return 0 or a negative libuv code; lib/ builds the errors):
//   new UDP()
//   bind(addr, port, flags), bind6(addr, port, flags)   flags: UV_UDP_REUSEADDR, UV_UDP_IPV6ONLY
//   send(req, buffers[], port, addr), send6(...)  buffers: Uint8Arrays, sent as one datagram
//       -> 0 then req.oncomplete(status, bytes), or a negative code (nothing sent);
//       send(req, buffers[]) on a connected socket sends to its peer
//   connect(addr, port), connect6(addr, port), disconnect(), getpeername(out)
//   bufferSize(size, isRecv) -> the size (size 0 reads it, else sets it) or a negative code
//   addMembership(group, iface?), dropMembership(group, iface?),
//   addSourceSpecificMembership(source, group, iface?), dropSourceSpecificMembership(...),
//   setMulticastInterface(iface)  (iface undefined: the system's choice)
//   getSendQueueSize(), getSendQueueCount()
//   recvStart() -> this.onmessage(nread, arrayBuffer, address, port, family);
//       nread < 0 is an error (arrayBuffer undefined); recvStop()
//   getsockname(out) fills out.{address, family: 'IPv4'|'IPv6', port}
//   setBroadcast(bool), setTTL(ttl), setMulticastTTL(ttl), setMulticastLoopback(bool)
//   new SendWrap(): the request object of send()
#include <sys/socket.h>

#include <cstring>
#include <vector>

#include "bindings/binding_list.h"
#include "runtime/environment.h"
#include "runtime/handle_wrap.h"
#include "runtime/req_wrap.h"
#include "util/v8_util.h"

namespace rt {
namespace {

using v8::ArrayBuffer;
using v8::Context;
using v8::FunctionCallbackInfo;
using v8::HandleScope;
using v8::Isolate;
using v8::Local;
using v8::Object;
using v8::Value;

// Largest UDP payload: every datagram fits in one receive buffer.
constexpr size_t kReceiveBufferSize = 64 * 1024;

int Int32Arg(const FunctionCallbackInfo<Value>& args, int i, int fallback) {
  return args[i]->Int32Value(args.GetIsolate()->GetCurrentContext()).FromMaybe(fallback);
}

// Parses `ip`:`port` of the given family into `addr`.
int MakeAddress(bool ipv6, const char* ip, int port, sockaddr_storage* addr) {
  return ipv6 ? uv_ip6_addr(ip, port, reinterpret_cast<sockaddr_in6*>(addr))
              : uv_ip4_addr(ip, port, reinterpret_cast<sockaddr_in*>(addr));
}

void CallMethod(Environment* env, Local<Object> obj, const char* name, int argc,
                Local<Value>* argv) {
  Local<Value> fn;
  if (!obj->Get(env->context(), Symbol(env->isolate(), name)).ToLocal(&fn) || !fn->IsFunction()) {
    return;
  }
  USE(env->MakeCallback(obj, fn.As<v8::Function>(), argc, argv));
}

class SendWrap : public ReqWrap<uv_udp_send_t> {
 public:
  SendWrap(Environment* env, Local<Object> object) : ReqWrap(env, object) {}

  static void New(const FunctionCallbackInfo<Value>& args) {
    CHECK(args.IsConstructCall());
    new SendWrap(Environment::GetCurrent(args.GetIsolate()), args.This());
  }

  // req.oncomplete(status, bytes)
  static void OnSent(uv_udp_send_t* req, int status) {
    SendWrap* wrap = static_cast<SendWrap*>(From(req));
    Environment* env = wrap->env();
    if (!env->is_stopping()) {
      Isolate* isolate = env->isolate();
      HandleScope scope(isolate);
      Context::Scope context_scope(env->context());
      Local<Value> argv[2] = {v8::Integer::New(isolate, status),
                              v8::Number::New(isolate, static_cast<double>(wrap->bytes))};
      CallMethod(env, wrap->object(), "oncomplete", 2, argv);
    }
    wrap->data.clear();
    wrap->Done();
  }

  std::vector<char> data;  // the datagram, kept until libuv has sent it
  size_t bytes = 0;
};

class UDPWrap : public HandleWrap {
 public:
  UDPWrap(Environment* env, Local<Object> object)
      : HandleWrap(env, object, reinterpret_cast<uv_handle_t*>(&handle_)) {
    CHECK_EQ(uv_udp_init(env->loop(), &handle_), 0);
  }

  static void New(const FunctionCallbackInfo<Value>& args) {
    CHECK(args.IsConstructCall());
    new UDPWrap(Environment::GetCurrent(args.GetIsolate()), args.This());
  }

  template <bool kIPv6>
  static void Bind(const FunctionCallbackInfo<Value>& args) {
    UDPWrap* self = Self(args);
    if (self == nullptr) return args.GetReturnValue().Set(UV_EBADF);
    Utf8Value ip(args.GetIsolate(), args[0]);
    unsigned flags = static_cast<unsigned>(Int32Arg(args, 2, 0));
    if (!kIPv6) flags &= ~static_cast<unsigned>(UV_UDP_IPV6ONLY);
    sockaddr_storage addr;
    int err = MakeAddress(kIPv6, *ip, Int32Arg(args, 1, 0), &addr);
    if (err == 0) {
      err = uv_udp_bind(&self->handle_, reinterpret_cast<const sockaddr*>(&addr), flags);
    }
    args.GetReturnValue().Set(err);
  }

  // send(req, buffers, port, address): the buffers are copied, so JS may reuse them.
  template <bool kIPv6>
  static void Send(const FunctionCallbackInfo<Value>& args) {
    UDPWrap* self = Self(args);
    SendWrap* req = Unwrap<SendWrap>(args[0]);
    CHECK(req != nullptr && args[1]->IsArray());
    if (self == nullptr) return args.GetReturnValue().Set(UV_EBADF);
    Local<Context> context = args.GetIsolate()->GetCurrentContext();
    Local<v8::Array> list = args[1].As<v8::Array>();
    req->data.clear();
    for (uint32_t i = 0; i < list->Length(); i++) {
      Local<Value> chunk;
      if (!list->Get(context, i).ToLocal(&chunk)) return;
      CHECK(chunk->IsArrayBufferView());
      Local<v8::ArrayBufferView> view = chunk.As<v8::ArrayBufferView>();
      size_t offset = req->data.size();
      req->data.resize(offset + view->ByteLength());
      view->CopyContents(req->data.data() + offset, view->ByteLength());
    }
    req->bytes = req->data.size();
    sockaddr_storage addr;
    const sockaddr* to = nullptr;  // connected: the peer
    int err = 0;
    if (!args[3]->IsUndefined()) {
      Utf8Value ip(args.GetIsolate(), args[3]);
      err = MakeAddress(kIPv6, *ip, Int32Arg(args, 2, 0), &addr);
      to = reinterpret_cast<const sockaddr*>(&addr);
    }
    if (err == 0) {
      uv_buf_t buf = uv_buf_init(req->data.data(), static_cast<unsigned>(req->data.size()));
      err = req->Dispatch(uv_udp_send, req->req(), &self->handle_, &buf, 1, to, SendWrap::OnSent);
    }
    args.GetReturnValue().Set(err);
  }

  template <bool kIPv6>
  static void Connect(const FunctionCallbackInfo<Value>& args) {
    UDPWrap* self = Self(args);
    if (self == nullptr) return args.GetReturnValue().Set(UV_EBADF);
    Utf8Value ip(args.GetIsolate(), args[0]);
    sockaddr_storage addr;
    int err = MakeAddress(kIPv6, *ip, Int32Arg(args, 1, 0), &addr);
    if (err == 0) err = uv_udp_connect(&self->handle_, reinterpret_cast<const sockaddr*>(&addr));
    args.GetReturnValue().Set(err);
  }

  static void Disconnect(const FunctionCallbackInfo<Value>& args) {
    UDPWrap* self = Self(args);
    args.GetReturnValue().Set(self == nullptr ? UV_EBADF : uv_udp_connect(&self->handle_, nullptr));
  }

  static void GetPeerName(const FunctionCallbackInfo<Value>& args) {
    UDPWrap* self = Self(args);
    if (self == nullptr) return args.GetReturnValue().Set(UV_EBADF);
    CHECK(args[0]->IsObject());
    sockaddr_storage addr;
    int len = sizeof(addr);
    int err = uv_udp_getpeername(&self->handle_, reinterpret_cast<sockaddr*>(&addr), &len);
    if (err == 0) err = FillAddress(self->env(), args[0].As<Object>(), &addr);
    args.GetReturnValue().Set(err);
  }

  static void BufferSize(const FunctionCallbackInfo<Value>& args) {
    UDPWrap* self = Self(args);
    if (self == nullptr) return args.GetReturnValue().Set(UV_EBADF);
    int value = Int32Arg(args, 0, 0);
    uv_handle_t* handle = reinterpret_cast<uv_handle_t*>(&self->handle_);
    int err = args[1]->IsTrue() ? uv_recv_buffer_size(handle, &value)
                                : uv_send_buffer_size(handle, &value);
    args.GetReturnValue().Set(err != 0 ? err : value);
  }

  template <uv_membership kMembership>
  static void SetMembership(const FunctionCallbackInfo<Value>& args) {
    UDPWrap* self = Self(args);
    if (self == nullptr) return args.GetReturnValue().Set(UV_EBADF);
    Isolate* isolate = args.GetIsolate();
    Utf8Value group(isolate, args[0]);
    Utf8Value iface(isolate, args[1]);
    const char* iface_or_null = args[1]->IsUndefined() || args[1]->IsNull() ? nullptr : *iface;
    args.GetReturnValue().Set(
        uv_udp_set_membership(&self->handle_, *group, iface_or_null, kMembership));
  }

  template <uv_membership kMembership>
  static void SetSourceMembership(const FunctionCallbackInfo<Value>& args) {
    UDPWrap* self = Self(args);
    if (self == nullptr) return args.GetReturnValue().Set(UV_EBADF);
    Isolate* isolate = args.GetIsolate();
    Utf8Value source(isolate, args[0]);
    Utf8Value group(isolate, args[1]);
    Utf8Value iface(isolate, args[2]);
    const char* iface_or_null = args[2]->IsUndefined() || args[2]->IsNull() ? nullptr : *iface;
    args.GetReturnValue().Set(
        uv_udp_set_source_membership(&self->handle_, *group, iface_or_null, *source, kMembership));
  }

  static void SetMulticastInterface(const FunctionCallbackInfo<Value>& args) {
    UDPWrap* self = Self(args);
    if (self == nullptr) return args.GetReturnValue().Set(UV_EBADF);
    Utf8Value iface(args.GetIsolate(), args[0]);
    args.GetReturnValue().Set(uv_udp_set_multicast_interface(&self->handle_, *iface));
  }

  static void GetSendQueueSize(const FunctionCallbackInfo<Value>& args) {
    UDPWrap* self = Unwrap<UDPWrap>(args.This());
    size_t size = self == nullptr ? 0 : uv_udp_get_send_queue_size(&self->handle_);
    args.GetReturnValue().Set(static_cast<double>(size));
  }

  static void GetSendQueueCount(const FunctionCallbackInfo<Value>& args) {
    UDPWrap* self = Unwrap<UDPWrap>(args.This());
    size_t count = self == nullptr ? 0 : uv_udp_get_send_queue_count(&self->handle_);
    args.GetReturnValue().Set(static_cast<double>(count));
  }

  static void RecvStart(const FunctionCallbackInfo<Value>& args) {
    UDPWrap* self = Self(args);
    if (self == nullptr) return args.GetReturnValue().Set(UV_EBADF);
    int err = uv_udp_recv_start(&self->handle_, OnAlloc, OnRecv);
    args.GetReturnValue().Set(err == UV_EALREADY ? 0 : err);
  }

  static void RecvStop(const FunctionCallbackInfo<Value>& args) {
    UDPWrap* self = Self(args);
    args.GetReturnValue().Set(self == nullptr ? UV_EBADF : uv_udp_recv_stop(&self->handle_));
  }

  static void GetSockName(const FunctionCallbackInfo<Value>& args) {
    UDPWrap* self = Self(args);
    if (self == nullptr) return args.GetReturnValue().Set(UV_EBADF);
    CHECK(args[0]->IsObject());
    sockaddr_storage addr;
    int len = sizeof(addr);
    int err = uv_udp_getsockname(&self->handle_, reinterpret_cast<sockaddr*>(&addr), &len);
    if (err == 0) err = FillAddress(self->env(), args[0].As<Object>(), &addr);
    args.GetReturnValue().Set(err);
  }

  static void SetBroadcast(const FunctionCallbackInfo<Value>& args) {
    UDPWrap* self = Self(args);
    args.GetReturnValue().Set(
        self == nullptr ? UV_EBADF
                        : uv_udp_set_broadcast(&self->handle_, args[0]->IsTrue() ? 1 : 0));
  }

  static void SetTTL(const FunctionCallbackInfo<Value>& args) {
    UDPWrap* self = Self(args);
    args.GetReturnValue().Set(
        self == nullptr ? UV_EBADF : uv_udp_set_ttl(&self->handle_, Int32Arg(args, 0, 0)));
  }

  static void SetMulticastTTL(const FunctionCallbackInfo<Value>& args) {
    UDPWrap* self = Self(args);
    args.GetReturnValue().Set(self == nullptr
                                  ? UV_EBADF
                                  : uv_udp_set_multicast_ttl(&self->handle_, Int32Arg(args, 0, 0)));
  }

  static void SetMulticastLoopback(const FunctionCallbackInfo<Value>& args) {
    UDPWrap* self = Self(args);
    args.GetReturnValue().Set(
        self == nullptr ? UV_EBADF
                        : uv_udp_set_multicast_loop(&self->handle_, args[0]->IsTrue() ? 1 : 0));
  }

 private:
  // The wrap behind `this`, or nullptr once it is closing.
  static UDPWrap* Self(const FunctionCallbackInfo<Value>& args) {
    UDPWrap* self = Unwrap<UDPWrap>(args.This());
    return self != nullptr && self->state() == State::kOpen ? self : nullptr;
  }

  static int FillAddress(Environment* env, Local<Object> out, const sockaddr_storage* addr) {
    Isolate* isolate = env->isolate();
    Local<Context> context = env->context();
    char ip[INET6_ADDRSTRLEN];
    int port;
    const char* family;
    if (addr->ss_family == AF_INET6) {
      const sockaddr_in6* a6 = reinterpret_cast<const sockaddr_in6*>(addr);
      uv_ip6_name(a6, ip, sizeof(ip));
      port = ntohs(a6->sin6_port);
      family = "IPv6";
    } else if (addr->ss_family == AF_INET) {
      const sockaddr_in* a4 = reinterpret_cast<const sockaddr_in*>(addr);
      uv_ip4_name(a4, ip, sizeof(ip));
      port = ntohs(a4->sin_port);
      family = "IPv4";
    } else {
      return UV_EINVAL;
    }
    SetValue(context, out, "address", OneByteString(isolate, ip));
    SetValue(context, out, "family", OneByteString(isolate, family));
    SetNumber(context, out, "port", port);
    return 0;
  }

  static void OnAlloc(uv_handle_t* handle, size_t, uv_buf_t* buf) {
    UDPWrap* self = static_cast<UDPWrap*>(handle->data);
    self->buffer_.resize(kReceiveBufferSize);
    *buf = uv_buf_init(self->buffer_.data(), static_cast<unsigned>(self->buffer_.size()));
  }

  // this.onmessage(nread, arrayBuffer, address, port, family)
  static void OnRecv(uv_udp_t* handle, ssize_t nread, const uv_buf_t* buf, const sockaddr* addr,
                     unsigned) {
    UDPWrap* self = static_cast<UDPWrap*>(handle->data);
    // nread 0 with no address: libuv has nothing more to read now.
    if (nread == 0 && addr == nullptr) return;
    Environment* env = self->env();
    Isolate* isolate = env->isolate();
    HandleScope scope(isolate);
    Context::Scope context_scope(env->context());
    Local<Value> argv[5] = {v8::Number::New(isolate, static_cast<double>(nread)),
                            v8::Undefined(isolate), v8::Undefined(isolate), v8::Undefined(isolate),
                            v8::Undefined(isolate)};
    if (nread >= 0) {
      Local<ArrayBuffer> ab = ArrayBuffer::New(isolate, static_cast<size_t>(nread));
      if (nread > 0) memcpy(ab->GetBackingStore()->Data(), buf->base, static_cast<size_t>(nread));
      argv[1] = ab;
      Local<Object> info = Object::New(isolate);
      if (FillAddress(env, info, reinterpret_cast<const sockaddr_storage*>(addr)) == 0) {
        Local<Context> context = env->context();
        argv[2] = info->Get(context, Symbol(isolate, "address")).ToLocalChecked();
        argv[3] = info->Get(context, Symbol(isolate, "port")).ToLocalChecked();
        argv[4] = info->Get(context, Symbol(isolate, "family")).ToLocalChecked();
      }
    }
    CallMethod(env, self->object(), "onmessage", 5, argv);
  }

  uv_udp_t handle_;
  std::vector<char> buffer_;
};

void Initialize(Environment* env, Local<Object> target) {
  Local<Context> context = env->context();
  Local<v8::FunctionTemplate> tmpl = BaseObject::MakeTemplate(env, UDPWrap::New, "UDP");
  HandleWrap::AddMethods(env, tmpl);
  BaseObject::SetProtoMethod(env, tmpl, "bind", UDPWrap::Bind<false>);
  BaseObject::SetProtoMethod(env, tmpl, "bind6", UDPWrap::Bind<true>);
  BaseObject::SetProtoMethod(env, tmpl, "send", UDPWrap::Send<false>);
  BaseObject::SetProtoMethod(env, tmpl, "send6", UDPWrap::Send<true>);
  BaseObject::SetProtoMethod(env, tmpl, "connect", UDPWrap::Connect<false>);
  BaseObject::SetProtoMethod(env, tmpl, "connect6", UDPWrap::Connect<true>);
  BaseObject::SetProtoMethod(env, tmpl, "disconnect", UDPWrap::Disconnect);
  BaseObject::SetProtoMethod(env, tmpl, "getpeername", UDPWrap::GetPeerName);
  BaseObject::SetProtoMethod(env, tmpl, "bufferSize", UDPWrap::BufferSize);
  BaseObject::SetProtoMethod(env, tmpl, "addMembership", UDPWrap::SetMembership<UV_JOIN_GROUP>);
  BaseObject::SetProtoMethod(env, tmpl, "dropMembership", UDPWrap::SetMembership<UV_LEAVE_GROUP>);
  BaseObject::SetProtoMethod(env, tmpl, "addSourceSpecificMembership",
                             UDPWrap::SetSourceMembership<UV_JOIN_GROUP>);
  BaseObject::SetProtoMethod(env, tmpl, "dropSourceSpecificMembership",
                             UDPWrap::SetSourceMembership<UV_LEAVE_GROUP>);
  BaseObject::SetProtoMethod(env, tmpl, "setMulticastInterface", UDPWrap::SetMulticastInterface);
  BaseObject::SetProtoMethod(env, tmpl, "getSendQueueSize", UDPWrap::GetSendQueueSize);
  BaseObject::SetProtoMethod(env, tmpl, "getSendQueueCount", UDPWrap::GetSendQueueCount);
  BaseObject::SetProtoMethod(env, tmpl, "recvStart", UDPWrap::RecvStart);
  BaseObject::SetProtoMethod(env, tmpl, "recvStop", UDPWrap::RecvStop);
  BaseObject::SetProtoMethod(env, tmpl, "getsockname", UDPWrap::GetSockName);
  BaseObject::SetProtoMethod(env, tmpl, "setBroadcast", UDPWrap::SetBroadcast);
  BaseObject::SetProtoMethod(env, tmpl, "setTTL", UDPWrap::SetTTL);
  BaseObject::SetProtoMethod(env, tmpl, "setMulticastTTL", UDPWrap::SetMulticastTTL);
  BaseObject::SetProtoMethod(env, tmpl, "setMulticastLoopback", UDPWrap::SetMulticastLoopback);
  SetValue(context, target, "UDP", tmpl->GetFunction(context).ToLocalChecked());

  Local<v8::FunctionTemplate> send_tmpl = BaseObject::MakeTemplate(env, SendWrap::New, "SendWrap");
  SetValue(context, target, "SendWrap", send_tmpl->GetFunction(context).ToLocalChecked());

  Local<Object> constants = Object::New(env->isolate());
  SetNumber(context, constants, "UV_UDP_IPV6ONLY", UV_UDP_IPV6ONLY);
  SetNumber(context, constants, "UV_UDP_REUSEADDR", UV_UDP_REUSEADDR);
  SetValue(context, target, "constants", constants);
}

}  // namespace
}  // namespace rt

RT_BINDING(udp_wrap, rt::Initialize)
