// DNS answer parsing for the cares_wrap binding (see cares_records.h).
#include "bindings/cares_records.h"

#include <ares.h>
#include <netdb.h>

#include <memory>
#include <string>

#include "runtime/environment.h"
#include "util/v8_util.h"

namespace rt {
namespace dns {
namespace {

using v8::Array;
using v8::Context;
using v8::Integer;
using v8::Isolate;
using v8::Local;
using v8::Object;
using v8::String;
using v8::Value;

// Enough for any answer that fits in a UDP or TCP DNS message of sane size.
constexpr int kMaxAddrTtls = 256;

struct HostentDeleter {
  void operator()(hostent* host) const { ares_free_hostent(host); }
};
struct AresDataDeleter {
  void operator()(void* data) const { ares_free_data(data); }
};
using HostentPtr = std::unique_ptr<hostent, HostentDeleter>;
template <typename T>
using AresDataPtr = std::unique_ptr<T, AresDataDeleter>;

// Builds JS values; every record field is a Latin-1 string or a small integer.
class Builder {
 public:
  explicit Builder(Environment* env) : isolate_(env->isolate()), context_(env->context()) {}

  Local<String> Str(const void* text, int length = -1) {
    return OneByteString(isolate_, static_cast<const char*>(text), length);
  }
  void Push(Local<Array> list, Local<Value> value) {
    USE(list->Set(context_, list->Length(), value));
  }
  void Field(Local<Object> obj, const char* name, Local<Value> value) {
    USE(obj->Set(context_, Symbol(isolate_, name), value));
  }
  void Field(Local<Object> obj, const char* name, const char* text) { Field(obj, name, Str(text)); }
  void Field(Local<Object> obj, const char* name, double number) {
    Field(obj, name, v8::Number::New(isolate_, number));
  }
  // For ANY answers every record says what it is.
  void Tag(Local<Object> obj, const char* type, bool tagged) {
    if (tagged) Field(obj, "type", type);
  }
  Local<Object> NewObject() { return Object::New(isolate_); }
  Local<Array> NewArray() { return Array::New(isolate_); }
  Isolate* isolate() const { return isolate_; }
  Local<Context> context() const { return context_; }

 private:
  Isolate* isolate_;
  Local<Context> context_;
};

void PushAddresses(Builder& b, const hostent* host, Local<Array> out) {
  char ip[INET6_ADDRSTRLEN];
  for (int i = 0; host->h_addr_list[i] != nullptr; i++) {
    uv_inet_ntop(host->h_addrtype, host->h_addr_list[i], ip, sizeof(ip));
    b.Push(out, b.Str(ip));
  }
}

void PushAliases(Builder& b, const hostent* host, Local<Array> out) {
  for (int i = 0; host->h_aliases[i] != nullptr; i++) b.Push(out, b.Str(host->h_aliases[i]));
}

// A answers. `cname_or_a` is the ANY case: an answer whose hostent carries aliases
// is a CNAME chain and yields the canonical name instead of addresses.
int ParseA(Builder& b, const unsigned char* buf, int len, Local<Array> out, Local<Array> ttls,
           bool* is_cname) {
  hostent* raw = nullptr;
  ares_addrttl addrttls[kMaxAddrTtls];
  int count = kMaxAddrTtls;
  int status = ares_parse_a_reply(buf, len, &raw, addrttls, &count);
  if (status != ARES_SUCCESS) return status;
  HostentPtr host(raw);
  if (is_cname != nullptr && host->h_name != nullptr && host->h_aliases[0] != nullptr) {
    *is_cname = true;
    b.Push(out, b.Str(host->h_name));
    return ARES_SUCCESS;
  }
  PushAddresses(b, host.get(), out);
  for (int i = 0; i < count; i++) {
    b.Push(ttls, Integer::NewFromUnsigned(b.isolate(), static_cast<uint32_t>(addrttls[i].ttl)));
  }
  return ARES_SUCCESS;
}

int ParseAaaa(Builder& b, const unsigned char* buf, int len, Local<Array> out, Local<Array> ttls) {
  hostent* raw = nullptr;
  ares_addr6ttl addrttls[kMaxAddrTtls];
  int count = kMaxAddrTtls;
  int status = ares_parse_aaaa_reply(buf, len, &raw, addrttls, &count);
  if (status != ARES_SUCCESS) return status;
  HostentPtr host(raw);
  PushAddresses(b, host.get(), out);
  for (int i = 0; i < count; i++) {
    b.Push(ttls, Integer::NewFromUnsigned(b.isolate(), static_cast<uint32_t>(addrttls[i].ttl)));
  }
  return ARES_SUCCESS;
}

int ParseCname(Builder& b, const unsigned char* buf, int len, Local<Array> out) {
  hostent* raw = nullptr;
  int status = ares_parse_a_reply(buf, len, &raw, nullptr, nullptr);
  if (status != ARES_SUCCESS) return status;
  HostentPtr host(raw);
  b.Push(out, b.Str(host->h_name));
  return ARES_SUCCESS;
}

// NS and PTR answers: the names are the hostent's aliases. `type` tags them for ANY.
int ParseNames(Builder& b, const unsigned char* buf, int len, bool ptr, Local<Array> out,
               const char* type) {
  hostent* raw = nullptr;
  int status = ptr ? ares_parse_ptr_reply(buf, len, nullptr, 0, AF_INET, &raw)
                   : ares_parse_ns_reply(buf, len, &raw);
  if (status != ARES_SUCCESS) return status;
  HostentPtr host(raw);
  if (type == nullptr) {
    PushAliases(b, host.get(), out);
    return ARES_SUCCESS;
  }
  for (int i = 0; host->h_aliases[i] != nullptr; i++) {
    Local<Object> obj = b.NewObject();
    b.Field(obj, "value", host->h_aliases[i]);
    b.Field(obj, "type", type);
    b.Push(out, obj);
  }
  return ARES_SUCCESS;
}

int ParseMx(Builder& b, const unsigned char* buf, int len, Local<Array> out, bool tagged) {
  ares_mx_reply* raw = nullptr;
  int status = ares_parse_mx_reply(buf, len, &raw);
  if (status != ARES_SUCCESS) return status;
  AresDataPtr<ares_mx_reply> list(raw);
  for (ares_mx_reply* mx = raw; mx != nullptr; mx = mx->next) {
    Local<Object> obj = b.NewObject();
    b.Field(obj, "exchange", mx->host);
    b.Field(obj, "priority", mx->priority);
    b.Tag(obj, "MX", tagged);
    b.Push(out, obj);
  }
  return ARES_SUCCESS;
}

// TXT: one array of strings per record (a record may be split into chunks).
int ParseTxt(Builder& b, const unsigned char* buf, int len, Local<Array> out, bool tagged) {
  ares_txt_ext* raw = nullptr;
  int status = ares_parse_txt_reply_ext(buf, len, &raw);
  if (status != ARES_SUCCESS) return status;
  AresDataPtr<ares_txt_ext> list(raw);
  Local<Array> chunks;
  auto flush = [&]() {
    if (chunks.IsEmpty()) return;
    if (tagged) {
      Local<Object> obj = b.NewObject();
      b.Field(obj, "entries", chunks);
      b.Field(obj, "type", "TXT");
      b.Push(out, obj);
    } else {
      b.Push(out, chunks);
    }
  };
  for (ares_txt_ext* txt = raw; txt != nullptr; txt = txt->next) {
    if (txt->record_start || chunks.IsEmpty()) {
      flush();
      chunks = b.NewArray();
    }
    b.Push(chunks, b.Str(txt->txt, static_cast<int>(txt->length)));
  }
  flush();
  return ARES_SUCCESS;
}

int ParseSrv(Builder& b, const unsigned char* buf, int len, Local<Array> out, bool tagged) {
  ares_srv_reply* raw = nullptr;
  int status = ares_parse_srv_reply(buf, len, &raw);
  if (status != ARES_SUCCESS) return status;
  AresDataPtr<ares_srv_reply> list(raw);
  for (ares_srv_reply* srv = raw; srv != nullptr; srv = srv->next) {
    Local<Object> obj = b.NewObject();
    b.Field(obj, "name", srv->host);
    b.Field(obj, "port", srv->port);
    b.Field(obj, "priority", srv->priority);
    b.Field(obj, "weight", srv->weight);
    b.Tag(obj, "SRV", tagged);
    b.Push(out, obj);
  }
  return ARES_SUCCESS;
}

int ParseNaptr(Builder& b, const unsigned char* buf, int len, Local<Array> out, bool tagged) {
  ares_naptr_reply* raw = nullptr;
  int status = ares_parse_naptr_reply(buf, len, &raw);
  if (status != ARES_SUCCESS) return status;
  AresDataPtr<ares_naptr_reply> list(raw);
  for (ares_naptr_reply* naptr = raw; naptr != nullptr; naptr = naptr->next) {
    Local<Object> obj = b.NewObject();
    b.Field(obj, "flags", b.Str(naptr->flags));
    b.Field(obj, "service", b.Str(naptr->service));
    b.Field(obj, "regexp", b.Str(naptr->regexp));
    b.Field(obj, "replacement", naptr->replacement);
    b.Field(obj, "order", naptr->order);
    b.Field(obj, "preference", naptr->preference);
    b.Tag(obj, "NAPTR", tagged);
    b.Push(out, obj);
  }
  return ARES_SUCCESS;
}

int ParseSoa(Builder& b, const unsigned char* buf, int len, Local<Object>* out) {
  ares_soa_reply* raw = nullptr;
  int status = ares_parse_soa_reply(buf, len, &raw);
  if (status != ARES_SUCCESS) return status;
  AresDataPtr<ares_soa_reply> soa(raw);
  Local<Object> obj = b.NewObject();
  b.Field(obj, "nsname", raw->nsname);
  b.Field(obj, "hostmaster", raw->hostmaster);
  b.Field(obj, "serial", raw->serial);
  b.Field(obj, "refresh", raw->refresh);
  b.Field(obj, "retry", raw->retry);
  b.Field(obj, "expire", raw->expire);
  b.Field(obj, "minttl", raw->minttl);
  *out = obj;
  return ARES_SUCCESS;
}

int ParseCaa(Builder& b, const unsigned char* buf, int len, Local<Array> out, bool tagged) {
  ares_caa_reply* raw = nullptr;
  int status = ares_parse_caa_reply(buf, len, &raw);
  if (status != ARES_SUCCESS) return status;
  AresDataPtr<ares_caa_reply> list(raw);
  for (ares_caa_reply* caa = raw; caa != nullptr; caa = caa->next) {
    Local<Object> obj = b.NewObject();
    b.Field(obj, "critical", caa->critical);
    USE(obj->Set(b.context(), b.Str(caa->property, static_cast<int>(caa->plength)),
                 b.Str(caa->value, static_cast<int>(caa->length))));
    b.Tag(obj, "CAA", tagged);
    b.Push(out, obj);
  }
  return ARES_SUCCESS;
}

uint32_t Read16(const unsigned char* p) {
  return (p[0] << 8) | p[1];
}
uint32_t Read32(const unsigned char* p) {
  return (static_cast<uint32_t>(p[0]) << 24) | (p[1] << 16) | (p[2] << 8) | p[3];
}

// Expands the (possibly compressed) name at `*p` and moves `*p` past it.
bool ExpandName(const unsigned char* buf, int len, const unsigned char** p, std::string* out) {
  char* name = nullptr;
  long encoded_length = 0;  // NOLINT(runtime/int): c-ares's type
  if (ares_expand_name(*p, buf, len, &name, &encoded_length) != ARES_SUCCESS) return false;
  if (out != nullptr) *out = name;
  ares_free_string(name);
  *p += encoded_length;
  return *p <= buf + len;
}

// The SOA record among an ANY answer's records, if any (ares_parse_soa_reply calls
// an answer without one malformed).
int FindSoa(Builder& b, const unsigned char* buf, int len, Local<Object>* out) {
  const unsigned char* end = buf + len;
  if (len < 12) return ARES_EBADRESP;
  uint32_t questions = Read16(buf + 4);
  uint32_t answers = Read16(buf + 6);
  const unsigned char* p = buf + 12;
  for (uint32_t i = 0; i < questions; i++) {
    if (!ExpandName(buf, len, &p, nullptr) || p + 4 > end) return ARES_EBADRESP;
    p += 4;
  }
  for (uint32_t i = 0; i < answers; i++) {
    if (!ExpandName(buf, len, &p, nullptr) || p + 10 > end) return ARES_EBADRESP;
    uint32_t type = Read16(p);
    uint32_t klass = Read16(p + 2);
    uint32_t rdlength = Read16(p + 8);
    p += 10;
    if (p + rdlength > end) return ARES_EBADRESP;
    if (type == 6 && klass == 1) {
      std::string nsname, hostmaster;
      const unsigned char* q = p;
      if (!ExpandName(buf, len, &q, &nsname) || !ExpandName(buf, len, &q, &hostmaster) ||
          q + 20 > end) {
        return ARES_EBADRESP;
      }
      Local<Object> obj = b.NewObject();
      b.Field(obj, "nsname", nsname.c_str());
      b.Field(obj, "hostmaster", hostmaster.c_str());
      b.Field(obj, "serial", Read32(q));
      b.Field(obj, "refresh", Read32(q + 4));
      b.Field(obj, "retry", Read32(q + 8));
      b.Field(obj, "expire", Read32(q + 12));
      b.Field(obj, "minttl", Read32(q + 16));
      b.Field(obj, "type", "SOA");
      *out = obj;
      return ARES_SUCCESS;
    }
    p += rdlength;
  }
  return ARES_ENODATA;
}

bool Usable(int status) {
  return status == ARES_SUCCESS || status == ARES_ENODATA;
}

// ANY: every record type Node knows, in Node's order, each object tagged with `type`.
int ParseAny(Builder& b, const unsigned char* buf, int len, Local<Array> out) {
  Local<Array> values = b.NewArray();
  Local<Array> ttls = b.NewArray();
  bool is_cname = false;
  int status = ParseA(b, buf, len, values, ttls, &is_cname);
  if (!Usable(status)) return status;
  for (uint32_t i = 0; i < values->Length(); i++) {
    Local<Object> obj = b.NewObject();
    Local<Value> value = values->Get(b.context(), i).ToLocalChecked();
    if (is_cname) {
      b.Field(obj, "value", value);
      b.Field(obj, "type", "CNAME");
    } else {
      b.Field(obj, "address", value);
      b.Field(obj, "ttl", ttls->Get(b.context(), i).ToLocalChecked());
      b.Field(obj, "type", "A");
    }
    b.Push(out, obj);
  }

  values = b.NewArray();
  ttls = b.NewArray();
  status = ParseAaaa(b, buf, len, values, ttls);
  if (!Usable(status)) return status;
  for (uint32_t i = 0; i < values->Length(); i++) {
    Local<Object> obj = b.NewObject();
    b.Field(obj, "address", values->Get(b.context(), i).ToLocalChecked());
    b.Field(obj, "ttl", ttls->Get(b.context(), i).ToLocalChecked());
    b.Field(obj, "type", "AAAA");
    b.Push(out, obj);
  }

  if (!Usable(status = ParseMx(b, buf, len, out, true))) return status;
  if (!Usable(status = ParseNames(b, buf, len, false, out, "NS"))) return status;
  if (!Usable(status = ParseTxt(b, buf, len, out, true))) return status;
  if (!Usable(status = ParseSrv(b, buf, len, out, true))) return status;
  if (!Usable(status = ParseNames(b, buf, len, true, out, "PTR"))) return status;
  if (!Usable(status = ParseNaptr(b, buf, len, out, true))) return status;
  Local<Object> soa;
  if (!Usable(status = FindSoa(b, buf, len, &soa))) return status;
  if (!soa.IsEmpty()) b.Push(out, soa);
  if (!Usable(status = ParseCaa(b, buf, len, out, true))) return status;
  return ARES_SUCCESS;
}

}  // namespace

int RecordType(QueryType type) {
  switch (type) {
    case QueryType::kA:
      return 1;
    case QueryType::kAaaa:
      return 28;
    case QueryType::kAny:
      return 255;
    case QueryType::kCaa:
      return 257;
    case QueryType::kCname:
      return 5;
    case QueryType::kMx:
      return 15;
    case QueryType::kNaptr:
      return 35;
    case QueryType::kNs:
      return 2;
    case QueryType::kPtr:
      return 12;
    case QueryType::kSoa:
      return 6;
    case QueryType::kSrv:
      return 33;
    case QueryType::kTxt:
      return 16;
  }
  return 0;
}

int ParseAnswer(Environment* env, QueryType type, const unsigned char* buf, int len,
                Local<Value>* result, Local<Value>* ttls) {
  Builder b(env);
  Local<Array> out = b.NewArray();
  int status;
  switch (type) {
    case QueryType::kA:
    case QueryType::kAaaa: {
      Local<Array> ttl_list = b.NewArray();
      status = type == QueryType::kA ? ParseA(b, buf, len, out, ttl_list, nullptr)
                                     : ParseAaaa(b, buf, len, out, ttl_list);
      *ttls = ttl_list;
      break;
    }
    case QueryType::kAny:
      status = ParseAny(b, buf, len, out);
      break;
    case QueryType::kCaa:
      status = ParseCaa(b, buf, len, out, false);
      break;
    case QueryType::kCname:
      status = ParseCname(b, buf, len, out);
      break;
    case QueryType::kMx:
      status = ParseMx(b, buf, len, out, false);
      break;
    case QueryType::kNaptr:
      status = ParseNaptr(b, buf, len, out, false);
      break;
    case QueryType::kNs:
      status = ParseNames(b, buf, len, false, out, nullptr);
      break;
    case QueryType::kPtr:
      status = ParseNames(b, buf, len, true, out, nullptr);
      break;
    case QueryType::kSrv:
      status = ParseSrv(b, buf, len, out, false);
      break;
    case QueryType::kTxt:
      status = ParseTxt(b, buf, len, out, false);
      break;
    case QueryType::kSoa: {
      Local<Object> soa;
      status = ParseSoa(b, buf, len, &soa);
      if (status == ARES_SUCCESS) *result = soa;
      return status;
    }
    default:
      status = ARES_ENOTIMP;
      break;
  }
  if (status == ARES_SUCCESS) *result = out;
  return status;
}

const char* ErrorCodeName(int status) {
  switch (status) {
#define V(code)     \
  case ARES_##code: \
    return #code;
    V(ENODATA)
    V(EFORMERR)
    V(ESERVFAIL)
    V(ENOTFOUND)
    V(ENOTIMP)
    V(EREFUSED)
    V(EBADQUERY)
    V(EBADNAME)
    V(EBADFAMILY)
    V(EBADRESP)
    V(ECONNREFUSED)
    V(ETIMEOUT)
    V(EOF)
    V(EFILE)
    V(ENOMEM)
    V(EDESTRUCTION)
    V(EBADSTR)
    V(EBADFLAGS)
    V(ENONAME)
    V(EBADHINTS)
    V(ENOTINITIALIZED)
    V(ELOADIPHLPAPI)
    V(EADDRGETNETWORKPARAMS)
    V(ECANCELLED)
#undef V
  }
  return "UNKNOWN_ARES_ERROR";
}

}  // namespace dns
}  // namespace rt
