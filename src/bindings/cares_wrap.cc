// The `cares_wrap` binding: name lookups through the system resolver (libuv's
// getaddrinfo/getnameinfo thread pool), as dns.lookup and dns.lookupService use them.
//
// JS API:
//   new GetAddrInfoReqWrap(); getaddrinfo(req, hostname, family, hints, order)
//       -> 0 or a negative code; later req.oncomplete(err, addresses[])
//       family 0/4/6; hints: AI_ADDRCONFIG | AI_V4MAPPED | AI_ALL;
//       order: DNS_ORDER_VERBATIM, DNS_ORDER_IPV4_FIRST, DNS_ORDER_IPV6_FIRST
//   new GetNameInfoReqWrap(); getnameinfo(req, ip, port)
//       -> 0 or a negative code; later req.oncomplete(err, hostname, service)
//   canonicalizeIP(ip) -> normalized text of an IPv4/IPv6 address, or undefined
//   strerror(code) -> message of a libuv getaddrinfo code
#include <arpa/inet.h>
#include <netdb.h>
#include <sys/socket.h>

#include <cstring>
#include <string>
#include <vector>

#include "bindings/binding_list.h"
#include "runtime/environment.h"
#include "runtime/req_wrap.h"
#include "util/v8_util.h"

namespace rt {
namespace {

using v8::Context;
using v8::FunctionCallbackInfo;
using v8::HandleScope;
using v8::Isolate;
using v8::Local;
using v8::Object;
using v8::Value;

enum DnsOrder { kOrderVerbatim = 0, kOrderIPv4First = 1, kOrderIPv6First = 2 };

// Calls obj.oncomplete(args...) through MakeCallback.
void CallOnComplete(Environment* env, Local<Object> obj, int argc, Local<Value>* argv) {
  Local<Value> fn;
  if (!obj->Get(env->context(), Symbol(env->isolate(), "oncomplete")).ToLocal(&fn) ||
      !fn->IsFunction()) {
    return;
  }
  USE(env->MakeCallback(obj, fn.As<v8::Function>(), argc, argv));
}

class GetAddrInfoReqWrap : public ReqWrap<uv_getaddrinfo_t> {
 public:
  GetAddrInfoReqWrap(Environment* env, Local<Object> object) : ReqWrap(env, object) {}
  int order = kOrderVerbatim;

  static void New(const FunctionCallbackInfo<Value>& args) {
    CHECK(args.IsConstructCall());
    new GetAddrInfoReqWrap(Environment::GetCurrent(args.GetIsolate()), args.This());
  }

  static void OnComplete(uv_getaddrinfo_t* req, int status, struct addrinfo* res) {
    GetAddrInfoReqWrap* wrap = static_cast<GetAddrInfoReqWrap*>(From(req));
    Environment* env = wrap->env();
    if (!env->is_stopping()) {
      Isolate* isolate = env->isolate();
      HandleScope scope(isolate);
      Local<Context> context = env->context();
      Context::Scope context_scope(context);
      Local<Value> argv[2] = {v8::Integer::New(isolate, status), v8::Null(isolate)};
      if (status == 0) {
        std::vector<std::string> v4, v6, all;
        for (addrinfo* p = res; p != nullptr; p = p->ai_next) {
          char ip[INET6_ADDRSTRLEN];
          if (p->ai_family == AF_INET) {
            uv_inet_ntop(AF_INET, &reinterpret_cast<sockaddr_in*>(p->ai_addr)->sin_addr, ip,
                         sizeof(ip));
            v4.push_back(ip);
          } else if (p->ai_family == AF_INET6) {
            uv_inet_ntop(AF_INET6, &reinterpret_cast<sockaddr_in6*>(p->ai_addr)->sin6_addr, ip,
                         sizeof(ip));
            v6.push_back(ip);
          } else {
            continue;
          }
          all.push_back(ip);
        }
        if (wrap->order == kOrderIPv4First) {
          all = v4;
          all.insert(all.end(), v6.begin(), v6.end());
        } else if (wrap->order == kOrderIPv6First) {
          all = v6;
          all.insert(all.end(), v4.begin(), v4.end());
        }
        if (all.empty()) {
          argv[0] = v8::Integer::New(isolate, UV_EAI_NODATA);
        } else {
          Local<v8::Array> list = v8::Array::New(isolate, static_cast<int>(all.size()));
          for (size_t i = 0; i < all.size(); i++) {
            USE(list->Set(context, static_cast<uint32_t>(i), OneByteString(isolate, all[i].c_str())));
          }
          argv[1] = list;
        }
      }
      CallOnComplete(env, wrap->object(), 2, argv);
    }
    uv_freeaddrinfo(res);
    wrap->Done();
  }
};

class GetNameInfoReqWrap : public ReqWrap<uv_getnameinfo_t> {
 public:
  GetNameInfoReqWrap(Environment* env, Local<Object> object) : ReqWrap(env, object) {}

  static void New(const FunctionCallbackInfo<Value>& args) {
    CHECK(args.IsConstructCall());
    new GetNameInfoReqWrap(Environment::GetCurrent(args.GetIsolate()), args.This());
  }

  static void OnComplete(uv_getnameinfo_t* req, int status, const char* hostname,
                         const char* service) {
    GetNameInfoReqWrap* wrap = static_cast<GetNameInfoReqWrap*>(From(req));
    Environment* env = wrap->env();
    if (!env->is_stopping()) {
      Isolate* isolate = env->isolate();
      HandleScope scope(isolate);
      Context::Scope context_scope(env->context());
      Local<Value> argv[3] = {v8::Integer::New(isolate, status), v8::Undefined(isolate),
                              v8::Undefined(isolate)};
      if (status == 0) {
        argv[1] = Utf8String(isolate, hostname);
        argv[2] = Utf8String(isolate, service);
      }
      CallOnComplete(env, wrap->object(), 3, argv);
    }
    wrap->Done();
  }
};

// getaddrinfo(req, hostname, family, hints, order)
void GetAddrInfo(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  GetAddrInfoReqWrap* req = BaseObject::Unwrap<GetAddrInfoReqWrap>(args[0]);
  CHECK(req != nullptr);
  Utf8Value hostname(isolate, args[1]);
  int family;
  switch (args[2]->Int32Value(context).FromMaybe(0)) {
    case 4: family = AF_INET; break;
    case 6: family = AF_INET6; break;
    default: family = AF_UNSPEC; break;
  }
  req->order = args[4]->IsTrue() ? kOrderVerbatim : args[4]->Int32Value(context).FromMaybe(0);
  addrinfo hints;
  memset(&hints, 0, sizeof(hints));
  hints.ai_family = family;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = args[3]->Int32Value(context).FromMaybe(0);
  Environment* env = Environment::GetCurrent(isolate);
  args.GetReturnValue().Set(req->Dispatch(uv_getaddrinfo, env->loop(), req->req(),
                                          GetAddrInfoReqWrap::OnComplete, *hostname, nullptr,
                                          &hints));
}

// getnameinfo(req, ip, port)
void GetNameInfo(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  GetNameInfoReqWrap* req = BaseObject::Unwrap<GetNameInfoReqWrap>(args[0]);
  CHECK(req != nullptr);
  Utf8Value ip(isolate, args[1]);
  int port = args[2]->Int32Value(isolate->GetCurrentContext()).FromMaybe(0);
  sockaddr_storage addr;
  if (uv_ip4_addr(*ip, port, reinterpret_cast<sockaddr_in*>(&addr)) != 0 &&
      uv_ip6_addr(*ip, port, reinterpret_cast<sockaddr_in6*>(&addr)) != 0) {
    return args.GetReturnValue().Set(UV_EINVAL);
  }
  Environment* env = Environment::GetCurrent(isolate);
  args.GetReturnValue().Set(req->Dispatch(uv_getnameinfo, env->loop(), req->req(),
                                          GetNameInfoReqWrap::OnComplete,
                                          reinterpret_cast<const sockaddr*>(&addr), NI_NAMEREQD));
}

void CanonicalizeIP(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  Utf8Value ip(isolate, args[0]);
  unsigned char buf[sizeof(struct in6_addr)];
  char out[INET6_ADDRSTRLEN];
  int family = AF_INET;
  if (uv_inet_pton(AF_INET, *ip, buf) != 0) {
    family = AF_INET6;
    if (uv_inet_pton(AF_INET6, *ip, buf) != 0) return;
  }
  if (uv_inet_ntop(family, buf, out, sizeof(out)) != 0) return;
  args.GetReturnValue().Set(OneByteString(isolate, out));
}

void StrError(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  int code = args[0]->Int32Value(isolate->GetCurrentContext()).FromMaybe(0);
  args.GetReturnValue().Set(OneByteString(isolate, uv_strerror(code)));
}

void ExportClass(Environment* env, Local<Object> target, const char* name,
                 v8::FunctionCallback constructor) {
  Local<v8::FunctionTemplate> tmpl = BaseObject::MakeTemplate(env, constructor, name);
  SetValue(env->context(), target, name, tmpl->GetFunction(env->context()).ToLocalChecked());
}

void Initialize(Environment* env, Local<Object> target) {
  Local<Context> context = env->context();
  ExportClass(env, target, "GetAddrInfoReqWrap", GetAddrInfoReqWrap::New);
  ExportClass(env, target, "GetNameInfoReqWrap", GetNameInfoReqWrap::New);
  SetMethod(context, target, "getaddrinfo", GetAddrInfo);
  SetMethod(context, target, "getnameinfo", GetNameInfo);
  SetMethod(context, target, "canonicalizeIP", CanonicalizeIP);
  SetMethod(context, target, "strerror", StrError);
  SetNumber(context, target, "AI_ADDRCONFIG", AI_ADDRCONFIG);
  SetNumber(context, target, "AI_ALL", AI_ALL);
  SetNumber(context, target, "AI_V4MAPPED", AI_V4MAPPED);
  SetNumber(context, target, "DNS_ORDER_VERBATIM", kOrderVerbatim);
  SetNumber(context, target, "DNS_ORDER_IPV4_FIRST", kOrderIPv4First);
  SetNumber(context, target, "DNS_ORDER_IPV6_FIRST", kOrderIPv6First);
}

}  // namespace
}  // namespace rt

RT_BINDING(cares_wrap, rt::Initialize)
