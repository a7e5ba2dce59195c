// Key derivation for the `crypto` binding: PBKDF2, scrypt, HKDF. Each runs as a
// CryptoJob: in place, or on the thread pool when a CryptoJobReq is the last argument.
//
// JS API (arguments validated in lib/internal/crypto/kdf.js):
//   pbkdf2(password, salt, iterations, keylen, digest, req?) -> Buffer
//   scrypt(password, salt, N, r, p, maxmem, keylen, req?) -> Buffer
//   hkdf(digest, key, salt, info, keylen, req?) -> ArrayBuffer
//   Unknown digests throw ERR_CRYPTO_INVALID_DIGEST; too long HKDF output throws
//   ERR_CRYPTO_INVALID_KEYLEN, bad scrypt parameters ERR_CRYPTO_INVALID_SCRYPT_PARAMS,
//   synchronously even for the async forms.
#include <openssl/err.h>
#include <openssl/hmac.h>
#include <openssl/kdf.h>

#include <cstring>
#include <string>
#include <vector>

#include "bindings/crypto/crypto_util.h"
#include "crypto/pbkdf2.h"

namespace rt {
namespace crypto {
namespace {

using v8::Context;
using v8::FunctionCallbackInfo;
using v8::Isolate;
using v8::Local;
using v8::MaybeLocal;
using v8::Object;
using v8::Value;

// The output of a KDF: written by DoWork, handed to JS without a copy.
class KdfJob : public CryptoJob {
 public:
  explicit KdfJob(size_t length, bool array_buffer = false)
      : length_(length), array_buffer_(array_buffer) {}
  MaybeLocal<Value> Result(Environment* env) override {
    std::unique_ptr<v8::BackingStore> store = NewStore(env->isolate(), length_);
    if (length_ > 0) memcpy(store->Data(), out_.data(), length_);
    if (array_buffer_) return v8::ArrayBuffer::New(env->isolate(), std::move(store));
    Local<Object> buffer;
    if (!NewBuffer(env, std::move(store), length_).ToLocal(&buffer)) return MaybeLocal<Value>();
    return buffer;
  }

 protected:
  uint8_t* out() {
    out_.resize(length_ == 0 ? 1 : length_);
    return out_.data();
  }
  size_t length_;

 private:
  bool array_buffer_;
  std::vector<uint8_t> out_;
};

const EVP_MD* DigestOrThrow(Isolate* isolate, Local<Value> name_value) {
  const EVP_MD* md = Environment::GetCurrent(isolate)->GetBindingData<CryptoData>()->GetDigest(
      isolate, name_value);
  if (md == nullptr) {
    ThrowCodedError(isolate, ErrorKind::kTypeError, "ERR_CRYPTO_INVALID_DIGEST",
                    "Invalid digest: " + Utf8Value(isolate, name_value).ToString());
  }
  return md;
}

class Pbkdf2Job : public KdfJob {
 public:
  Pbkdf2Job(std::vector<uint8_t> password, std::vector<uint8_t> salt, int iterations, size_t length,
            const EVP_MD* md)
      : KdfJob(length),
        password_(std::move(password)),
        salt_(std::move(salt)),
        iterations_(iterations),
        md_(md) {}
  void DoWork() override {
    uint8_t* dest = out();
    if (length_ == 0) return;
    if (FastPbkdf2Hmac(md_, password_.data(), password_.size(), salt_.data(), salt_.size(),
                       static_cast<uint32_t>(iterations_), dest, length_)) {
      return;
    }
    if (PKCS5_PBKDF2_HMAC(reinterpret_cast<const char*>(password_.data()),
                          static_cast<int>(password_.size()), salt_.data(),
                          static_cast<int>(salt_.size()), iterations_, md_,
                          static_cast<int>(length_), dest) != 1) {
      error().Capture("PBKDF2 failed");
    }
  }

 private:
  std::vector<uint8_t> password_, salt_;
  int iterations_;
  const EVP_MD* md_;
};

void Pbkdf2(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  const EVP_MD* md = DigestOrThrow(isolate, args[4]);
  if (md == nullptr) return;
  ByteView password(args[0]);
  ByteView salt(args[1]);
  int iterations = args[2]->Int32Value(context).FromMaybe(1);
  size_t length = static_cast<size_t>(args[3]->IntegerValue(context).FromMaybe(0));
  RunJob(args, std::make_unique<Pbkdf2Job>(password.Copy(), salt.Copy(), iterations, length, md),
         5);
}

class ScryptJob : public KdfJob {
 public:
  ScryptJob(std::vector<uint8_t> password, std::vector<uint8_t> salt, uint64_t n, uint64_t r,
            uint64_t p, uint64_t maxmem, size_t length)
      : KdfJob(length),
        password_(std::move(password)),
        salt_(std::move(salt)),
        n_(n),
        r_(r),
        p_(p),
        maxmem_(maxmem) {}
  void DoWork() override {
    uint8_t* dest = out();
    if (length_ == 0) return;
    if (EVP_PBE_scrypt(reinterpret_cast<const char*>(password_.data()), password_.size(),
                       salt_.data(), salt_.size(), n_, r_, p_, maxmem_, dest, length_) != 1) {
      error().Capture("Scrypt failed");
    }
  }

 private:
  std::vector<uint8_t> password_, salt_;
  uint64_t n_, r_, p_, maxmem_;
};

uint64_t ToUint64(Local<Context> context, Local<Value> value) {
  double d = value->NumberValue(context).FromMaybe(0);
  return d <= 0 ? 0 : static_cast<uint64_t>(d);
}

void Scrypt(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  ERR_clear_error();
  if (EVP_PBE_scrypt(nullptr, 0, nullptr, 0, ToUint64(context, args[2]), ToUint64(context, args[3]),
                     ToUint64(context, args[4]), ToUint64(context, args[5]), nullptr, 0) != 1) {
    unsigned long err = ERR_peek_last_error();
    ERR_clear_error();
    std::string message = "Invalid scrypt params";
    if (err != 0) {
      char buf[256];
      ERR_error_string_n(err, buf, sizeof(buf));
      message = message + ": " + buf;
    }
    return ThrowCodedError(isolate, ErrorKind::kRangeError, "ERR_CRYPTO_INVALID_SCRYPT_PARAMS",
                           message);
  }
  ByteView password(args[0]);
  ByteView salt(args[1]);
  RunJob(args,
         std::make_unique<ScryptJob>(password.Copy(), salt.Copy(), ToUint64(context, args[2]),
                                     ToUint64(context, args[3]), ToUint64(context, args[4]),
                                     ToUint64(context, args[5]),
                                     static_cast<size_t>(ToUint64(context, args[6]))),
         7);
}

class HkdfJob : public KdfJob {
 public:
  HkdfJob(const EVP_MD* md, std::vector<uint8_t> key, std::vector<uint8_t> salt,
          std::vector<uint8_t> info, size_t length)
      : KdfJob(length, true),
        md_(md),
        key_(std::move(key)),
        salt_(std::move(salt)),
        info_(std::move(info)) {}
  void DoWork() override {
    uint8_t* dest = out();
    if (length_ == 0) return;
    EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new_id(EVP_PKEY_HKDF, nullptr);
    bool ok =
        ctx != nullptr && EVP_PKEY_derive_init(ctx) == 1 && EVP_PKEY_CTX_set_hkdf_md(ctx, md_) == 1;
    if (ok && !salt_.empty()) {
      ok = EVP_PKEY_CTX_set1_hkdf_salt(ctx, salt_.data(), static_cast<int>(salt_.size())) == 1;
    }
    if (ok && !info_.empty()) {
      ok = EVP_PKEY_CTX_add1_hkdf_info(ctx, info_.data(), static_cast<int>(info_.size())) == 1;
    }
    if (ok && key_.empty()) {
      // OpenSSL rejects an empty key: extract by hand (PRK = HMAC(salt, "")), then expand.
      std::vector<uint8_t> salt = salt_;
      if (salt.empty()) salt.assign(static_cast<size_t>(EVP_MD_get_size(md_)), 0);
      uint8_t prk[EVP_MAX_MD_SIZE];
      unsigned int prk_len = 0;
      ok = HMAC(md_, salt.data(), static_cast<int>(salt.size()), nullptr, 0, prk, &prk_len) !=
               nullptr &&
           EVP_PKEY_CTX_set_hkdf_mode(ctx, EVP_PKEY_HKDEF_MODE_EXPAND_ONLY) == 1 &&
           EVP_PKEY_CTX_set1_hkdf_key(ctx, prk, static_cast<int>(prk_len)) == 1;
    } else if (ok) {
      ok = EVP_PKEY_CTX_set1_hkdf_key(ctx, key_.data(), static_cast<int>(key_.size())) == 1;
    }
    size_t len = length_;
    if (!ok || EVP_PKEY_derive(ctx, dest, &len) != 1) error().Capture("HKDF failed");
    EVP_PKEY_CTX_free(ctx);
  }

 private:
  const EVP_MD* md_;
  std::vector<uint8_t> key_, salt_, info_;
};

void Hkdf(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  const EVP_MD* md = DigestOrThrow(isolate, args[0]);
  if (md == nullptr) return;
  size_t length = static_cast<size_t>(args[4]->IntegerValue(context).FromMaybe(0));
  if (length > 255 * static_cast<size_t>(EVP_MD_get_size(md))) {
    return ThrowCodedError(isolate, ErrorKind::kRangeError, "ERR_CRYPTO_INVALID_KEYLEN",
                           "Invalid key length");
  }
  ByteView key(args[1]);
  ByteView salt(args[2]);
  ByteView info(args[3]);
  RunJob(args, std::make_unique<HkdfJob>(md, key.Copy(), salt.Copy(), info.Copy(), length), 5);
}

}  // namespace

void InitKdf(Environment* env, Local<Object> target) {
  Local<Context> context = env->context();
  SetMethod(context, target, "pbkdf2", Pbkdf2);
  SetMethod(context, target, "scrypt", Scrypt);
  SetMethod(context, target, "hkdf", Hkdf);
}

}  // namespace crypto
}  // namespace rt
