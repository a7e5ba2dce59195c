// Operations with asymmetric keys for the `crypto` binding: signatures (one-shot and over
// a precomputed digest for createSign/createVerify), RSA encryption, and Diffie-Hellman
// style key agreement.
//
// JS API (keys are KeyObjectHandles; lib/internal/crypto/sig.js validates):
//   sign(key, data, digest?, padding?, saltLength?, dsaEncoding, req?) -> Buffer
//   verify(key, data, signature, digest?, padding?, saltLength?, dsaEncoding, req?) -> bool
//   signDigest(key, digestBytes, digest, padding?, saltLength?, dsaEncoding) -> Buffer
//   verifyDigest(key, digestBytes, signature, digest, padding?, saltLength?, dsaEncoding)
//   checkDigest(name) -> bool
//   rsaCipher(mode, key, data, padding, oaepHash?, oaepLabel?) -> Buffer; mode 0
//       publicEncrypt, 1 privateDecrypt, 2 privateEncrypt, 3 publicDecrypt
//   deriveSecret(privateKey, publicKey) -> Buffer
#include <openssl/dh.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/rsa.h>

#include <string>
#include <vector>

#include "bindings/crypto/keys.h"

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

enum DsaEncoding { kSigEncDER = 0, kSigEncP1363 = 1 };

struct SignOptions {
  const EVP_MD* md = nullptr;
  int padding = -1;             // -1: the key's default
  int salt_length = INT32_MIN;  // INT32_MIN: OpenSSL's default
  DsaEncoding dsa_encoding = kSigEncDER;
};

bool IsRsa(EVP_PKEY* pkey) {
  int id = EVP_PKEY_get_id(pkey);
  return id == EVP_PKEY_RSA || id == EVP_PKEY_RSA_PSS;
}

bool ApplyRsaOptions(EVP_PKEY* pkey, EVP_PKEY_CTX* ctx, const SignOptions& opts) {
  if (!IsRsa(pkey)) return true;
  int padding = opts.padding >= 0                           ? opts.padding
                : EVP_PKEY_get_id(pkey) == EVP_PKEY_RSA_PSS ? RSA_PKCS1_PSS_PADDING
                                                            : RSA_PKCS1_PADDING;
  if (EVP_PKEY_CTX_set_rsa_padding(ctx, padding) <= 0) return false;
  if (padding == RSA_PKCS1_PSS_PADDING && opts.salt_length != INT32_MIN) {
    if (EVP_PKEY_CTX_set_rsa_pss_saltlen(ctx, opts.salt_length) <= 0) return false;
  }
  return true;
}

// Bytes of r and s in an IEEE P1363 signature for this key, or 0 if not (EC)DSA.
size_t P1363HalfSize(EVP_PKEY* pkey) {
  int id = EVP_PKEY_get_id(pkey);
  if (id == EVP_PKEY_EC) return static_cast<size_t>(EVP_PKEY_get_bits(pkey) + 7) / 8;
  if (id == EVP_PKEY_DSA) {
    BIGNUM* q = nullptr;
    if (EVP_PKEY_get_bn_param(pkey, "q", &q) != 1) return 0;
    size_t n = static_cast<size_t>(BN_num_bytes(q));
    BN_free(q);
    return n;
  }
  return 0;
}

bool DerToP1363(EVP_PKEY* pkey, std::vector<uint8_t>* sig) {
  size_t half = P1363HalfSize(pkey);
  if (half == 0) return true;
  const unsigned char* p = sig->data();
  ECDSA_SIG* s = d2i_ECDSA_SIG(nullptr, &p, static_cast<long>(sig->size()));
  if (s == nullptr) return false;
  std::vector<uint8_t> out(half * 2);
  bool ok = BN_bn2binpad(ECDSA_SIG_get0_r(s), out.data(), static_cast<int>(half)) > 0 &&
            BN_bn2binpad(ECDSA_SIG_get0_s(s), out.data() + half, static_cast<int>(half)) > 0;
  ECDSA_SIG_free(s);
  *sig = std::move(out);
  return ok;
}

bool P1363ToDer(EVP_PKEY* pkey, std::vector<uint8_t>* sig) {
  size_t half = P1363HalfSize(pkey);
  if (half == 0) return true;
  if (sig->size() != half * 2) return false;
  ECDSA_SIG* s = ECDSA_SIG_new();
  BIGNUM* r = BN_bin2bn(sig->data(), static_cast<int>(half), nullptr);
  BIGNUM* ss = BN_bin2bn(sig->data() + half, static_cast<int>(half), nullptr);
  ECDSA_SIG_set0(s, r, ss);
  unsigned char* der = nullptr;
  int len = i2d_ECDSA_SIG(s, &der);
  ECDSA_SIG_free(s);
  if (len <= 0) return false;
  sig->assign(der, der + len);
  OPENSSL_free(der);
  return true;
}

class SignJob : public CryptoJob {
 public:
  SignJob(EVP_PKEY* pkey, std::vector<uint8_t> data, std::vector<uint8_t> signature,
          SignOptions opts, bool verify)
      : pkey_(pkey),
        data_(std::move(data)),
        sig_(std::move(signature)),
        opts_(opts),
        verify_(verify) {
    EVP_PKEY_up_ref(pkey_);
  }
  ~SignJob() override { EVP_PKEY_free(pkey_); }

  void DoWork() override {
    EVP_MD_CTX* mdctx = EVP_MD_CTX_new();
    EVP_PKEY_CTX* pctx = nullptr;
    int init = verify_ ? EVP_DigestVerifyInit(mdctx, &pctx, opts_.md, nullptr, pkey_)
                       : EVP_DigestSignInit(mdctx, &pctx, opts_.md, nullptr, pkey_);
    if (init != 1 || !ApplyRsaOptions(pkey_, pctx, opts_)) {
      error().Capture(verify_ ? "Verify failed" : "Sign failed");
      EVP_MD_CTX_free(mdctx);
      return;
    }
    if (verify_) {
      if (opts_.dsa_encoding == kSigEncP1363 && !P1363ToDer(pkey_, &sig_)) {
        result_ = false;
      } else {
        result_ =
            EVP_DigestVerify(mdctx, sig_.data(), sig_.size(), data_.data(), data_.size()) == 1;
      }
      ERR_clear_error();
    } else {
      size_t len = 0;
      bool ok = EVP_DigestSign(mdctx, nullptr, &len, data_.data(), data_.size()) == 1;
      if (ok) {
        sig_.resize(len);
        ok = EVP_DigestSign(mdctx, sig_.data(), &len, data_.data(), data_.size()) == 1;
        sig_.resize(len);
      }
      if (ok && opts_.dsa_encoding == kSigEncP1363) ok = DerToP1363(pkey_, &sig_);
      if (!ok) error().Capture("Sign failed");
    }
    EVP_MD_CTX_free(mdctx);
  }

  MaybeLocal<Value> Result(Environment* env) override {
    if (verify_) return v8::Boolean::New(env->isolate(), result_);
    Local<Object> buffer;
    if (!NewBuffer(env, sig_.data(), sig_.size()).ToLocal(&buffer)) return MaybeLocal<Value>();
    return buffer;
  }

 private:
  EVP_PKEY* pkey_;
  std::vector<uint8_t> data_;
  std::vector<uint8_t> sig_;
  SignOptions opts_;
  bool verify_;
  bool result_ = false;
};

// Reads digest, padding, saltLength, dsaEncoding from args[first..first+3]; throws
// ERR_CRYPTO_INVALID_DIGEST for an unknown digest.
bool ReadSignOptions(const FunctionCallbackInfo<Value>& args, int first, SignOptions* opts) {
  Isolate* isolate = args.GetIsolate();
  if (args[first]->IsString()) {
    opts->md = Environment::GetCurrent(isolate)->GetBindingData<CryptoData>()->GetDigest(
        isolate, args[first]);
    if (opts->md == nullptr) {
      ThrowCodedError(isolate, ErrorKind::kTypeError, "ERR_CRYPTO_INVALID_DIGEST",
                      "Invalid digest: " + Utf8Value(isolate, args[first]).ToString());
      return false;
    }
  }
  if (args[first + 1]->IsInt32()) opts->padding = args[first + 1].As<v8::Int32>()->Value();
  if (args[first + 2]->IsInt32()) opts->salt_length = args[first + 2].As<v8::Int32>()->Value();
  if (args[first + 3]->IsInt32() && args[first + 3].As<v8::Int32>()->Value() == kSigEncP1363) {
    opts->dsa_encoding = kSigEncP1363;
  }
  return true;
}

KeyObjectHandle* KeyArg(Local<Value> value) {
  KeyObjectHandle* key = BaseObject::Unwrap<KeyObjectHandle>(value);
  CHECK(key != nullptr && key->pkey() != nullptr);
  return key;
}

void Sign(const FunctionCallbackInfo<Value>& args) {
  KeyObjectHandle* key = KeyArg(args[0]);
  SignOptions opts;
  if (!ReadSignOptions(args, 2, &opts)) return;
  ByteView data(args[1]);
  RunJob(args,
         std::make_unique<SignJob>(key->pkey(), data.Copy(), std::vector<uint8_t>(), opts, false),
         6);
}

void Verify(const FunctionCallbackInfo<Value>& args) {
  KeyObjectHandle* key = KeyArg(args[0]);
  SignOptions opts;
  if (!ReadSignOptions(args, 3, &opts)) return;
  ByteView data(args[1]);
  ByteView sig(args[2]);
  RunJob(args, std::make_unique<SignJob>(key->pkey(), data.Copy(), sig.Copy(), opts, true), 7);
}

// Sign or verify a digest computed by createSign/createVerify (EVP_PKEY_sign/verify).
void SignOrVerifyDigest(const FunctionCallbackInfo<Value>& args, bool verify) {
  Isolate* isolate = args.GetIsolate();
  KeyObjectHandle* key = KeyArg(args[0]);
  int first = verify ? 3 : 2;
  SignOptions opts;
  if (!ReadSignOptions(args, first, &opts)) return;
  ByteView digest(args[1]);
  EVP_PKEY* pkey = key->pkey();
  int id = EVP_PKEY_get_id(pkey);
  if (id == EVP_PKEY_ED25519 || id == EVP_PKEY_ED448 || id == EVP_PKEY_X25519 ||
      id == EVP_PKEY_X448) {
    return ThrowCodedError(isolate, ErrorKind::kError, "ERR_CRYPTO_UNSUPPORTED_OPERATION",
                           "Unsupported crypto operation");
  }
  EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new(pkey, nullptr);
  ERR_clear_error();
  bool ok = ctx != nullptr && (verify ? EVP_PKEY_verify_init(ctx) : EVP_PKEY_sign_init(ctx)) == 1 &&
            ApplyRsaOptions(pkey, ctx, opts) && EVP_PKEY_CTX_set_signature_md(ctx, opts.md) == 1;
  if (!ok) {
    EVP_PKEY_CTX_free(ctx);
    return ThrowCryptoError(isolate, verify ? "Verify failed" : "Sign failed");
  }
  if (verify) {
    ByteView sig_view(args[2]);
    std::vector<uint8_t> sig = sig_view.Copy();
    bool valid = (opts.dsa_encoding != kSigEncP1363 || P1363ToDer(pkey, &sig)) &&
                 EVP_PKEY_verify(ctx, sig.data(), sig.size(), digest.data(), digest.size()) == 1;
    EVP_PKEY_CTX_free(ctx);
    ERR_clear_error();
    return args.GetReturnValue().Set(valid);
  }
  size_t len = 0;
  std::vector<uint8_t> sig;
  ok = EVP_PKEY_sign(ctx, nullptr, &len, digest.data(), digest.size()) == 1;
  if (ok) {
    sig.resize(len);
    ok = EVP_PKEY_sign(ctx, sig.data(), &len, digest.data(), digest.size()) == 1;
    sig.resize(len);
  }
  EVP_PKEY_CTX_free(ctx);
  if (ok && opts.dsa_encoding == kSigEncP1363) ok = DerToP1363(pkey, &sig);
  if (!ok) return ThrowCryptoError(isolate, "Sign failed");
  Local<Object> buffer;
  if (NewBuffer(key->env(), sig.data(), sig.size()).ToLocal(&buffer)) {
    args.GetReturnValue().Set(buffer);
  }
}

void SignDigest(const FunctionCallbackInfo<Value>& args) {
  SignOrVerifyDigest(args, false);
}
void VerifyDigest(const FunctionCallbackInfo<Value>& args) {
  SignOrVerifyDigest(args, true);
}

void CheckDigest(const FunctionCallbackInfo<Value>& args) {
  Environment* env = Environment::GetCurrent(args.GetIsolate());
  std::string name = Utf8Value(args.GetIsolate(), args[0]).ToString();
  args.GetReturnValue().Set(env->GetBindingData<CryptoData>()->GetDigest(name) != nullptr);
}

enum RsaMode { kPublicEncrypt = 0, kPrivateDecrypt, kPrivateEncrypt, kPublicDecrypt };

void RsaCipher(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  RsaMode mode = static_cast<RsaMode>(args[0].As<v8::Int32>()->Value());
  KeyObjectHandle* key = KeyArg(args[1]);
  ByteView data(args[2]);
  int padding = args[3]->Int32Value(isolate->GetCurrentContext()).FromMaybe(RSA_PKCS1_PADDING);
  const EVP_MD* md = nullptr;
  if (args[4]->IsString()) {
    md =
        key->env()->GetBindingData<CryptoData>()->GetDigest(Utf8Value(isolate, args[4]).ToString());
    if (md == nullptr) {
      return ThrowCodedError(isolate, ErrorKind::kError, "ERR_OSSL_EVP_INVALID_DIGEST",
                             "Invalid digest used");
    }
  }
  EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new(key->pkey(), nullptr);
  ERR_clear_error();
  int init = 0;
  if (ctx != nullptr) {
    switch (mode) {
      case kPublicEncrypt:
        init = EVP_PKEY_encrypt_init(ctx);
        break;
      case kPrivateDecrypt:
        init = EVP_PKEY_decrypt_init(ctx);
        break;
      case kPrivateEncrypt:
        init = EVP_PKEY_sign_init(ctx);
        break;
      case kPublicDecrypt:
        init = EVP_PKEY_verify_recover_init(ctx);
        break;
    }
  }
  bool ok = init == 1 && EVP_PKEY_CTX_set_rsa_padding(ctx, padding) > 0;
  if (ok && padding == RSA_PKCS1_OAEP_PADDING) {
    if (md != nullptr) ok = EVP_PKEY_CTX_set_rsa_oaep_md(ctx, md) > 0;
    if (ok && args[5]->IsArrayBufferView()) {
      ByteView label(args[5]);
      void* copy = OPENSSL_memdup(label.data(), label.size());
      ok = EVP_PKEY_CTX_set0_rsa_oaep_label(ctx, copy, static_cast<int>(label.size())) > 0;
      if (!ok) OPENSSL_free(copy);
    }
  }
  auto run = [&](uint8_t* out, size_t* len) {
    switch (mode) {
      case kPublicEncrypt:
        return EVP_PKEY_encrypt(ctx, out, len, data.data(), data.size());
      case kPrivateDecrypt:
        return EVP_PKEY_decrypt(ctx, out, len, data.data(), data.size());
      case kPrivateEncrypt:
        return EVP_PKEY_sign(ctx, out, len, data.data(), data.size());
      case kPublicDecrypt:
        return EVP_PKEY_verify_recover(ctx, out, len, data.data(), data.size());
    }
    return 0;
  };
  size_t len = 0;
  std::vector<uint8_t> out;
  if (ok) ok = run(nullptr, &len) == 1;
  if (ok) {
    out.resize(len);
    ok = run(out.data(), &len) == 1;
    out.resize(len);
  }
  EVP_PKEY_CTX_free(ctx);
  if (!ok) return ThrowCryptoError(isolate, "Operation failed");
  Local<Object> buffer;
  if (NewBuffer(key->env(), out.data(), out.size()).ToLocal(&buffer)) {
    args.GetReturnValue().Set(buffer);
  }
}

void DeriveSecret(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  KeyObjectHandle* priv = KeyArg(args[0]);
  KeyObjectHandle* pub = KeyArg(args[1]);
  EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new(priv->pkey(), nullptr);
  ERR_clear_error();
  size_t len = 0;
  std::vector<uint8_t> out;
  bool ok = ctx != nullptr && EVP_PKEY_derive_init(ctx) == 1 &&
            EVP_PKEY_derive_set_peer(ctx, pub->pkey()) == 1 &&
            // A DH secret is as long as the prime, zero-padded like Node's.
            (EVP_PKEY_get_id(priv->pkey()) != EVP_PKEY_DH || EVP_PKEY_CTX_set_dh_pad(ctx, 1) > 0) &&
            EVP_PKEY_derive(ctx, nullptr, &len) == 1;
  if (ok) {
    out.resize(len);
    ok = EVP_PKEY_derive(ctx, out.data(), &len) == 1;
    out.resize(len);
  }
  EVP_PKEY_CTX_free(ctx);
  if (!ok) return ThrowCryptoError(isolate, "diffieHellman failed");
  Local<Object> buffer;
  if (NewBuffer(priv->env(), out.data(), out.size()).ToLocal(&buffer)) {
    args.GetReturnValue().Set(buffer);
  }
}

}  // namespace

void InitSign(Environment* env, Local<Object> target) {
  Local<Context> context = env->context();
  SetMethod(context, target, "sign", Sign);
  SetMethod(context, target, "verify", Verify);
  SetMethod(context, target, "signDigest", SignDigest);
  SetMethod(context, target, "verifyDigest", VerifyDigest);
  SetMethod(context, target, "checkDigest", CheckDigest);
  SetMethod(context, target, "rsaCipher", RsaCipher);
  SetMethod(context, target, "deriveSecret", DeriveSecret);
  InitKeygen(env, target);
  InitECDH(env, target);
  InitX509(env, target);
}

}  // namespace crypto
}  // namespace rt
