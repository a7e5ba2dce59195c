// Finite-field Diffie-Hellman (crypto.createDiffieHellman, getDiffieHellman) for the
// `crypto` binding. Uses OpenSSL's DH_* API (deprecated in OpenSSL 3 but available; the
// warnings are silenced below), as Node does: DH_check gives verifyError, and the
// private key length OpenSSL picks for the RFC 3526 groups matches Node's.
//
// JS API (lib/internal/crypto/diffiehellman.js validates and encodes):
//   new DiffieHellman(bitsOrPrime, generator) bitsOrPrime: Int32 or bytes; generator:
//       Int32 or bytes. Throws OpenSSL's errors (ERR_OSSL_DH_*).
//   new DiffieHellmanGroup(name) throws ERR_CRYPTO_UNKNOWN_DH_GROUP
//   .verifyError (number, a getter), generateKeys() -> Buffer (public key)
//   getPrime() / getGenerator() / getPublicKey() / getPrivateKey() -> Buffer
//   setPublicKey(bytes) / setPrivateKey(bytes)
//   computeSecret(bytes) -> Buffer zero-padded to the prime's size; throws
//       ERR_CRYPTO_INVALID_KEYLEN ('Supplied key is too small' / 'too large'), else
//       ERR_CRYPTO_INVALID_KEYTYPE.
#include <openssl/bn.h>
#include <openssl/dh.h>
#include <openssl/err.h>

#include <cstring>
#include <string>
#include <vector>

#include "bindings/crypto/crypto_util.h"
#include "runtime/base_object.h"

#pragma GCC diagnostic ignored "-Wdeprecated-declarations"

namespace rt {
namespace crypto {
namespace {

using v8::Context;
using v8::FunctionCallbackInfo;
using v8::Isolate;
using v8::Local;
using v8::Object;
using v8::Value;

void ThrowPutError(Isolate* isolate, int lib, int reason, const char* fallback) {
  ERR_clear_error();
  ERR_put_error(lib, 0, reason, __FILE__, __LINE__);
  ThrowCryptoError(isolate, fallback);
}

}  // namespace

BIGNUM* DHGroupPrime(const std::string& name) {
  if (name == "modp1") return BN_get_rfc2409_prime_768(nullptr);
  if (name == "modp2") return BN_get_rfc2409_prime_1024(nullptr);
  if (name == "modp5") return BN_get_rfc3526_prime_1536(nullptr);
  if (name == "modp14") return BN_get_rfc3526_prime_2048(nullptr);
  if (name == "modp15") return BN_get_rfc3526_prime_3072(nullptr);
  if (name == "modp16") return BN_get_rfc3526_prime_4096(nullptr);
  if (name == "modp17") return BN_get_rfc3526_prime_6144(nullptr);
  if (name == "modp18") return BN_get_rfc3526_prime_8192(nullptr);
  return nullptr;
}

namespace {

void ReturnBignum(const FunctionCallbackInfo<Value>& args, const BIGNUM* bn) {
  std::vector<uint8_t> bytes(static_cast<size_t>(BN_num_bytes(bn)));
  if (!bytes.empty()) BN_bn2bin(bn, bytes.data());
  Local<Object> buffer;
  Environment* env = Environment::GetCurrent(args.GetIsolate());
  if (NewBuffer(env, bytes.data(), bytes.size()).ToLocal(&buffer)) {
    args.GetReturnValue().Set(buffer);
  }
}

class DiffieHellman : public BaseObject {
 public:
  DiffieHellman(Environment* env, Local<Object> object, DH* dh, int verify_error)
      : BaseObject(env, object), dh_(dh) {
    // An accessor, as in Node (util.inspect of the handle shows `[Getter]`).
    Isolate* isolate = env->isolate();
    Local<v8::Function> getter;
    if (v8::Function::New(env->context(), ReturnData, v8::Integer::New(isolate, verify_error))
            .ToLocal(&getter)) {
      object->SetAccessorProperty(
          OneByteString(isolate, "verifyError"), getter, Local<v8::Function>(),
          static_cast<v8::PropertyAttribute>(v8::ReadOnly | v8::DontDelete));
    }
  }

  static void ReturnData(const FunctionCallbackInfo<Value>& args) {
    args.GetReturnValue().Set(args.Data());
  }
  ~DiffieHellman() override { DH_free(dh_); }

  // Takes ownership of p and g; nullptr (with the error queue set) on failure.
  static DH* FromParams(BIGNUM* p, BIGNUM* g, int* verify_error) {
    DH* dh = DH_new();
    if (dh == nullptr || DH_set0_pqg(dh, p, nullptr, g) != 1) {
      BN_free(p);
      BN_free(g);
      DH_free(dh);
      return nullptr;
    }
    return Verify(dh, verify_error);
  }

  static DH* Verify(DH* dh, int* verify_error) {
    int codes = 0;
    if (DH_check(dh, &codes) != 1) {
      DH_free(dh);
      return nullptr;
    }
    *verify_error = codes;
    return dh;
  }

  static void New(const FunctionCallbackInfo<Value>& args) {
    CHECK(args.IsConstructCall());
    Isolate* isolate = args.GetIsolate();
    Environment* env = Environment::GetCurrent(isolate);
    ERR_clear_error();
    // The prime (its length or bytes) is checked before the generator, as in Node.
    int32_t generator = args[1]->IsInt32() ? args[1].As<v8::Int32>()->Value() : 0;
    auto bad_int_generator = [&]() { return args[1]->IsInt32() && generator < 2; };
    DH* dh = nullptr;
    int verify_error = 0;
    if (args[0]->IsInt32()) {
      int32_t bits = args[0].As<v8::Int32>()->Value();
      if (bits < 2) {
        return ThrowPutError(isolate, ERR_LIB_DH, DH_R_MODULUS_TOO_SMALL, "Invalid prime length");
      }
      if (bad_int_generator()) {
        return ThrowPutError(isolate, ERR_LIB_DH, DH_R_BAD_GENERATOR, "Invalid generator");
      }
      if (!args[1]->IsInt32()) {
        ByteView g_bytes(args[1]);
        BIGNUM* g = BN_bin2bn(g_bytes.data(), static_cast<int>(g_bytes.size()), nullptr);
        bool bad = g == nullptr || BN_is_zero(g) || BN_is_one(g) || BN_num_bits(g) > 31;
        generator = bad ? 0 : static_cast<int32_t>(BN_get_word(g));
        BN_free(g);
        if (generator < 2) {
          return ThrowPutError(isolate, ERR_LIB_DH, DH_R_BAD_GENERATOR, "Invalid generator");
        }
      }
      dh = DH_new();
      if (dh != nullptr && DH_generate_parameters_ex(dh, bits, generator, nullptr) != 1) {
        DH_free(dh);
        dh = nullptr;
      }
      if (dh != nullptr) dh = Verify(dh, &verify_error);
    } else {
      ByteView p_bytes(args[0]);
      if (p_bytes.size() == 0) {
        return ThrowPutError(isolate, ERR_LIB_BN, BN_R_BITS_TOO_SMALL, "Initialization failed");
      }
      if (bad_int_generator()) {
        return ThrowPutError(isolate, ERR_LIB_DH, DH_R_BAD_GENERATOR, "Invalid generator");
      }
      BIGNUM* p = BN_bin2bn(p_bytes.data(), static_cast<int>(p_bytes.size()), nullptr);
      BIGNUM* g = nullptr;
      if (args[1]->IsInt32()) {
        g = BN_new();
        if (g != nullptr) BN_set_word(g, static_cast<BN_ULONG>(generator));
      } else {
        ByteView g_bytes(args[1]);
        if (g_bytes.size() == 0) {
          BN_free(p);
          return ThrowPutError(isolate, ERR_LIB_DH, DH_R_BAD_GENERATOR, "Invalid generator");
        }
        g = BN_bin2bn(g_bytes.data(), static_cast<int>(g_bytes.size()), nullptr);
        if (g != nullptr && (BN_is_zero(g) || BN_is_one(g))) {
          BN_free(p);
          BN_free(g);
          return ThrowPutError(isolate, ERR_LIB_DH, DH_R_BAD_GENERATOR, "Invalid generator");
        }
      }
      dh = FromParams(p, g, &verify_error);
    }
    if (dh == nullptr) return ThrowCryptoError(isolate, "Initialization failed");
    new DiffieHellman(env, args.This(), dh, verify_error);
  }

  static void NewGroup(const FunctionCallbackInfo<Value>& args) {
    CHECK(args.IsConstructCall());
    Isolate* isolate = args.GetIsolate();
    Environment* env = Environment::GetCurrent(isolate);
    BIGNUM* p = DHGroupPrime(Utf8Value(isolate, args[0]).ToString());
    if (p == nullptr) {
      return ThrowCodedError(isolate, ErrorKind::kError, "ERR_CRYPTO_UNKNOWN_DH_GROUP",
                             "Unknown DH group");
    }
    BIGNUM* g = BN_new();
    BN_set_word(g, 2);
    int verify_error = 0;
    DH* dh = FromParams(p, g, &verify_error);
    if (dh == nullptr) return ThrowCryptoError(isolate, "Initialization failed");
    new DiffieHellman(env, args.This(), dh, verify_error);
  }

  static void GenerateKeys(const FunctionCallbackInfo<Value>& args) {
    DiffieHellman* self = Unwrap<DiffieHellman>(args.This());
    ERR_clear_error();
    if (DH_generate_key(self->dh_) != 1) {
      return ThrowCryptoError(args.GetIsolate(), "Key generation failed");
    }
    ReturnBignum(args, DH_get0_pub_key(self->dh_));
  }

  static void GetPrime(const FunctionCallbackInfo<Value>& args) {
    ReturnBignum(args, DH_get0_p(Unwrap<DiffieHellman>(args.This())->dh_));
  }

  static void GetGenerator(const FunctionCallbackInfo<Value>& args) {
    ReturnBignum(args, DH_get0_g(Unwrap<DiffieHellman>(args.This())->dh_));
  }

  static void GetPublicKey(const FunctionCallbackInfo<Value>& args) {
    const BIGNUM* key = DH_get0_pub_key(Unwrap<DiffieHellman>(args.This())->dh_);
    if (key == nullptr) {
      return ThrowCodedError(args.GetIsolate(), ErrorKind::kError, "ERR_CRYPTO_INVALID_STATE",
                             "No public key - did you forget to generate one?");
    }
    ReturnBignum(args, key);
  }

  static void GetPrivateKey(const FunctionCallbackInfo<Value>& args) {
    const BIGNUM* key = DH_get0_priv_key(Unwrap<DiffieHellman>(args.This())->dh_);
    if (key == nullptr) {
      return ThrowCodedError(args.GetIsolate(), ErrorKind::kError, "ERR_CRYPTO_INVALID_STATE",
                             "No private key - did you forget to generate one?");
    }
    ReturnBignum(args, key);
  }

  static void SetPublicKey(const FunctionCallbackInfo<Value>& args) {
    DiffieHellman* self = Unwrap<DiffieHellman>(args.This());
    ByteView bytes(args[0]);
    BIGNUM* key = BN_bin2bn(bytes.data(), static_cast<int>(bytes.size()), nullptr);
    CHECK(key != nullptr);
    CHECK_EQ(DH_set0_key(self->dh_, key, nullptr), 1);
  }

  static void SetPrivateKey(const FunctionCallbackInfo<Value>& args) {
    DiffieHellman* self = Unwrap<DiffieHellman>(args.This());
    ByteView bytes(args[0]);
    BIGNUM* key = BN_bin2bn(bytes.data(), static_cast<int>(bytes.size()), nullptr);
    CHECK(key != nullptr);
    CHECK_EQ(DH_set0_key(self->dh_, nullptr, key), 1);
  }

  static void ComputeSecret(const FunctionCallbackInfo<Value>& args) {
    Isolate* isolate = args.GetIsolate();
    DiffieHellman* self = Unwrap<DiffieHellman>(args.This());
    ERR_clear_error();
    ByteView bytes(args[0]);
    BIGNUM* key = BN_bin2bn(bytes.data(), static_cast<int>(bytes.size()), nullptr);
    size_t prime_size = static_cast<size_t>(DH_size(self->dh_));
    std::vector<uint8_t> out(prime_size);
    int size = DH_compute_key(out.data(), key, self->dh_);
    if (size < 0) {
      int check = 0;
      int checked = DH_check_pub_key(self->dh_, key, &check);
      BN_free(key);
      if (!checked) return ThrowCryptoError(isolate, "Invalid Key");
      ERR_clear_error();
      if (check & (DH_CHECK_PUBKEY_TOO_SMALL | DH_CHECK_PUBKEY_TOO_LARGE)) {
        return ThrowCodedError(isolate, ErrorKind::kRangeError, "ERR_CRYPTO_INVALID_KEYLEN",
                               check & DH_CHECK_PUBKEY_TOO_SMALL ? "Supplied key is too small"
                                                                 : "Supplied key is too large");
      }
      return ThrowCodedError(isolate, ErrorKind::kRangeError, "ERR_CRYPTO_INVALID_KEYTYPE",
                             "Invalid key type");
    }
    BN_free(key);
    ERR_clear_error();
    // The secret is a number below the prime: pad it on the left to the prime's size.
    size_t n = static_cast<size_t>(size);
    if (n < prime_size) {
      memmove(out.data() + prime_size - n, out.data(), n);
      memset(out.data(), 0, prime_size - n);
    }
    Local<Object> buffer;
    if (NewBuffer(Environment::GetCurrent(isolate), out.data(), out.size()).ToLocal(&buffer)) {
      args.GetReturnValue().Set(buffer);
    }
  }

 private:
  DH* dh_;
};

void AddMethods(Environment* env, Local<v8::FunctionTemplate> tmpl, bool settable) {
  BaseObject::SetProtoMethod(env, tmpl, "generateKeys", DiffieHellman::GenerateKeys);
  BaseObject::SetProtoMethod(env, tmpl, "computeSecret", DiffieHellman::ComputeSecret);
  BaseObject::SetProtoMethod(env, tmpl, "getPrime", DiffieHellman::GetPrime);
  BaseObject::SetProtoMethod(env, tmpl, "getGenerator", DiffieHellman::GetGenerator);
  BaseObject::SetProtoMethod(env, tmpl, "getPublicKey", DiffieHellman::GetPublicKey);
  BaseObject::SetProtoMethod(env, tmpl, "getPrivateKey", DiffieHellman::GetPrivateKey);
  if (settable) {
    BaseObject::SetProtoMethod(env, tmpl, "setPublicKey", DiffieHellman::SetPublicKey);
    BaseObject::SetProtoMethod(env, tmpl, "setPrivateKey", DiffieHellman::SetPrivateKey);
  }
}

}  // namespace

void InitDH(Environment* env, Local<Object> target) {
  Local<Context> context = env->context();
  Local<v8::FunctionTemplate> tmpl =
      BaseObject::MakeTemplate(env, DiffieHellman::New, "DiffieHellman");
  AddMethods(env, tmpl, true);
  SetValue(context, target, "DiffieHellman", tmpl->GetFunction(context).ToLocalChecked());
  Local<v8::FunctionTemplate> group =
      BaseObject::MakeTemplate(env, DiffieHellman::NewGroup, "DiffieHellmanGroup");
  AddMethods(env, group, false);
  SetValue(context, target, "DiffieHellmanGroup", group->GetFunction(context).ToLocalChecked());
}

}  // namespace crypto
}  // namespace rt
