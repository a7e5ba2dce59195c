// Key pair generation for the `crypto` binding (a CryptoJob: sync or on the thread pool)
// and the list of EC curves.
//
// JS API (options validated in lib/internal/crypto/keygen.js):
//   generateKeyPair('rsa', modulusLength, publicExponent, req?)
//   generateKeyPair('rsa-pss', modulusLength, publicExponent, hash?, mgf1Hash?, saltLength?,
//                   req?)   throws ERR_CRYPTO_INVALID_DIGEST, ERR_OUT_OF_RANGE
//   generateKeyPair('dsa', modulusLength, divisorLength (-1: OpenSSL's), req?)
//   generateKeyPair('ec', curve, explicitParams, req?)   throws ERR_CRYPTO_INVALID_CURVE for
//     names OpenSSL does not know
//   generateKeyPair('dh', group | prime bytes | primeLength, generator, req?)
//     throws ERR_CRYPTO_UNKNOWN_DH_GROUP
//   generateKeyPair('ed25519' | 'ed448' | 'x25519' | 'x448', req?)
//     -> [publicHandle, privateHandle]; OpenSSL failures are reported as Node's key
//        generation jobs report them: message (and opensslErrorStack) only.
//   getCurves() -> names
#include <openssl/bn.h>
#include <openssl/dh.h>
#include <openssl/dsa.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/objects.h>
#include <openssl/rsa.h>

#include <string>
#include <vector>

#include "bindings/crypto/keys.h"

// DH keys over a given prime are built with the DH_* API, as Node does.
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"

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

struct KeyGenParams {
  int id = EVP_PKEY_NONE;
  unsigned bits = 0;            // RSA/DSA modulus, DH prime length
  uint64_t exponent = 0x10001;  // RSA
  int divisor_bits = -1;        // DSA
  int curve_nid = NID_undef;    // EC
  bool explicit_params = false;
  const EVP_MD* md = nullptr;  // RSA-PSS restrictions
  const EVP_MD* mgf1_md = nullptr;
  int salt_length = -1;
  BIGNUM* prime = nullptr;  // DH over a fixed prime (else `bits` long)
  int generator = 2;
};

// Domain parameters for DH, DSA and EC keys; nullptr on failure.
EVP_PKEY* GenerateParams(const KeyGenParams& p) {
  if (p.id == EVP_PKEY_DH && p.prime != nullptr) {
    DH* dh = DH_new();
    BIGNUM* prime = BN_dup(p.prime);
    BIGNUM* g = BN_new();
    if (dh == nullptr || prime == nullptr || g == nullptr ||
        BN_set_word(g, static_cast<BN_ULONG>(p.generator)) != 1 ||
        DH_set0_pqg(dh, prime, nullptr, g) != 1) {
      DH_free(dh);
      BN_free(prime);
      BN_free(g);
      return nullptr;
    }
    EVP_PKEY* params = EVP_PKEY_new();
    if (params == nullptr || EVP_PKEY_assign_DH(params, dh) != 1) {
      DH_free(dh);
      EVP_PKEY_free(params);
      return nullptr;
    }
    return params;
  }
  EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new_id(p.id, nullptr);
  bool ok = ctx != nullptr && EVP_PKEY_paramgen_init(ctx) == 1;
  if (ok && p.id == EVP_PKEY_DH) {
    ok = EVP_PKEY_CTX_set_dh_paramgen_prime_len(ctx, static_cast<int>(p.bits)) > 0 &&
         EVP_PKEY_CTX_set_dh_paramgen_generator(ctx, p.generator) > 0;
  } else if (ok && p.id == EVP_PKEY_DSA) {
    ok = EVP_PKEY_CTX_set_dsa_paramgen_bits(ctx, static_cast<int>(p.bits)) > 0 &&
         (p.divisor_bits == -1 || EVP_PKEY_CTX_set_dsa_paramgen_q_bits(ctx, p.divisor_bits) > 0);
  } else if (ok) {
    ok = EVP_PKEY_CTX_set_ec_paramgen_curve_nid(ctx, p.curve_nid) > 0 &&
         EVP_PKEY_CTX_set_ec_param_enc(
             ctx, p.explicit_params ? OPENSSL_EC_EXPLICIT_CURVE : OPENSSL_EC_NAMED_CURVE) > 0;
  }
  EVP_PKEY* params = nullptr;
  if (ok && EVP_PKEY_paramgen(ctx, &params) != 1) params = nullptr;
  EVP_PKEY_CTX_free(ctx);
  return params;
}

// A context ready for EVP_PKEY_keygen, or nullptr.
EVP_PKEY_CTX* KeygenContext(const KeyGenParams& p) {
  EVP_PKEY_CTX* ctx = nullptr;
  if (p.id == EVP_PKEY_DH || p.id == EVP_PKEY_DSA || p.id == EVP_PKEY_EC) {
    EVP_PKEY* params = GenerateParams(p);
    if (params == nullptr) return nullptr;
    ctx = EVP_PKEY_CTX_new(params, nullptr);
    EVP_PKEY_free(params);
  } else {
    ctx = EVP_PKEY_CTX_new_id(p.id, nullptr);
  }
  bool ok = ctx != nullptr && EVP_PKEY_keygen_init(ctx) == 1;
  if (ok && (p.id == EVP_PKEY_RSA || p.id == EVP_PKEY_RSA_PSS)) {
    BIGNUM* e = BN_new();
    ok = e != nullptr && BN_set_word(e, p.exponent) == 1 &&
         EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, static_cast<int>(p.bits)) > 0 &&
         EVP_PKEY_CTX_set1_rsa_keygen_pubexp(ctx, e) > 0;
    BN_free(e);
  }
  if (ok && p.id == EVP_PKEY_RSA_PSS) {
    // The MGF1 digest and salt length follow the digest unless given (RFC 8017).
    const EVP_MD* mgf1_md = p.mgf1_md != nullptr ? p.mgf1_md : p.md;
    int salt_length = p.salt_length < 0 && p.md != nullptr ? EVP_MD_get_size(p.md) : p.salt_length;
    ok = (p.md == nullptr || EVP_PKEY_CTX_set_rsa_pss_keygen_md(ctx, p.md) > 0) &&
         (mgf1_md == nullptr || EVP_PKEY_CTX_set_rsa_pss_keygen_mgf1_md(ctx, mgf1_md) > 0) &&
         (salt_length < 0 || EVP_PKEY_CTX_set_rsa_pss_keygen_saltlen(ctx, salt_length) > 0);
  }
  if (!ok) {
    EVP_PKEY_CTX_free(ctx);
    return nullptr;
  }
  return ctx;
}

class KeyPairJob : public CryptoJob {
 public:
  explicit KeyPairJob(const KeyGenParams& params) : params_(params) { error().decorate = false; }
  ~KeyPairJob() override {
    BN_free(params_.prime);
    EVP_PKEY_free(pkey_);
  }

  void DoWork() override {
    EVP_PKEY_CTX* ctx = KeygenContext(params_);
    if (ctx == nullptr || EVP_PKEY_keygen(ctx, &pkey_) != 1) {
      pkey_ = nullptr;
      error().Capture("Key generation job failed");
    }
    EVP_PKEY_CTX_free(ctx);
  }

  MaybeLocal<Value> Result(Environment* env) override {
    Isolate* isolate = env->isolate();
    EVP_PKEY_up_ref(pkey_);
    KeyObjectHandle* pub = KeyObjectHandle::Create(env, kKeyTypePublic, pkey_);
    EVP_PKEY_up_ref(pkey_);
    KeyObjectHandle* priv = KeyObjectHandle::Create(env, kKeyTypePrivate, pkey_);
    if (pub == nullptr || priv == nullptr) return MaybeLocal<Value>();
    Local<Value> pair[] = {pub->object(), priv->object()};
    return v8::Array::New(isolate, pair, 2);
  }

 private:
  KeyGenParams params_;
  EVP_PKEY* pkey_ = nullptr;
};

int CurveNid(const std::string& name) {
  int nid = EC_curve_nist2nid(name.c_str());
  if (nid == NID_undef) nid = OBJ_sn2nid(name.c_str());
  return nid;
}

// The digest named by `value` (undefined: none); false after throwing `message`.
bool DigestArg(Isolate* isolate, Local<Value> value, const char* message, const EVP_MD** md) {
  if (value->IsUndefined()) return true;
  std::string name = Utf8Value(isolate, value).ToString();
  *md = EVP_get_digestbyname(name.c_str());
  if (*md != nullptr) return true;
  ThrowCodedError(isolate, ErrorKind::kTypeError, "ERR_CRYPTO_INVALID_DIGEST", message + name);
  return false;
}

void GenerateKeyPair(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  std::string type = Utf8Value(isolate, args[0]).ToString();
  KeyGenParams p;
  int req_index = 1;
  if (type == "rsa" || type == "rsa-pss") {
    p.id = type == "rsa" ? EVP_PKEY_RSA : EVP_PKEY_RSA_PSS;
    p.bits = args[1]->Uint32Value(context).FromMaybe(0);
    p.exponent = static_cast<uint64_t>(args[2]->NumberValue(context).FromMaybe(65537));
    req_index = 3;
    if (p.id == EVP_PKEY_RSA_PSS) {
      if (!DigestArg(isolate, args[3], "Invalid digest: ", &p.md) ||
          !DigestArg(isolate, args[4], "Invalid MGF1 digest: ", &p.mgf1_md)) {
        return;
      }
      if (!args[5]->IsUndefined()) {
        p.salt_length = args[5]->Int32Value(context).FromMaybe(-1);
        if (p.salt_length < 0) {
          return ThrowCodedError(isolate, ErrorKind::kRangeError, "ERR_OUT_OF_RANGE",
                                 "salt length is out of range");
        }
      }
      req_index = 6;
    }
  } else if (type == "dsa") {
    p.id = EVP_PKEY_DSA;
    p.bits = args[1]->Uint32Value(context).FromMaybe(0);
    p.divisor_bits = args[2]->Int32Value(context).FromMaybe(-1);
    req_index = 3;
  } else if (type == "ec") {
    p.curve_nid = CurveNid(Utf8Value(isolate, args[1]).ToString());
    if (p.curve_nid == NID_undef) {
      return ThrowCodedError(isolate, ErrorKind::kTypeError, "ERR_CRYPTO_INVALID_CURVE",
                             "Invalid EC curve name");
    }
    // As in Node, the names of the Edwards and Montgomery curves give those keys, and
    // other names of objects that are not curves fail in the job.
    bool okp = p.curve_nid == EVP_PKEY_ED25519 || p.curve_nid == EVP_PKEY_ED448 ||
               p.curve_nid == EVP_PKEY_X25519 || p.curve_nid == EVP_PKEY_X448;
    p.id = okp ? p.curve_nid : EVP_PKEY_EC;
    p.explicit_params = args[2]->IsTrue();
    req_index = 3;
  } else if (type == "dh") {
    p.id = EVP_PKEY_DH;
    if (args[1]->IsString()) {
      p.prime = DHGroupPrime(Utf8Value(isolate, args[1]).ToString());
      if (p.prime == nullptr) {
        return ThrowCodedError(isolate, ErrorKind::kError, "ERR_CRYPTO_UNKNOWN_DH_GROUP",
                               "Unknown DH group");
      }
    } else if (args[1]->IsInt32()) {
      p.bits = static_cast<unsigned>(args[1].As<v8::Int32>()->Value());
    } else {
      ByteView prime(args[1]);
      p.prime = BN_bin2bn(prime.data(), static_cast<int>(prime.size()), nullptr);
      CHECK(p.prime != nullptr);
    }
    if (args[2]->IsInt32()) p.generator = args[2].As<v8::Int32>()->Value();
    req_index = 3;
  } else {
    p.id = type == "ed25519"  ? EVP_PKEY_ED25519
           : type == "ed448"  ? EVP_PKEY_ED448
           : type == "x25519" ? EVP_PKEY_X25519
                              : EVP_PKEY_X448;
  }
  RunJob(args, std::make_unique<KeyPairJob>(p), req_index);
}

void GetCurves(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  size_t count = EC_get_builtin_curves(nullptr, 0);
  std::vector<EC_builtin_curve> curves(count);
  EC_get_builtin_curves(curves.data(), count);
  Local<v8::Array> list = v8::Array::New(isolate, static_cast<int>(count));
  for (size_t i = 0; i < count; i++) {
    USE(list->Set(context, static_cast<uint32_t>(i),
                  OneByteString(isolate, OBJ_nid2sn(curves[i].nid))));
  }
  args.GetReturnValue().Set(list);
}

}  // namespace

void InitKeygen(Environment* env, Local<Object> target) {
  Local<Context> context = env->context();
  SetMethod(context, target, "generateKeyPair", GenerateKeyPair);
  SetMethod(context, target, "getCurves", GetCurves);
}

}  // namespace crypto
}  // namespace rt
