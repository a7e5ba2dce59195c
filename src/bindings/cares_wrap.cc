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
//
// and the queries of dns.resolve*() and dns.Resolver through c-ares, one ares_channel per
// Resolver (ChannelWrap), driven by the uv loop (a uv_poll_t per socket c-ares opens and
// a uv_timer_t for its timeouts):
//   new ChannelWrap(timeout, tries)
//   channel.queryA(req, name), queryAaaa, queryAny, queryCaa, queryCname, queryMx,
//       queryNaptr, queryNs, queryPtr, querySoa, querySrv, queryTxt -> 0;
//       channel.getHostByAddr(req, ip) -> 0, or UV_EINVAL for a bad address.
//       req is a new QueryReqWrap(); it completes (never synchronously) through
//       req.oncomplete(0, result[, ttls]) or req.oncomplete('ENOTFOUND'|'ETIMEOUT'|...).
//   channel.cancel(): pending queries complete with 'ECANCELLED'
//   channel.getServers() -> [[ip, port], ...]
//   channel.setServers([[family, ip, port], ...]) -> 0 or an ARES_* status (or
//       DNS_ESETSRVPENDING while queries are pending); addresses already valid
//   channel.setLocalAddress(ipv4 | undefined, ipv6 | undefined); addresses already valid
//   aresStrerror(status) -> message of an ARES_* status
#include <ares.h>
#include <arpa/inet.h>
#include <netdb.h>
#include <sys/socket.h>

#include <cstring>
#include <mutex>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "bindings/binding_list.h"
#include "bindings/cares_records.h"
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
            USE(list->Set(context, static_cast<uint32_t>(i),
                          OneByteString(isolate, all[i].c_str())));
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
    case 4:
      family = AF_INET;
      break;
    case 6:
      family = AF_INET6;
      break;
    default:
      family = AF_UNSPEC;
      break;
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

// ---- dns.resolve*: c-ares channels ----

// Node's code for "setServers while queries are pending".
constexpr int kSetServersPending = -1000;

class ChannelWrap;

// Every live channel of the Environment, so that teardown can destroy them.
class CaresData : public BindingData {
 public:
  static const char kKey;
  explicit CaresData(Environment* env);
  std::unordered_set<ChannelWrap*> channels;
};
const char CaresData::kKey = 0;

// One query of a channel. Strong from its start until its oncomplete has run.
class QueryWrap : public BaseObject {
 public:
  QueryWrap(Environment* env, Local<Object> object) : BaseObject(env, object) {}

  static void New(const FunctionCallbackInfo<Value>& args) {
    CHECK(args.IsConstructCall());
    new QueryWrap(Environment::GetCurrent(args.GetIsolate()), args.This());
  }

  ChannelWrap* channel = nullptr;  // set while the query is pending
  dns::QueryType type = dns::QueryType::kA;
  bool by_address = false;  // getHostByAddr: `names` instead of `answer`
  int status = ARES_SUCCESS;
  std::vector<unsigned char> answer;
  std::vector<std::string> names;
};

// A uv_poll_t watching one socket of a channel.
struct SocketPoll {
  uv_poll_t handle;
  ares_socket_t socket;
  ChannelWrap* channel;
};

template <typename T>
void CloseAndDelete(T* handle) {
  uv_close(reinterpret_cast<uv_handle_t*>(handle),
           [](uv_handle_t* h) { delete reinterpret_cast<T*>(h); });
}

// Rules:
// - c-ares callbacks never call into JS: a finished query is queued on the channel and
//   delivered once c-ares has returned (right after ares_process_fd, or from a 0 ms timer
//   when it finished inside a call from JS: a bad name, cancel()), so that JS may start,
//   cancel or reconfigure queries from its callbacks, and callbacks are never synchronous.
// - The channel is strong while a query is pending; every uv handle it owns is allocated
//   apart and freed in its close callback, so none outlives its use of the channel.
class ChannelWrap : public BaseObject {
 public:
  ChannelWrap(Environment* env, Local<Object> object) : BaseObject(env, object) {
    timer_ = new uv_timer_t;
    deferred_ = new uv_timer_t;
    CHECK_EQ(uv_timer_init(env->loop(), timer_), 0);
    CHECK_EQ(uv_timer_init(env->loop(), deferred_), 0);
    timer_->data = this;
    deferred_->data = this;
    env->GetBindingData<CaresData>()->channels.insert(this);
  }

  ~ChannelWrap() override {
    Destroy();
    env()->GetBindingData<CaresData>()->channels.erase(this);
  }

  // Destroys the channel (pending queries finish with EDESTRUCTION, never delivered)
  // and closes every handle. Used by the destructor and at teardown.
  void Destroy() {
    if (channel_ != nullptr) {
      ares_destroy(channel_);  // closes its sockets through OnSockState
      channel_ = nullptr;
    }
    for (auto& entry : polls_) CloseAndDelete(&entry.second->handle);
    polls_.clear();
    if (timer_ != nullptr) CloseAndDelete(timer_);
    if (deferred_ != nullptr) CloseAndDelete(deferred_);
    timer_ = deferred_ = nullptr;
  }

  // new ChannelWrap(timeout, tries)
  static void New(const FunctionCallbackInfo<Value>& args) {
    CHECK(args.IsConstructCall());
    Environment* env = Environment::GetCurrent(args.GetIsolate());
    Local<Context> context = env->context();
    ChannelWrap* wrap = new ChannelWrap(env, args.This());
    int status = wrap->Init(args[0]->Int32Value(context).FromMaybe(-1),
                            args[1]->Int32Value(context).FromMaybe(4));
    if (status != ARES_SUCCESS) {
      args.GetIsolate()->ThrowException(
          v8::Exception::Error(OneByteString(args.GetIsolate(), dns::ErrorCodeName(status))));
    }
  }

  template <dns::QueryType kType>
  static void Query(const FunctionCallbackInfo<Value>& args) {
    ChannelWrap* self = Unwrap<ChannelWrap>(args.This());
    QueryWrap* query = Unwrap<QueryWrap>(args[0]);
    CHECK(query != nullptr && query->channel == nullptr);
    if (self->channel_ == nullptr) return args.GetReturnValue().Set(UV_EINVAL);
    Utf8Value name(args.GetIsolate(), args[1]);
    query->type = kType;
    self->Start(query);
    ares_query(self->channel_, *name, 1 /* class IN */, dns::RecordType(kType), OnAnswer, query);
    self->AfterCallFromJS();
    args.GetReturnValue().Set(0);
  }

  // getHostByAddr(req, ip)
  static void GetHostByAddr(const FunctionCallbackInfo<Value>& args) {
    ChannelWrap* self = Unwrap<ChannelWrap>(args.This());
    QueryWrap* query = Unwrap<QueryWrap>(args[0]);
    CHECK(query != nullptr && query->channel == nullptr);
    Utf8Value ip(args.GetIsolate(), args[1]);
    unsigned char address[sizeof(in6_addr)];
    int family = AF_INET;
    int length = sizeof(in_addr);
    if (uv_inet_pton(AF_INET, *ip, address) != 0) {
      family = AF_INET6;
      length = sizeof(in6_addr);
      if (uv_inet_pton(AF_INET6, *ip, address) != 0) {
        return args.GetReturnValue().Set(UV_EINVAL);
      }
    }
    if (self->channel_ == nullptr) return args.GetReturnValue().Set(UV_EINVAL);
    query->by_address = true;
    self->Start(query);
    ares_gethostbyaddr(self->channel_, address, length, family, OnHost, query);
    self->AfterCallFromJS();
    args.GetReturnValue().Set(0);
  }

  static void Cancel(const FunctionCallbackInfo<Value>& args) {
    ChannelWrap* self = Unwrap<ChannelWrap>(args.This());
    if (self->channel_ == nullptr) return;
    ares_cancel(self->channel_);
    self->AfterCallFromJS();
  }

  static void GetServers(const FunctionCallbackInfo<Value>& args) {
    ChannelWrap* self = Unwrap<ChannelWrap>(args.This());
    Isolate* isolate = args.GetIsolate();
    Local<Context> context = isolate->GetCurrentContext();
    Local<v8::Array> list = v8::Array::New(isolate);
    ares_addr_port_node* servers = nullptr;
    if (self->channel_ == nullptr ||
        ares_get_servers_ports(self->channel_, &servers) != ARES_SUCCESS) {
      return args.GetReturnValue().Set(list);
    }
    uint32_t i = 0;
    for (ares_addr_port_node* server = servers; server != nullptr; server = server->next) {
      char ip[INET6_ADDRSTRLEN];
      uv_inet_ntop(server->family, &server->addr, ip, sizeof(ip));
      Local<Value> pair[2] = {OneByteString(isolate, ip),
                              v8::Integer::New(isolate, server->udp_port)};
      USE(list->Set(context, i++, v8::Array::New(isolate, pair, 2)));
    }
    ares_free_data(servers);
    args.GetReturnValue().Set(list);
  }

  // setServers([[family, ip, port], ...])
  static void SetServers(const FunctionCallbackInfo<Value>& args) {
    ChannelWrap* self = Unwrap<ChannelWrap>(args.This());
    Isolate* isolate = args.GetIsolate();
    Local<Context> context = isolate->GetCurrentContext();
    CHECK(args[0]->IsArray());
    if (self->channel_ == nullptr) return args.GetReturnValue().Set(ARES_ENOTINITIALIZED);
    if (self->active_ > 0) return args.GetReturnValue().Set(kSetServersPending);
    Local<v8::Array> list = args[0].As<v8::Array>();
    uint32_t count = list->Length();
    if (count == 0) {
      return args.GetReturnValue().Set(ares_set_servers_ports(self->channel_, nullptr));
    }
    std::vector<ares_addr_port_node> servers(count);
    for (uint32_t i = 0; i < count; i++) {
      Local<Value> entry;
      if (!list->Get(context, i).ToLocal(&entry) || !entry->IsArray()) {
        return args.GetReturnValue().Set(ARES_EBADSTR);
      }
      Local<v8::Array> server = entry.As<v8::Array>();
      Local<Value> family, ip, port;
      if (!server->Get(context, 0).ToLocal(&family) || !server->Get(context, 1).ToLocal(&ip) ||
          !server->Get(context, 2).ToLocal(&port)) {
        return;
      }
      ares_addr_port_node& node = servers[i];
      node.next = i + 1 < count ? &servers[i + 1] : nullptr;
      node.family = family->Int32Value(context).FromMaybe(4) == 6 ? AF_INET6 : AF_INET;
      Utf8Value text(isolate, ip);
      if (uv_inet_pton(node.family, *text, &node.addr) != 0) {
        return args.GetReturnValue().Set(ARES_EBADSTR);
      }
      node.udp_port = node.tcp_port = port->Int32Value(context).FromMaybe(53);
    }
    args.GetReturnValue().Set(ares_set_servers_ports(self->channel_, servers.data()));
  }

  // setLocalAddress(ipv4 | undefined, ipv6 | undefined): an address left out is reset.
  static void SetLocalAddress(const FunctionCallbackInfo<Value>& args) {
    ChannelWrap* self = Unwrap<ChannelWrap>(args.This());
    Isolate* isolate = args.GetIsolate();
    if (self->channel_ == nullptr) return;
    in_addr ip4 = {};
    if (args[0]->IsString()) USE(uv_inet_pton(AF_INET, *Utf8Value(isolate, args[0]), &ip4));
    ares_set_local_ip4(self->channel_, ntohl(ip4.s_addr));
    unsigned char ip6[sizeof(in6_addr)] = {};
    if (args[1]->IsString()) USE(uv_inet_pton(AF_INET6, *Utf8Value(isolate, args[1]), ip6));
    ares_set_local_ip6(self->channel_, ip6);
  }

 private:
  int Init(int timeout, int tries) {
    static std::once_flag library_init;
    std::call_once(library_init, [] { CHECK_EQ(ares_library_init(ARES_LIB_INIT_ALL), 0); });
    ares_options options;
    memset(&options, 0, sizeof(options));
    options.flags = ARES_FLAG_NOCHECKRESP;
    options.sock_state_cb = OnSockState;
    options.sock_state_cb_data = this;
    options.timeout = timeout;
    options.tries = tries;
    int status = ares_init_options(
        &channel_, &options,
        ARES_OPT_FLAGS | ARES_OPT_TIMEOUTMS | ARES_OPT_SOCK_STATE_CB | ARES_OPT_TRIES);
    if (status != ARES_SUCCESS) channel_ = nullptr;
    return status;
  }

  void Start(QueryWrap* query) {
    query->channel = this;
    query->status = ARES_SUCCESS;
    query->MakeStrong();
    if (active_++ == 0) MakeStrong();
  }

  // c-ares finished a query: keep what it handed over, deliver it later.
  static void OnAnswer(void* arg, int status, int, unsigned char* answer, int length) {
    QueryWrap* query = static_cast<QueryWrap*>(arg);
    query->status = status;
    if (status == ARES_SUCCESS) query->answer.assign(answer, answer + length);
    query->channel->completed_.push_back(query);
  }

  static void OnHost(void* arg, int status, int, hostent* host) {
    QueryWrap* query = static_cast<QueryWrap*>(arg);
    query->status = status;
    if (status == ARES_SUCCESS) {
      for (int i = 0; host->h_aliases[i] != nullptr; i++) {
        query->names.push_back(host->h_aliases[i]);
      }
    }
    query->channel->completed_.push_back(query);
  }

  // Calls req.oncomplete for every finished query. The caller holds a Local of this
  // channel's object, so it stays alive even once weak.
  void DeliverCompleted() {
    if (env()->is_stopping()) return;
    while (!completed_.empty()) {
      std::vector<QueryWrap*> done;
      done.swap(completed_);
      for (QueryWrap* query : done) Deliver(query);
    }
  }

  void Deliver(QueryWrap* query) {
    Environment* env = this->env();
    Isolate* isolate = env->isolate();
    HandleScope scope(isolate);
    Local<Context> context = env->context();
    Context::Scope context_scope(context);
    Local<Object> req = query->object();
    int status = query->status;
    Local<Value> argv[3] = {v8::Integer::New(isolate, 0)};
    int argc = 2;
    if (status == ARES_SUCCESS && query->by_address) {
      Local<v8::Array> names = v8::Array::New(isolate, static_cast<int>(query->names.size()));
      for (size_t i = 0; i < query->names.size(); i++) {
        USE(names->Set(context, static_cast<uint32_t>(i),
                       OneByteString(isolate, query->names[i].c_str())));
      }
      argv[1] = names;
    } else if (status == ARES_SUCCESS) {
      Local<Value> ttls;
      status = dns::ParseAnswer(env, query->type, query->answer.data(),
                                static_cast<int>(query->answer.size()), &argv[1], &ttls);
      if (!ttls.IsEmpty()) argv[argc++] = ttls;
    }
    if (status != ARES_SUCCESS) {
      argv[0] = OneByteString(isolate, dns::ErrorCodeName(status));
      argc = 1;
    }
    query->channel = nullptr;
    query->answer.clear();
    query->names.clear();
    query->MakeWeak();
    if (--active_ == 0) MakeWeak();
    CallOnComplete(env, req, argc, argv);
  }

  // After a call from JS into c-ares: queries it finished at once are delivered later.
  void AfterCallFromJS() {
    if (!completed_.empty() && deferred_ != nullptr) {
      uv_timer_start(deferred_, OnDeferred, 0, 0);
    }
    UpdateTimer();
  }

  // Arms the timer for c-ares's next timeout, if any query is in flight.
  void UpdateTimer() {
    if (channel_ == nullptr || timer_ == nullptr) return;
    timeval tv;
    if (active_ == 0 || ares_timeout(channel_, nullptr, &tv) == nullptr) {
      uv_timer_stop(timer_);
      return;
    }
    uint64_t ms = static_cast<uint64_t>(tv.tv_sec) * 1000 + (tv.tv_usec + 999) / 1000;
    uv_timer_start(timer_, OnTimer, ms, 0);
  }

  // c-ares wants (or no longer wants) to hear about `socket`.
  static void OnSockState(void* data, ares_socket_t socket, int readable, int writable) {
    ChannelWrap* self = static_cast<ChannelWrap*>(data);
    auto it = self->polls_.find(socket);
    if (!readable && !writable) {
      if (it == self->polls_.end()) return;
      CloseAndDelete(&it->second->handle);
      self->polls_.erase(it);
      return;
    }
    SocketPoll* poll;
    if (it != self->polls_.end()) {
      poll = it->second;
    } else {
      poll = new SocketPoll{{}, socket, self};
      if (uv_poll_init_socket(self->env()->loop(), &poll->handle, socket) != 0) {
        delete poll;
        return;
      }
      poll->handle.data = poll;
      self->polls_.emplace(socket, poll);
    }
    uv_poll_start(&poll->handle, (readable ? UV_READABLE : 0) | (writable ? UV_WRITABLE : 0),
                  OnPoll);
  }

  static void OnPoll(uv_poll_t* handle, int status, int events) {
    SocketPoll* poll = static_cast<SocketPoll*>(handle->data);
    ChannelWrap* self = poll->channel;
    ares_socket_t socket = poll->socket;  // `poll` may be freed by ares_process_fd
    HandleScope scope(self->env()->isolate());
    [[maybe_unused]] Local<Object> keep_alive = self->object();
    if (status < 0) {
      ares_process_fd(self->channel_, socket, socket);  // c-ares sees the error itself
    } else {
      ares_process_fd(self->channel_, (events & UV_READABLE) ? socket : ARES_SOCKET_BAD,
                      (events & UV_WRITABLE) ? socket : ARES_SOCKET_BAD);
    }
    self->DeliverCompleted();
    self->UpdateTimer();
  }

  static void OnTimer(uv_timer_t* handle) {
    ChannelWrap* self = static_cast<ChannelWrap*>(handle->data);
    HandleScope scope(self->env()->isolate());
    [[maybe_unused]] Local<Object> keep_alive = self->object();
    ares_process_fd(self->channel_, ARES_SOCKET_BAD, ARES_SOCKET_BAD);
    self->DeliverCompleted();
    self->UpdateTimer();
  }

  static void OnDeferred(uv_timer_t* handle) {
    ChannelWrap* self = static_cast<ChannelWrap*>(handle->data);
    HandleScope scope(self->env()->isolate());
    [[maybe_unused]] Local<Object> keep_alive = self->object();
    self->DeliverCompleted();
    self->UpdateTimer();
  }

  ares_channel channel_ = nullptr;
  uv_timer_t* timer_ = nullptr;     // c-ares timeouts
  uv_timer_t* deferred_ = nullptr;  // delivery of queries finished inside calls from JS
  std::unordered_map<ares_socket_t, SocketPoll*> polls_;
  std::vector<QueryWrap*> completed_;
  int active_ = 0;  // queries started and not yet delivered
};

CaresData::CaresData(Environment* env) {
  env->AddCleanupHook([this] {
    std::vector<ChannelWrap*> open(channels.begin(), channels.end());
    for (ChannelWrap* channel : open) channel->Destroy();
  });
}

void AresStrError(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  int code = args[0]->Int32Value(isolate->GetCurrentContext()).FromMaybe(0);
  const char* message =
      code == kSetServersPending ? "There are pending queries." : ares_strerror(code);
  args.GetReturnValue().Set(OneByteString(isolate, message));
}

void InitializeChannel(Environment* env, Local<Object> target) {
  Local<Context> context = env->context();
  Local<v8::FunctionTemplate> query_tmpl =
      BaseObject::MakeTemplate(env, QueryWrap::New, "QueryReqWrap");
  SetValue(context, target, "QueryReqWrap", query_tmpl->GetFunction(context).ToLocalChecked());

  Local<v8::FunctionTemplate> tmpl = BaseObject::MakeTemplate(env, ChannelWrap::New, "ChannelWrap");
  using dns::QueryType;
  BaseObject::SetProtoMethod(env, tmpl, "queryA", ChannelWrap::Query<QueryType::kA>);
  BaseObject::SetProtoMethod(env, tmpl, "queryAaaa", ChannelWrap::Query<QueryType::kAaaa>);
  BaseObject::SetProtoMethod(env, tmpl, "queryAny", ChannelWrap::Query<QueryType::kAny>);
  BaseObject::SetProtoMethod(env, tmpl, "queryCaa", ChannelWrap::Query<QueryType::kCaa>);
  BaseObject::SetProtoMethod(env, tmpl, "queryCname", ChannelWrap::Query<QueryType::kCname>);
  BaseObject::SetProtoMethod(env, tmpl, "queryMx", ChannelWrap::Query<QueryType::kMx>);
  BaseObject::SetProtoMethod(env, tmpl, "queryNaptr", ChannelWrap::Query<QueryType::kNaptr>);
  BaseObject::SetProtoMethod(env, tmpl, "queryNs", ChannelWrap::Query<QueryType::kNs>);
  BaseObject::SetProtoMethod(env, tmpl, "queryPtr", ChannelWrap::Query<QueryType::kPtr>);
  BaseObject::SetProtoMethod(env, tmpl, "querySoa", ChannelWrap::Query<QueryType::kSoa>);
  BaseObject::SetProtoMethod(env, tmpl, "querySrv", ChannelWrap::Query<QueryType::kSrv>);
  BaseObject::SetProtoMethod(env, tmpl, "queryTxt", ChannelWrap::Query<QueryType::kTxt>);
  BaseObject::SetProtoMethod(env, tmpl, "getHostByAddr", ChannelWrap::GetHostByAddr);
  BaseObject::SetProtoMethod(env, tmpl, "cancel", ChannelWrap::Cancel);
  BaseObject::SetProtoMethod(env, tmpl, "getServers", ChannelWrap::GetServers);
  BaseObject::SetProtoMethod(env, tmpl, "setServers", ChannelWrap::SetServers);
  BaseObject::SetProtoMethod(env, tmpl, "setLocalAddress", ChannelWrap::SetLocalAddress);
  SetValue(context, target, "ChannelWrap", tmpl->GetFunction(context).ToLocalChecked());
  SetMethod(context, target, "aresStrerror", AresStrError);
  SetNumber(context, target, "DNS_ESETSRVPENDING", kSetServersPending);
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
  InitializeChannel(env, target);
}

}  // namespace
}  // namespace rt

RT_BINDING(cares_wrap, rt::Initialize)
