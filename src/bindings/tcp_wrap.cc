// The `tcp_wrap` binding: TCP, a StreamWrap around uv_tcp_t (client sockets and
// servers), plus the stream request classes (ConnectWrap as TCPConnectWrap).
//
// JS API (methods return 0 or a negative libuv code; lib/ builds the errors):
//   new TCP(type)                       type: constants.SOCKET or constants.SERVER
//   open(fd), bind(addr, port, flags), bind6(addr, port, flags)   flags: UV_TCP_IPV6ONLY
//   listen(backlog) -> this.onconnection(status, clientHandle)
//   connect(req, addr, port), connect6(req, addr, port)
//       -> req.oncomplete(status, handle, req, readable, writable)
//   getsockname(out), getpeername(out) fill out.{address, family: 'IPv4'|'IPv6', port}
//   setNoDelay(bool), setKeepAlive(bool, delaySecs), reset(cb) (close with RST),
//   setSimultaneousAccepts(bool) (no-op outside Windows)
#include <sys/socket.h>

#include <cerrno>

#include "bindings/binding_list.h"
#include "runtime/environment.h"
#include "runtime/stream_wrap.h"
#include "util/v8_util.h"

namespace rt {
namespace {

using v8::Context;
using v8::Function;
using v8::FunctionCallbackInfo;
using v8::Isolate;
using v8::Local;
using v8::Object;
using v8::Value;

enum TCPType { kSocket = 0, kServer = 1 };

class TCPData : public BindingData {
 public:
  static const char kKey;
  explicit TCPData(Environment*) {}
  v8::Global<Function> constructor;
};
const char TCPData::kKey = 0;

int Int32Arg(const FunctionCallbackInfo<Value>& args, int i, int fallback) {
  return args[i]->Int32Value(args.GetIsolate()->GetCurrentContext()).FromMaybe(fallback);
}

// Fills out.{address, family, port} from a socket address; 0 or a negative code.
int FillAddress(Environment* env, Local<Object> out, const sockaddr_storage* addr) {
  Isolate* isolate = env->isolate();
  Local<Context> context = env->context();
  char ip[INET6_ADDRSTRLEN];
  int port;
  const char* family;
  if (addr->ss_family == AF_INET6) {
    const sockaddr_in6* a6 = reinterpret_cast<const sockaddr_in6*>(addr);
    int err = uv_ip6_name(a6, ip, sizeof(ip));
    if (err != 0) return err;
    port = ntohs(a6->sin6_port);
    family = "IPv6";
  } else if (addr->ss_family == AF_INET) {
    const sockaddr_in* a4 = reinterpret_cast<const sockaddr_in*>(addr);
    int err = uv_ip4_name(a4, ip, sizeof(ip));
    if (err != 0) return err;
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

class TCPWrap : public StreamWrap {
 public:
  TCPWrap(Environment* env, Local<Object> object)
      : StreamWrap(env, object, reinterpret_cast<uv_stream_t*>(&handle_)) {
    CHECK_EQ(uv_tcp_init(env->loop(), &handle_), 0);
  }

  // new TCP(type)
  static void New(const FunctionCallbackInfo<Value>& args) {
    CHECK(args.IsConstructCall());
    new TCPWrap(Environment::GetCurrent(args.GetIsolate()), args.This());
  }

  static TCPWrap* Self(const FunctionCallbackInfo<Value>& args) {
    return Unwrap<TCPWrap>(args.This());
  }

  bool open() const { return state() == State::kOpen; }

  static void Open(const FunctionCallbackInfo<Value>& args) {
    TCPWrap* self = Self(args);
    if (!self->open()) return args.GetReturnValue().Set(UV_EBADF);
    args.GetReturnValue().Set(uv_tcp_open(&self->handle_, Int32Arg(args, 0, -1)));
  }

  template <bool kIPv6>
  static void Bind(const FunctionCallbackInfo<Value>& args) {
    TCPWrap* self = Self(args);
    if (!self->open()) return args.GetReturnValue().Set(UV_EBADF);
    Utf8Value ip(args.GetIsolate(), args[0]);
    int port = Int32Arg(args, 1, 0);
    unsigned flags = static_cast<unsigned>(Int32Arg(args, 2, 0));
    sockaddr_storage addr;
    int err;
    if (kIPv6) {
      err = uv_ip6_addr(*ip, port, reinterpret_cast<sockaddr_in6*>(&addr));
    } else {
      err = uv_ip4_addr(*ip, port, reinterpret_cast<sockaddr_in*>(&addr));
      flags &= ~static_cast<unsigned>(UV_TCP_IPV6ONLY);
    }
    if (err == 0) {
      err = uv_tcp_bind(&self->handle_, reinterpret_cast<const sockaddr*>(&addr), flags);
    }
    args.GetReturnValue().Set(err);
  }

  template <bool kIPv6>
  static void Connect(const FunctionCallbackInfo<Value>& args) {
    TCPWrap* self = Self(args);
    ConnectWrap* req = Unwrap<ConnectWrap>(args[0]);
    CHECK(req != nullptr);
    if (!self->open()) return args.GetReturnValue().Set(UV_EBADF);
    Utf8Value ip(args.GetIsolate(), args[1]);
    int port = Int32Arg(args, 2, 0);
    sockaddr_storage addr;
    int err = kIPv6 ? uv_ip6_addr(*ip, port, reinterpret_cast<sockaddr_in6*>(&addr))
                    : uv_ip4_addr(*ip, port, reinterpret_cast<sockaddr_in*>(&addr));
    if (err == 0) {
      err = req->Dispatch(uv_tcp_connect, req->req(), &self->handle_,
                          reinterpret_cast<const sockaddr*>(&addr), ConnectWrap::OnConnect);
    }
    args.GetReturnValue().Set(err);
  }

  template <bool kPeer>
  static void GetName(const FunctionCallbackInfo<Value>& args) {
    TCPWrap* self = Self(args);
    if (!self->open()) return args.GetReturnValue().Set(UV_EBADF);
    CHECK(args[0]->IsObject());
    sockaddr_storage addr;
    int len = sizeof(addr);
    int err = kPeer ? uv_tcp_getpeername(&self->handle_, reinterpret_cast<sockaddr*>(&addr), &len)
                    : uv_tcp_getsockname(&self->handle_, reinterpret_cast<sockaddr*>(&addr), &len);
    if (err == 0) err = FillAddress(self->env(), args[0].As<Object>(), &addr);
    args.GetReturnValue().Set(err);
  }

  static void SetNoDelay(const FunctionCallbackInfo<Value>& args) {
    TCPWrap* self = Self(args);
    if (!self->open()) return args.GetReturnValue().Set(UV_EBADF);
    args.GetReturnValue().Set(uv_tcp_nodelay(&self->handle_, args[0]->BooleanValue(args.GetIsolate())));
  }

  static void SetKeepAlive(const FunctionCallbackInfo<Value>& args) {
    TCPWrap* self = Self(args);
    if (!self->open()) return args.GetReturnValue().Set(UV_EBADF);
    int enable = args[0]->BooleanValue(args.GetIsolate());
    unsigned delay = static_cast<unsigned>(Int32Arg(args, 1, 0));
    args.GetReturnValue().Set(uv_tcp_keepalive(&self->handle_, enable, delay));
  }

  static void SetSimultaneousAccepts(const FunctionCallbackInfo<Value>& args) {
    args.GetReturnValue().Set(0);
  }

  // reset(cb): like close(cb), but the peer gets an RST instead of a FIN
  // (what uv_tcp_close_reset does: SO_LINGER with a zero timeout, then close).
  static void Reset(const FunctionCallbackInfo<Value>& args) {
    TCPWrap* self = Self(args);
    if (!self->open()) return args.GetReturnValue().Set(UV_EBADF);
    uv_os_fd_t fd;
    if (uv_fileno(reinterpret_cast<uv_handle_t*>(&self->handle_), &fd) == 0) {
      struct linger l = {1, 0};
      if (setsockopt(fd, SOL_SOCKET, SO_LINGER, &l, sizeof(l)) != 0) {
        return args.GetReturnValue().Set(-errno);
      }
    }
    self->Close(args[0]);
    args.GetReturnValue().Set(0);
  }

 protected:
  StreamWrap* NewClient() override {
    Environment* env = this->env();
    Local<Value> type = v8::Integer::New(env->isolate(), kSocket);
    Local<Object> obj;
    Local<Function> ctor = env->GetBindingData<TCPData>()->constructor.Get(env->isolate());
    if (!ctor->NewInstance(env->context(), 1, &type).ToLocal(&obj)) return nullptr;
    return Unwrap<TCPWrap>(obj);
  }

 private:
  uv_tcp_t handle_;
};

void Initialize(Environment* env, Local<Object> target) {
  Local<Context> context = env->context();
  Local<v8::FunctionTemplate> tmpl = BaseObject::MakeTemplate(env, TCPWrap::New, "TCP");
  StreamWrap::AddMethods(env, tmpl);
  BaseObject::SetProtoMethod(env, tmpl, "open", TCPWrap::Open);
  BaseObject::SetProtoMethod(env, tmpl, "bind", TCPWrap::Bind<false>);
  BaseObject::SetProtoMethod(env, tmpl, "bind6", TCPWrap::Bind<true>);
  BaseObject::SetProtoMethod(env, tmpl, "connect", TCPWrap::Connect<false>);
  BaseObject::SetProtoMethod(env, tmpl, "connect6", TCPWrap::Connect<true>);
  BaseObject::SetProtoMethod(env, tmpl, "getsockname", TCPWrap::GetName<false>);
  BaseObject::SetProtoMethod(env, tmpl, "getpeername", TCPWrap::GetName<true>);
  BaseObject::SetProtoMethod(env, tmpl, "setNoDelay", TCPWrap::SetNoDelay);
  BaseObject::SetProtoMethod(env, tmpl, "setKeepAlive", TCPWrap::SetKeepAlive);
  BaseObject::SetProtoMethod(env, tmpl, "setSimultaneousAccepts",
                             TCPWrap::SetSimultaneousAccepts);
  BaseObject::SetProtoMethod(env, tmpl, "reset", TCPWrap::Reset);
  Local<Function> ctor = tmpl->GetFunction(context).ToLocalChecked();
  env->GetBindingData<TCPData>()->constructor.Reset(env->isolate(), ctor);
  SetValue(context, target, "TCP", ctor);
  Local<Object> constants = Object::New(env->isolate());
  SetNumber(context, constants, "SOCKET", kSocket);
  SetNumber(context, constants, "SERVER", kServer);
  SetNumber(context, constants, "UV_TCP_IPV6ONLY", UV_TCP_IPV6ONLY);
  SetValue(context, target, "constants", constants);
  ExportStreamRequestClasses(env, target, "TCPConnectWrap");
}

}  // namespace
}  // namespace rt

RT_BINDING(tcp_wrap, rt::Initialize)
