// Message digests and HMAC for the `crypto` binding.
//
// JS API:
//   new Hash(algorithm | hash, xofLength?)  throws 'Digest method not supported' or
//       OpenSSL's error; given a Hash, copies its state.
//   hash.update(string | view, isUtf8String?) -> bool;
//   hash.digest(encodingId) -> string | ArrayBuffer (for 'buffer'; JS makes it a Buffer)
//   new Hmac(); hmac.init(algorithm, keyView) throws ERR_CRYPTO_INVALID_DIGEST;
//       hmac.update(data) -> bool; hmac.digest(encodingId) -> like hash.digest
//   oneShotDigest(algorithm, data, encodingId) -> string | Buffer
//   getHashes() -> names (unfiltered), timingSafeEqual(buf1, buf2) -> bool (validates)
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/hmac.h>

#include <cstring>
#include <string>
#include <vector>

#include "bindings/crypto/crypto_util.h"
#include "runtime/base_object.h"

namespace rt {
namespace crypto {
namespace {

using v8::Context;
using v8::FunctionCallbackInfo;
using v8::Isolate;
using v8::Local;
using v8::Object;
using v8::String;
using v8::Value;

// Feeds a JS string (as UTF-8) or the bytes of a view to `update`.
template <typename Update>
bool UpdateWith(Isolate* isolate, Local<Value> data, Update update) {
  if (data->IsString()) {
    Local<String> str = data.As<String>();
    if (str->IsOneByte() && str->Length() <= 256) {
      // Latin-1 characters are at most two UTF-8 bytes each.
      char stack[512];
      int n = str->WriteUtf8(isolate, stack, sizeof(stack), nullptr,
                             String::NO_NULL_TERMINATION | String::REPLACE_INVALID_UTF8);
      return update(reinterpret_cast<uint8_t*>(stack), static_cast<size_t>(n));
    }
    size_t length = static_cast<size_t>(str->Utf8Length(isolate));
    std::vector<char> buf(length + 1);
    str->WriteUtf8(isolate, buf.data(), static_cast<int>(length), nullptr,
                   String::NO_NULL_TERMINATION | String::REPLACE_INVALID_UTF8);
    return update(reinterpret_cast<uint8_t*>(buf.data()), length);
  }
  ByteView view(data);
  return update(view.data(), view.size());
}

// A digest as JS gets it from digest(): a string, or for BUFFER an ArrayBuffer that
// lib/internal/crypto/hash.js wraps in a Buffer (quicker there than giving a Uint8Array
// made here Buffer.prototype, which takes V8's slow SetPrototype path).
v8::MaybeLocal<Value> DigestResult(Environment* env, const uint8_t* data, size_t size,
                                   Encoding encoding) {
  if (encoding != BUFFER) return EncodeBytes(env, data, size, encoding);
  std::unique_ptr<v8::BackingStore> store = NewStore(env->isolate(), size);
  if (size > 0) memcpy(store->Data(), data, size);
  return v8::ArrayBuffer::New(env->isolate(), std::move(store));
}

class Hash : public BaseObject {
 public:
  Hash(Environment* env, Local<Object> object) : BaseObject(env, object) {}
  ~Hash() override { EVP_MD_CTX_free(ctx_); }

  static void New(const FunctionCallbackInfo<Value>& args) {
    CHECK(args.IsConstructCall());
    Isolate* isolate = args.GetIsolate();
    Environment* env = Environment::GetCurrent(isolate);
    Hash* source = Unwrap<Hash>(args[0]);
    const EVP_MD* md;
    if (source != nullptr) {
      md = EVP_MD_CTX_get0_md(source->ctx_);
    } else {
      md = env->GetBindingData<CryptoData>()->GetDigest(isolate, args[0]);
    }
    if (md == nullptr) return ThrowPlainError(isolate, "Digest method not supported");
    Hash* hash = new Hash(env, args.This());
    hash->ctx_ = EVP_MD_CTX_new();
    if (source != nullptr) {
      if (EVP_MD_CTX_copy_ex(hash->ctx_, source->ctx_) <= 0) {
        return ThrowCryptoError(isolate, "Digest method not supported");
      }
      hash->md_len_ = source->md_len_;
    } else {
      // A digest no provider implements (md4): Node's own failed fetch comes first in
      // the errors it reports, before EVP_DigestInit_ex's.
      if (EVP_MD_get0_provider(md) == nullptr) ERR_raise(ERR_LIB_EVP, ERR_R_UNSUPPORTED);
      if (EVP_DigestInit_ex(hash->ctx_, md, nullptr) <= 0) {
        return ThrowCryptoError(isolate, "Digest method not supported");
      }
      hash->md_len_ = static_cast<size_t>(EVP_MD_get_size(md));
    }
    if (args[1]->IsUint32()) {
      size_t xof_len = args[1].As<v8::Uint32>()->Value();
      if (xof_len != hash->md_len_ && (EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF) == 0) {
        ERR_raise(ERR_LIB_EVP, EVP_R_NOT_XOF_OR_INVALID_LENGTH);
        return ThrowCryptoError(isolate, "Digest method not supported");
      }
      hash->md_len_ = xof_len;
    }
  }

  static void Update(const FunctionCallbackInfo<Value>& args) {
    Hash* hash = Unwrap<Hash>(args.This());
    bool ok = UpdateWith(args.GetIsolate(), args[0], [&](const uint8_t* data, size_t size) {
      return EVP_DigestUpdate(hash->ctx_, data, size) == 1;
    });
    args.GetReturnValue().Set(ok);
  }

  static void Digest(const FunctionCallbackInfo<Value>& args) {
    Isolate* isolate = args.GetIsolate();
    Hash* hash = Unwrap<Hash>(args.This());
    Encoding encoding = ToEncoding(args[0]);
    size_t len = hash->md_len_;
    std::vector<uint8_t> heap;
    uint8_t stack[EVP_MAX_MD_SIZE];
    uint8_t* out = stack;
    int ok;
    if ((EVP_MD_get_flags(EVP_MD_CTX_get0_md(hash->ctx_)) & EVP_MD_FLAG_XOF) != 0) {
      if (len > sizeof(stack)) {
        heap.resize(len);
        out = heap.data();
      }
      ok = len == 0 ? 1 : EVP_DigestFinalXOF(hash->ctx_, out, len);
    } else {
      unsigned int n = 0;
      ok = EVP_DigestFinal_ex(hash->ctx_, out, &n);
      len = n;
    }
    if (ok != 1) return ThrowCryptoError(isolate, "Failed to finalize digest");
    Local<Value> result;
    if (DigestResult(hash->env(), out, len, encoding).ToLocal(&result)) {
      args.GetReturnValue().Set(result);
    }
  }

 private:
  EVP_MD_CTX* ctx_ = nullptr;
  size_t md_len_ = 0;
};

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
// HMAC_CTX is deprecated in OpenSSL 3 but remains the fastest way (Node uses it too).
class Hmac : public BaseObject {
 public:
  Hmac(Environment* env, Local<Object> object) : BaseObject(env, object) {}
  ~Hmac() override { HMAC_CTX_free(ctx_); }

  static void New(const FunctionCallbackInfo<Value>& args) {
    CHECK(args.IsConstructCall());
    new Hmac(Environment::GetCurrent(args.GetIsolate()), args.This());
  }

  static void Init(const FunctionCallbackInfo<Value>& args) {
    Isolate* isolate = args.GetIsolate();
    Hmac* hmac = Unwrap<Hmac>(args.This());
    const EVP_MD* md = hmac->env()->GetBindingData<CryptoData>()->GetDigest(isolate, args[0]);
    if (md == nullptr) {
      return ThrowCodedError(isolate, ErrorKind::kTypeError, "ERR_CRYPTO_INVALID_DIGEST",
                             "Invalid digest: " + Utf8Value(isolate, args[0]).ToString());
    }
    ByteView key(args[1]);
    static const uint8_t kEmpty = 0;
    hmac->ctx_ = HMAC_CTX_new();
    if (HMAC_Init_ex(hmac->ctx_, key.size() ? key.data() : &kEmpty, static_cast<int>(key.size()),
                     md, nullptr) != 1) {
      HMAC_CTX_free(hmac->ctx_);
      hmac->ctx_ = nullptr;
      return ThrowCryptoError(isolate, "Failed to initialize HMAC");
    }
  }

  static void Update(const FunctionCallbackInfo<Value>& args) {
    Hmac* hmac = Unwrap<Hmac>(args.This());
    bool ok = hmac->ctx_ != nullptr &&
              UpdateWith(args.GetIsolate(), args[0], [&](const uint8_t* data, size_t size) {
                return HMAC_Update(hmac->ctx_, data, size) == 1;
              });
    args.GetReturnValue().Set(ok);
  }

  static void Digest(const FunctionCallbackInfo<Value>& args) {
    Hmac* hmac = Unwrap<Hmac>(args.This());
    uint8_t out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (hmac->ctx_ != nullptr) {
      if (HMAC_Final(hmac->ctx_, out, &len) != 1) {
        return ThrowCryptoError(args.GetIsolate(), "Failed to finalize HMAC");
      }
      HMAC_CTX_free(hmac->ctx_);
      hmac->ctx_ = nullptr;
    }
    Local<Value> result;
    if (DigestResult(hmac->env(), out, len, ToEncoding(args[0])).ToLocal(&result)) {
      args.GetReturnValue().Set(result);
    }
  }

 private:
  HMAC_CTX* ctx_ = nullptr;
};
#pragma GCC diagnostic pop

// oneShotDigest(algorithm, data, encodingId)
void OneShotDigest(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  Environment* env = Environment::GetCurrent(isolate);
  const EVP_MD* md = env->GetBindingData<CryptoData>()->GetDigest(isolate, args[0]);
  if (md == nullptr) {
    std::string name = Utf8Value(isolate, args[0]).ToString();
    return ThrowPlainError(isolate, ("Digest method " + name + " is not supported").c_str());
  }
  EVP_MD_CTX* ctx = EVP_MD_CTX_new();
  uint8_t out[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  bool ok = EVP_DigestInit_ex(ctx, md, nullptr) == 1 &&
            UpdateWith(isolate, args[1], [&](const uint8_t* data, size_t size) {
              return EVP_DigestUpdate(ctx, data, size) == 1;
            });
  // An XOF gives its default length, like Node.
  if (ok && (EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF) != 0) {
    len = static_cast<unsigned int>(EVP_MD_get_size(md));
    ok = EVP_DigestFinalXOF(ctx, out, len) == 1;
  } else if (ok) {
    ok = EVP_DigestFinal_ex(ctx, out, &len) == 1;
  }
  EVP_MD_CTX_free(ctx);
  if (!ok) return ThrowCryptoError(isolate, "Digest method not supported");
  Local<Value> result;
  if (EncodeBytes(env, out, len, ToEncoding(args[2])).ToLocal(&result)) {
    args.GetReturnValue().Set(result);
  }
}

void PushDigestName(const EVP_MD* md, const char* from, const char* to, void* arg) {
  if (from == nullptr) return;
  const EVP_MD* known = EVP_get_digestbyname(from);
  if (known == nullptr) return;
  const char* real = EVP_MD_get0_name(known);
  if (real == nullptr) return;
  EVP_MD* fetched = EVP_MD_fetch(nullptr, real, nullptr);
  if (fetched == nullptr) return;
  EVP_MD_free(fetched);
  static_cast<std::vector<std::string>*>(arg)->push_back(from);
}

// getHashes() -> every digest name (aliases too) a provider implements.
void GetHashes(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  std::vector<std::string> names;
  EVP_MD_do_all_sorted(PushDigestName, &names);
  ERR_clear_error();
  Local<v8::Array> list = v8::Array::New(isolate, static_cast<int>(names.size()));
  Local<Context> context = isolate->GetCurrentContext();
  for (size_t i = 0; i < names.size(); i++) {
    USE(list->Set(context, static_cast<uint32_t>(i), OneByteString(isolate, names[i].c_str())));
  }
  args.GetReturnValue().Set(list);
}

// timingSafeEqual(buf1, buf2), checking its arguments itself with Node's messages.
void TimingSafeEqual(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  for (int i = 0; i < 2; i++) {
    if (!args[i]->IsArrayBufferView() && !args[i]->IsArrayBuffer() &&
        !args[i]->IsSharedArrayBuffer()) {
      return ThrowCodedError(isolate, ErrorKind::kTypeError, "ERR_INVALID_ARG_TYPE",
                             std::string("The \"buf") + static_cast<char>('1' + i) +
                                 "\" argument must be an instance of ArrayBuffer, Buffer, "
                                 "TypedArray, or DataView.");
    }
  }
  ByteView a(args[0]);
  ByteView b(args[1]);
  if (a.size() != b.size()) {
    return ThrowCodedError(isolate, ErrorKind::kRangeError, "ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH",
                           "Input buffers must have the same byte length");
  }
  args.GetReturnValue().Set(CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0);
}

}  // namespace

void InitHash(Environment* env, Local<Object> target) {
  Local<Context> context = env->context();
  Local<v8::FunctionTemplate> hash = BaseObject::MakeTemplate(env, Hash::New, "Hash");
  BaseObject::SetProtoMethod(env, hash, "update", Hash::Update);
  BaseObject::SetProtoMethod(env, hash, "digest", Hash::Digest);
  SetValue(context, target, "Hash", hash->GetFunction(context).ToLocalChecked());
  Local<v8::FunctionTemplate> hmac = BaseObject::MakeTemplate(env, Hmac::New, "Hmac");
  BaseObject::SetProtoMethod(env, hmac, "init", Hmac::Init);
  BaseObject::SetProtoMethod(env, hmac, "update", Hmac::Update);
  BaseObject::SetProtoMethod(env, hmac, "digest", Hmac::Digest);
  SetValue(context, target, "Hmac", hmac->GetFunction(context).ToLocalChecked());
  SetMethod(context, target, "oneShotDigest", OneShotDigest);
  SetMethod(context, target, "getHashes", GetHashes);
  SetMethod(context, target, "timingSafeEqual", TimingSafeEqual);
}

}  // namespace crypto
}  // namespace rt
