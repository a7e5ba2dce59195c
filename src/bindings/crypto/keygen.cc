// Key pair generation for the `crypto` binding (a CryptoJob: sync or on the thread pool)
// and the list of EC curves.
//
// JS API (options validated in lib/internal/crypto/keygen.js):
//   generateKeyPair('rsa' | 'rsa-pss', modulusLength, publicExponent, req?)
//   generateKeyPair('ec', curve, explicitParams, req?)   throws ERR_CRYPTO_INVALID_CURVE
//   generateKeyPair('ed25519' | 'ed448' | 'x25519' | 'x448', req?)
//     -> [publicHandle, privateHandle]
//   getCurves() -> names
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/objects.h>
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

class KeyPairJob : public CryptoJob {
 public:
  KeyPairJob(int id, unsigned bits, uint64_t exponent, int curve_nid, bool explicit_params)
      : id_(id),
        bits_(bits),
        exponent_(exponent),
        curve_nid_(curve_nid),
        explicit_params_(explicit_params) {}
  ~KeyPairJob() override { EVP_PKEY_free(pkey_); }

  void DoWork() override {
    EVP_PKEY_CTX* ctx = nullptr;
    bool ok;
    if (id_ == EVP_PKEY_EC) {
      // Parameters first, then the key from them.
      EVP_PKEY_CTX* param_ctx = EVP_PKEY_CTX_new_id(EVP_PKEY_EC, nullptr);
      EVP_PKEY* params = nullptr;
      ok = param_ctx != nullptr && EVP_PKEY_paramgen_init(param_ctx) == 1 &&
           EVP_PKEY_CTX_set_ec_paramgen_curve_nid(param_ctx, curve_nid_) == 1 &&
           EVP_PKEY_CTX_set_ec_param_enc(
               param_ctx, explicit_params_ ? OPENSSL_EC_EXPLICIT_CURVE : OPENSSL_EC_NAMED_CURVE) ==
               1 &&
           EVP_PKEY_paramgen(param_ctx, &params) == 1;
      EVP_PKEY_CTX_free(param_ctx);
      if (ok) ctx = EVP_PKEY_CTX_new(params, nullptr);
      EVP_PKEY_free(params);
      ok = ok && ctx != nullptr && EVP_PKEY_keygen_init(ctx) == 1;
    } else {
      ctx = EVP_PKEY_CTX_new_id(id_, nullptr);
      ok = ctx != nullptr && EVP_PKEY_keygen_init(ctx) == 1;
      if (ok && (id_ == EVP_PKEY_RSA || id_ == EVP_PKEY_RSA_PSS)) {
        BIGNUM* e = BN_new();
        ok = BN_set_word(e, exponent_) == 1 &&
             EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, static_cast<int>(bits_)) == 1 &&
             EVP_PKEY_CTX_set1_rsa_keygen_pubexp(ctx, e) == 1;
        BN_free(e);
      }
    }
    if (!ok || EVP_PKEY_keygen(ctx, &pkey_) != 1) error().Capture("Key generation job failed");
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
  int id_;
  unsigned bits_;
  uint64_t exponent_;
  int curve_nid_;
  bool explicit_params_;
  EVP_PKEY* pkey_ = nullptr;
};

int CurveNid(const std::string& name) {
  int nid = EC_curve_nist2nid(name.c_str());
  if (nid == NID_undef) nid = OBJ_sn2nid(name.c_str());
  return nid;
}

void GenerateKeyPair(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  std::string type = Utf8Value(isolate, args[0]).ToString();
  std::unique_ptr<CryptoJob> job;
  int req_index = 1;
  if (type == "rsa" || type == "rsa-pss") {
    unsigned bits = args[1]->Uint32Value(context).FromMaybe(0);
    uint64_t exponent = static_cast<uint64_t>(args[2]->NumberValue(context).FromMaybe(65537));
    job = std::make_unique<KeyPairJob>(type == "rsa" ? EVP_PKEY_RSA : EVP_PKEY_RSA_PSS, bits,
                                       exponent, 0, false);
    req_index = 3;
  } else if (type == "ec") {
    int nid = CurveNid(Utf8Value(isolate, args[1]).ToString());
    EC_GROUP* group = nid == NID_undef ? nullptr : EC_GROUP_new_by_curve_name(nid);
    ERR_clear_error();
    if (group == nullptr) {
      return ThrowCodedError(isolate, ErrorKind::kTypeError, "ERR_CRYPTO_INVALID_CURVE",
                             "Invalid EC curve name");
    }
    EC_GROUP_free(group);
    job = std::make_unique<KeyPairJob>(EVP_PKEY_EC, 0, 0, nid, args[2]->IsTrue());
    req_index = 3;
  } else {
    int id = type == "ed25519"  ? EVP_PKEY_ED25519
             : type == "ed448"  ? EVP_PKEY_ED448
             : type == "x25519" ? EVP_PKEY_X25519
                                : EVP_PKEY_X448;
    job = std::make_unique<KeyPairJob>(id, 0, 0, 0, false);
  }
  RunJob(args, std::move(job), req_index);
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
