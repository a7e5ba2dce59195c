// The `crypto` binding's shared helpers (see crypto_util.h) and its registration:
// one binding object filled by each area's Init* function.
#include "bindings/crypto/crypto_util.h"

#include <openssl/dh.h>
#include <openssl/ec.h>
#include <openssl/engine.h>
#include <openssl/err.h>
#include <openssl/rsa.h>
#include <openssl/ssl.h>

#include <algorithm>
#include <cstring>

#include "bindings/binding_list.h"
#include "util/encoding.h"

namespace rt {
namespace crypto {

using v8::Context;
using v8::FunctionCallbackInfo;
using v8::HandleScope;
using v8::Isolate;
using v8::Local;
using v8::MaybeLocal;
using v8::Object;
using v8::String;
using v8::Value;

const char CryptoData::kKey = 0;

CryptoData::~CryptoData() {
  for (auto& entry : digests_) {
    if (entry.owned) EVP_MD_free(static_cast<EVP_MD*>(const_cast<void*>(entry.value)));
  }
  for (auto& entry : ciphers_) {
    if (entry.owned) EVP_CIPHER_free(static_cast<EVP_CIPHER*>(const_cast<void*>(entry.value)));
  }
}

const EVP_MD* CryptoData::FindDigest(std::string_view name) const {
  for (const Cached& entry : digests_) {
    if (entry.name == name) return static_cast<const EVP_MD*>(entry.value);
  }
  return nullptr;
}

const EVP_MD* CryptoData::GetDigest(Isolate* isolate, Local<Value> name) {
  if (name->IsString()) {
    Local<String> str = name.As<String>();
    char buf[32];
    int length = str->Length();
    if (length <= static_cast<int>(sizeof(buf)) && str->IsOneByte()) {
      str->WriteOneByte(isolate, reinterpret_cast<uint8_t*>(buf), 0, length,
                        String::NO_NULL_TERMINATION);
      // Latin-1 above 0x7f would differ from the UTF-8 spelling: take the slow path.
      bool ascii = std::all_of(buf, buf + length, [](char c) { return (c & 0x80) == 0; });
      if (ascii) {
        std::string_view view(buf, static_cast<size_t>(length));
        if (const EVP_MD* md = FindDigest(view)) return md;
        return GetDigest(std::string(view));
      }
    }
  }
  return GetDigest(Utf8Value(isolate, name).ToString());
}

const EVP_MD* CryptoData::GetDigest(const std::string& name) {
  for (auto& entry : digests_) {
    if (entry.name == name) return static_cast<const EVP_MD*>(entry.value);
  }
  // Names like "RSA-SHA256" are aliases only the legacy lookup knows.
  const EVP_MD* legacy = EVP_get_digestbyname(name.c_str());
  EVP_MD* md = EVP_MD_fetch(nullptr, legacy ? EVP_MD_get0_name(legacy) : name.c_str(), nullptr);
  ERR_clear_error();
  if (md != nullptr) {
    digests_.push_back({name, md, true});
    return md;
  }
  digests_.push_back({name, legacy, false});
  return legacy;
}

const EVP_CIPHER* CryptoData::GetCipher(const std::string& name) {
  for (auto& entry : ciphers_) {
    if (entry.name == name) return static_cast<const EVP_CIPHER*>(entry.value);
  }
  const EVP_CIPHER* legacy = EVP_get_cipherbyname(name.c_str());
  EVP_CIPHER* cipher =
      EVP_CIPHER_fetch(nullptr, legacy ? EVP_CIPHER_get0_name(legacy) : name.c_str(), nullptr);
  ERR_clear_error();
  if (cipher != nullptr) {
    ciphers_.push_back({name, cipher, true});
    return cipher;
  }
  ciphers_.push_back({name, legacy, false});
  return legacy;
}

Encoding ToEncoding(Local<Value> value, Encoding fallback) {
  if (!value->IsInt32()) return fallback;
  int32_t id = value.As<v8::Int32>()->Value();
  return id >= ASCII && id <= BASE64URL ? static_cast<Encoding>(id) : fallback;
}

std::unique_ptr<v8::BackingStore> NewStore(Isolate* isolate, size_t size) {
  return v8::ArrayBuffer::NewBackingStore(isolate, size);
}

MaybeLocal<Object> NewBuffer(Environment* env, std::unique_ptr<v8::BackingStore> store,
                             size_t size) {
  Isolate* isolate = env->isolate();
  Local<v8::ArrayBuffer> ab = v8::ArrayBuffer::New(isolate, std::move(store));
  Local<v8::Uint8Array> array = v8::Uint8Array::New(ab, 0, size);
  CryptoData* data = env->GetBindingData<CryptoData>();
  if (!data->buffer_prototype.IsEmpty()) {
    if (array->SetPrototype(env->context(), data->buffer_prototype.Get(isolate)).IsNothing()) {
      return MaybeLocal<Object>();
    }
  }
  return array;
}

MaybeLocal<Object> NewBuffer(Environment* env, const uint8_t* bytes, size_t size) {
  std::unique_ptr<v8::BackingStore> store = NewStore(env->isolate(), size);
  if (size > 0) memcpy(store->Data(), bytes, size);
  return NewBuffer(env, std::move(store), size);
}

MaybeLocal<Value> EncodeBytes(Environment* env, const uint8_t* data, size_t size,
                              Encoding encoding) {
  Isolate* isolate = env->isolate();
  auto one_byte = [&](size_t length, auto fill) -> MaybeLocal<Value> {
    std::vector<uint8_t> heap;
    uint8_t stack[256];
    uint8_t* out = stack;
    if (length > sizeof(stack)) {
      heap.resize(length);
      out = heap.data();
    }
    fill(out);
    MaybeLocal<String> s =
        String::NewFromOneByte(isolate, out, v8::NewStringType::kNormal, static_cast<int>(length));
    return MaybeLocal<Value>(s.FromMaybe(Local<String>()));
  };
  switch (encoding) {
    case HEX:
      return one_byte(size * 2, [&](uint8_t* out) {
        encoding::HexEncode(data, size, reinterpret_cast<char*>(out));
      });
    case BASE64:
    case BASE64URL: {
      bool url = encoding == BASE64URL;
      return one_byte(encoding::Base64EncodedLength(size, url), [&](uint8_t* out) {
        encoding::Base64Encode(data, size, reinterpret_cast<char*>(out), url);
      });
    }
    case LATIN1:
      return one_byte(size, [&](uint8_t* out) { memcpy(out, data, size); });
    case ASCII:
      return one_byte(size, [&](uint8_t* out) { encoding::AsciiDecode(data, size, out); });
    case UTF8: {
      MaybeLocal<String> s =
          String::NewFromUtf8(isolate, reinterpret_cast<const char*>(data),
                              v8::NewStringType::kNormal, static_cast<int>(size));
      return MaybeLocal<Value>(s.FromMaybe(Local<String>()));
    }
    case UCS2: {
      std::vector<uint16_t> units(size / 2);
      encoding::Ucs2Decode(data, units.size(), units.data());
      MaybeLocal<String> s = String::NewFromTwoByte(
          isolate, units.data(), v8::NewStringType::kNormal, static_cast<int>(units.size()));
      return MaybeLocal<Value>(s.FromMaybe(Local<String>()));
    }
    case BUFFER:
      break;
  }
  Local<Object> buffer;
  if (!NewBuffer(env, data, size).ToLocal(&buffer)) return MaybeLocal<Value>();
  return buffer;
}

void CryptoErrorInfo::Capture(const char* fallback_message) {
  stack.clear();
  code = 0;
  while (unsigned long err = ERR_get_error()) {
    if (code == 0) code = err;
    char buf[256];
    ERR_error_string_n(err, buf, sizeof(buf));
    stack.emplace_back(buf);
  }
  if (code == 0 && fallback_message != nullptr) fallback = fallback_message;
}

namespace {

// Node's code for an OpenSSL error: ERR_OSSL_<LIB>_<REASON IN CAPITALS>.
std::string OpenSSLErrorCode(unsigned long err, const char* reason) {
  const char* lib = "";
  switch (ERR_GET_LIB(err)) {
#define V(name)        \
  case ERR_LIB_##name: \
    lib = #name "_";   \
    break;
    V(SYS)
    V(BN)
    V(RSA)
    V(DH)
    V(EVP) V(BUF) V(OBJ) V(PEM) V(DSA) V(X509) V(ASN1) V(CONF) V(CRYPTO) V(EC) V(SSL) V(BIO)
        V(PKCS7) V(X509V3) V(PKCS12) V(RAND) V(DSO) V(ENGINE) V(OCSP) V(UI) V(COMP) V(ECDSA) V(ECDH)
            V(OSSL_STORE) V(FIPS) V(CMS) V(TS) V(HMAC) V(CT) V(ASYNC) V(KDF) V(SM2) V(USER)
#undef V
                default : break;
  }
  std::string code = strcmp(lib, "SSL_") == 0 ? "ERR_" : "ERR_OSSL_";
  code += lib;
  for (const char* p = reason; *p != '\0'; p++) {
    code += *p == ' ' ? '_' : static_cast<char>(toupper(static_cast<unsigned char>(*p)));
  }
  return code;
}

}  // namespace

Local<Value> MakeCryptoError(Isolate* isolate, const CryptoErrorInfo& info) {
  Local<Context> context = isolate->GetCurrentContext();
  if (info.code == 0) {
    std::string message = info.fallback.empty() ? "Unknown error" : info.fallback;
    return CodedError(isolate, info.type, info.node_code, message);
  }
  Local<Object> error = v8::Exception::Error(Utf8String(isolate, info.stack.front())).As<Object>();
  // The first error is the message; the others follow, newest first.
  if (info.stack.size() > 1) {
    Local<v8::Array> list = v8::Array::New(isolate, static_cast<int>(info.stack.size() - 1));
    for (size_t i = 0; i + 1 < info.stack.size(); i++) {
      USE(list->Set(context, static_cast<uint32_t>(i),
                    Utf8String(isolate, info.stack[info.stack.size() - 1 - i])));
    }
    SetValue(context, error, "opensslErrorStack", list);
  }
  if (!info.decorate) return error;
  const char* library = ERR_lib_error_string(info.code);
  const char* reason = ERR_reason_error_string(info.code);
  if (library != nullptr) SetValue(context, error, "library", Utf8String(isolate, library));
  if (reason != nullptr) {
    SetValue(context, error, "reason", Utf8String(isolate, reason));
    SetValue(context, error, "code", Utf8String(isolate, OpenSSLErrorCode(info.code, reason)));
  }
  return error;
}

void ThrowCryptoError(Isolate* isolate, const char* fallback) {
  CryptoErrorInfo info;
  info.Capture(fallback);
  isolate->ThrowException(MakeCryptoError(isolate, info));
}

void ThrowPlainError(Isolate* isolate, const char* message) {
  ERR_clear_error();
  isolate->ThrowException(v8::Exception::Error(Utf8String(isolate, message)));
}

void CryptoJobReq::New(const FunctionCallbackInfo<Value>& args) {
  CHECK(args.IsConstructCall());
  new CryptoJobReq(Environment::GetCurrent(args.GetIsolate()), args.This());
}

namespace {

void JobWork(uv_work_t* req) {
  CryptoJobReq* wrap = static_cast<CryptoJobReq*>(CryptoJobReq::From(req));
  wrap->job->DoWork();
  ERR_clear_error();
}

void JobAfterWork(uv_work_t* req, int status) {
  CryptoJobReq* wrap = static_cast<CryptoJobReq*>(CryptoJobReq::From(req));
  Environment* env = wrap->env();
  std::unique_ptr<CryptoJob> job = std::move(wrap->job);
  if (!env->is_stopping()) {
    Isolate* isolate = env->isolate();
    HandleScope scope(isolate);
    Local<Context> context = env->context();
    Context::Scope context_scope(context);
    Local<Value> argv[2] = {v8::Undefined(isolate), v8::Undefined(isolate)};
    if (status == UV_ECANCELED) {
      CryptoErrorInfo info;
      info.fallback = "Operation canceled";
      argv[0] = MakeCryptoError(isolate, info);
    } else if (job->error().IsSet()) {
      // Node reports the OpenSSL errors of its thread-pool jobs undecorated.
      job->error().decorate = false;
      argv[0] = MakeCryptoError(isolate, job->error());
    } else {
      v8::TryCatch try_catch(isolate);
      Local<Value> result;
      if (job->Result(env).ToLocal(&result)) {
        argv[1] = result;
      } else if (try_catch.HasCaught() && !try_catch.HasTerminated()) {
        argv[0] = try_catch.Exception();
      } else {
        CryptoErrorInfo info;
        info.Capture("Operation failed");
        argv[0] = MakeCryptoError(isolate, info);
      }
    }
    Local<Object> obj = wrap->object();
    Local<Value> fn;
    if (obj->Get(context, Symbol(isolate, "oncomplete")).ToLocal(&fn) && fn->IsFunction()) {
      job.reset();
      USE(env->MakeCallback(obj, fn.As<v8::Function>(), 2, argv));
    }
  }
  wrap->Done();
}

}  // namespace

void RunJob(const FunctionCallbackInfo<Value>& args, std::unique_ptr<CryptoJob> job,
            int req_index) {
  Isolate* isolate = args.GetIsolate();
  Environment* env = Environment::GetCurrent(isolate);
  CryptoJobReq* req =
      req_index < args.Length() ? BaseObject::Unwrap<CryptoJobReq>(args[req_index]) : nullptr;
  if (req != nullptr) {
    CHECK(!req->active());
    req->job = std::move(job);
    int err = req->Dispatch(uv_queue_work, env->loop(), req->req(), JobWork, JobAfterWork);
    CHECK_EQ(err, 0);
    return;
  }
  job->DoWork();
  if (job->error().IsSet()) {
    ERR_clear_error();
    isolate->ThrowException(MakeCryptoError(isolate, job->error()));
    return;
  }
  ERR_clear_error();
  Local<Value> result;
  if (job->Result(env).ToLocal(&result)) args.GetReturnValue().Set(result);
}

namespace {

// setBufferPrototype(Buffer.prototype): Buffers made in C++ get it.
void SetBufferPrototype(const FunctionCallbackInfo<Value>& args) {
  Environment* env = Environment::GetCurrent(args.GetIsolate());
  CHECK(args[0]->IsObject());
  env->GetBindingData<CryptoData>()->buffer_prototype.Reset(args.GetIsolate(),
                                                            args[0].As<Object>());
}

// crypto.constants, in Node's order (defaultCipherList is added by lib/).
Local<Object> MakeConstants(Environment* env) {
  Local<Context> context = env->context();
  Local<Object> c = Object::New(env->isolate());
#define N(name) SetNumber(context, c, #name, static_cast<double>(name));
  N(OPENSSL_VERSION_NUMBER)
  N(SSL_OP_ALL)
  N(SSL_OP_ALLOW_NO_DHE_KEX)
  N(SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION)
  N(SSL_OP_CIPHER_SERVER_PREFERENCE)
  N(SSL_OP_CISCO_ANYCONNECT) N(SSL_OP_COOKIE_EXCHANGE) N(SSL_OP_CRYPTOPRO_TLSEXT_BUG) N(
      SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS) N(SSL_OP_LEGACY_SERVER_CONNECT) N(SSL_OP_NO_COMPRESSION)
      N(SSL_OP_NO_ENCRYPT_THEN_MAC) N(SSL_OP_NO_QUERY_MTU) N(SSL_OP_NO_RENEGOTIATION) N(
          SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION) N(SSL_OP_NO_SSLv2) N(SSL_OP_NO_SSLv3)
          N(SSL_OP_NO_TICKET) N(SSL_OP_NO_TLSv1) N(SSL_OP_NO_TLSv1_1) N(SSL_OP_NO_TLSv1_2) N(
              SSL_OP_NO_TLSv1_3) N(SSL_OP_PRIORITIZE_CHACHA) N(SSL_OP_TLS_ROLLBACK_BUG)
              N(ENGINE_METHOD_RSA) N(ENGINE_METHOD_DSA) N(ENGINE_METHOD_DH) N(ENGINE_METHOD_RAND) N(
                  ENGINE_METHOD_EC) N(ENGINE_METHOD_CIPHERS) N(ENGINE_METHOD_DIGESTS)
                  N(ENGINE_METHOD_PKEY_METHS) N(ENGINE_METHOD_PKEY_ASN1_METHS) N(ENGINE_METHOD_ALL)
                      N(ENGINE_METHOD_NONE) N(DH_CHECK_P_NOT_SAFE_PRIME) N(DH_CHECK_P_NOT_PRIME)
                          N(DH_UNABLE_TO_CHECK_GENERATOR) N(DH_NOT_SUITABLE_GENERATOR) N(
                              RSA_PKCS1_PADDING) N(RSA_NO_PADDING) N(RSA_PKCS1_OAEP_PADDING)
                              N(RSA_X931_PADDING) N(RSA_PKCS1_PSS_PADDING) N(RSA_PSS_SALTLEN_DIGEST)
                                  N(RSA_PSS_SALTLEN_MAX_SIGN) N(RSA_PSS_SALTLEN_AUTO)
#undef N
                                      SetValue(
                                          context, c, "defaultCoreCipherList",
                                          OneByteString(
                                              env->isolate(),
                                              "TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:"
                                              "TLS_AES_128_GCM_SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
                                              "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-"
                                              "SHA384:"
                                              "ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-"
                                              "SHA256:"
                                              "ECDHE-RSA-AES128-SHA256:DHE-RSA-AES128-SHA256:"
                                              "ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:"
                                              "ECDHE-RSA-AES256-SHA256:DHE-RSA-AES256-SHA256:HIGH:!"
                                              "aNULL:!eNULL:"
                                              "!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA"));
#define N(name) SetNumber(context, c, #name, static_cast<double>(name));
  N(TLS1_VERSION)
  N(TLS1_1_VERSION)
  N(TLS1_2_VERSION)
  N(TLS1_3_VERSION)
  N(POINT_CONVERSION_COMPRESSED) N(POINT_CONVERSION_UNCOMPRESSED) N(POINT_CONVERSION_HYBRID)
#undef N
      return c;
}

// setEngine(id: string, flags: uint32) -> false when OpenSSL finds no engine `id`, built
// in or loadable by the dynamic engine (a shared object path), as in Node. Engines are
// deprecated in OpenSSL 3 but still what this Node API drives.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
void SetEngine(const FunctionCallbackInfo<Value>& args) {
  std::string id = Utf8Value(args.GetIsolate(), args[0]).ToString();
  uint32_t flags = args[1].As<v8::Uint32>()->Value();
  ENGINE_load_builtin_engines();
  ENGINE* engine = ENGINE_by_id(id.c_str());
  if (engine == nullptr) {
    engine = ENGINE_by_id("dynamic");
    if (engine != nullptr && (!ENGINE_ctrl_cmd_string(engine, "SO_PATH", id.c_str(), 0) ||
                              !ENGINE_ctrl_cmd_string(engine, "LOAD", nullptr, 0))) {
      ENGINE_free(engine);
      engine = nullptr;
    }
  }
  bool ok = engine != nullptr && ENGINE_set_default(engine, flags) == 1;
  if (engine != nullptr) ENGINE_free(engine);
  ERR_clear_error();
  args.GetReturnValue().Set(ok);
}
#pragma GCC diagnostic pop

void Initialize(Environment* env, Local<Object> target) {
  Local<Context> context = env->context();
  SetValue(context, target, "constants", MakeConstants(env));
  SetMethod(context, target, "setBufferPrototype", SetBufferPrototype);
  SetMethod(context, target, "setEngine", SetEngine);
  Local<v8::FunctionTemplate> tmpl =
      BaseObject::MakeTemplate(env, CryptoJobReq::New, "CryptoJobReq");
  SetValue(context, target, "CryptoJobReq", tmpl->GetFunction(context).ToLocalChecked());
  InitHash(env, target);
  InitRandom(env, target);
  InitKdf(env, target);
  InitCipher(env, target);
  InitKeys(env, target);
  InitSign(env, target);
  InitDH(env, target);
  InitPrime(env, target);
}

}  // namespace
}  // namespace crypto
}  // namespace rt

RT_BINDING(crypto, rt::crypto::Initialize)
