// Elliptic-curve Diffie-Hellman with raw points (crypto.createECDH) for the `crypto`
// binding. Uses OpenSSL's EC_KEY API, as Node does, for point arithmetic.
//
// JS API (lib/internal/crypto/ecdh.js validates and encodes):
//   new ECDH(curve) throws ERR_CRYPTO_INVALID_CURVE; generateKeys()
//   getPublicKey(form) / getPrivateKey() -> Buffer, throw ERR_CRYPTO_OPERATION_FAILED
//   setPrivateKey(bytes) throws ERR_CRYPTO_INVALID_KEYTYPE; setPublicKey(bytes)
//   computeSecret(point) -> Buffer, or a string when the point is not on the curve
//   convertKey(point, curve, form) -> Buffer
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/objects.h>

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

int CurveNid(Isolate* isolate, Local<Value> name_value) {
  std::string name = Utf8Value(isolate, name_value).ToString();
  int nid = OBJ_sn2nid(name.c_str());
  if (nid == NID_undef) nid = EC_curve_nist2nid(name.c_str());
  EC_GROUP* group = nid == NID_undef ? nullptr : EC_GROUP_new_by_curve_name(nid);
  ERR_clear_error();
  if (group == nullptr) {
    ThrowCodedError(isolate, ErrorKind::kTypeError, "ERR_CRYPTO_INVALID_CURVE",
                    "Invalid EC curve name");
    return NID_undef;
  }
  EC_GROUP_free(group);
  return nid;
}

EC_POINT* BufferToPoint(const EC_GROUP* group, const ByteView& bytes) {
  EC_POINT* point = EC_POINT_new(group);
  if (point != nullptr &&
      EC_POINT_oct2point(group, point, bytes.data(), bytes.size(), nullptr) != 1) {
    EC_POINT_free(point);
    point = nullptr;
  }
  ERR_clear_error();
  return point;
}

bool PointToBytes(const EC_GROUP* group, const EC_POINT* point, int form,
                  std::vector<uint8_t>* out) {
  size_t len = EC_POINT_point2oct(group, point, static_cast<point_conversion_form_t>(form), nullptr,
                                  0, nullptr);
  if (len == 0) return false;
  out->resize(len);
  return EC_POINT_point2oct(group, point, static_cast<point_conversion_form_t>(form), out->data(),
                            len, nullptr) == len;
}

void ReturnBuffer(const FunctionCallbackInfo<Value>& args, const std::vector<uint8_t>& bytes) {
  Local<Object> buffer;
  Environment* env = Environment::GetCurrent(args.GetIsolate());
  if (NewBuffer(env, bytes.data(), bytes.size()).ToLocal(&buffer)) {
    args.GetReturnValue().Set(buffer);
  }
}

void OperationFailed(Isolate* isolate, const char* message) {
  ERR_clear_error();
  ThrowCodedError(isolate, ErrorKind::kError, "ERR_CRYPTO_OPERATION_FAILED", message);
}

class ECDH : public BaseObject {
 public:
  ECDH(Environment* env, Local<Object> object, EC_KEY* key)
      : BaseObject(env, object), key_(key), group_(EC_KEY_get0_group(key)) {}
  ~ECDH() override { EC_KEY_free(key_); }

  static void New(const FunctionCallbackInfo<Value>& args) {
    CHECK(args.IsConstructCall());
    Isolate* isolate = args.GetIsolate();
    int nid = CurveNid(isolate, args[0]);
    if (nid == NID_undef) return;
    EC_KEY* key = EC_KEY_new_by_curve_name(nid);
    if (key == nullptr) return OperationFailed(isolate, "Failed to create key using named curve");
    new ECDH(Environment::GetCurrent(isolate), args.This(), key);
  }

  static void GenerateKeys(const FunctionCallbackInfo<Value>& args) {
    ECDH* self = Unwrap<ECDH>(args.This());
    if (EC_KEY_generate_key(self->key_) != 1) {
      return OperationFailed(args.GetIsolate(), "Failed to generate key");
    }
  }

  static void GetPublicKey(const FunctionCallbackInfo<Value>& args) {
    ECDH* self = Unwrap<ECDH>(args.This());
    const EC_POINT* pub = EC_KEY_get0_public_key(self->key_);
    std::vector<uint8_t> bytes;
    int form = args[0]->Int32Value(args.GetIsolate()->GetCurrentContext()).FromMaybe(4);
    if (pub == nullptr || !PointToBytes(self->group_, pub, form, &bytes)) {
      return OperationFailed(args.GetIsolate(), "Failed to get ECDH public key");
    }
    ReturnBuffer(args, bytes);
  }

  static void GetPrivateKey(const FunctionCallbackInfo<Value>& args) {
    ECDH* self = Unwrap<ECDH>(args.This());
    const BIGNUM* priv = EC_KEY_get0_private_key(self->key_);
    if (priv == nullptr)
      return OperationFailed(args.GetIsolate(), "Failed to get ECDH private key");
    std::vector<uint8_t> bytes(static_cast<size_t>(BN_num_bytes(priv)));
    BN_bn2bin(priv, bytes.data());
    ReturnBuffer(args, bytes);
  }

  static void SetPrivateKey(const FunctionCallbackInfo<Value>& args) {
    Isolate* isolate = args.GetIsolate();
    ECDH* self = Unwrap<ECDH>(args.This());
    ByteView bytes(args[0]);
    BIGNUM* priv = BN_bin2bn(bytes.data(), static_cast<int>(bytes.size()), nullptr);
    const BIGNUM* order = EC_GROUP_get0_order(self->group_);
    bool valid = priv != nullptr && !BN_is_zero(priv) && BN_cmp(priv, order) < 0;
    if (!valid) {
      BN_free(priv);
      ERR_clear_error();
      return ThrowCodedError(isolate, ErrorKind::kRangeError, "ERR_CRYPTO_INVALID_KEYTYPE",
                             "Private key is not valid for specified curve.");
    }
    EC_KEY* key = EC_KEY_new_by_curve_name(EC_GROUP_get_curve_name(self->group_));
    EC_POINT* pub = EC_POINT_new(self->group_);
    bool ok = key != nullptr && pub != nullptr && EC_KEY_set_private_key(key, priv) == 1 &&
              EC_POINT_mul(self->group_, pub, priv, nullptr, nullptr, nullptr) == 1 &&
              EC_KEY_set_public_key(key, pub) == 1;
    BN_clear_free(priv);
    EC_POINT_free(pub);
    if (!ok) {
      EC_KEY_free(key);
      return OperationFailed(isolate, "Failed to generate ECDH public key");
    }
    EC_KEY_free(self->key_);
    self->key_ = key;
    self->group_ = EC_KEY_get0_group(key);
  }

  static void SetPublicKey(const FunctionCallbackInfo<Value>& args) {
    ECDH* self = Unwrap<ECDH>(args.This());
    ByteView bytes(args[0]);
    EC_POINT* pub = BufferToPoint(self->group_, bytes);
    if (pub == nullptr) {
      return OperationFailed(args.GetIsolate(), "Failed to convert Buffer to EC_POINT");
    }
    int ok = EC_KEY_set_public_key(self->key_, pub);
    EC_POINT_free(pub);
    if (ok != 1)
      return OperationFailed(args.GetIsolate(), "Failed to set EC_POINT as the public key");
  }

  static void ComputeSecret(const FunctionCallbackInfo<Value>& args) {
    Isolate* isolate = args.GetIsolate();
    ECDH* self = Unwrap<ECDH>(args.This());
    if (EC_KEY_get0_private_key(self->key_) == nullptr || EC_KEY_check_key(self->key_) != 1) {
      ERR_clear_error();
      return ThrowCodedError(isolate, ErrorKind::kRangeError, "ERR_CRYPTO_INVALID_KEYPAIR",
                             "Invalid key pair");
    }
    ByteView bytes(args[0]);
    EC_POINT* pub = BufferToPoint(self->group_, bytes);
    if (pub == nullptr) {
      return args.GetReturnValue().Set(OneByteString(isolate, "invalid public key"));
    }
    int field_size = EC_GROUP_get_degree(self->group_);
    std::vector<uint8_t> out(static_cast<size_t>((field_size + 7) / 8));
    int n = ECDH_compute_key(out.data(), out.size(), pub, self->key_, nullptr);
    EC_POINT_free(pub);
    if (n <= 0) return OperationFailed(isolate, "Failed to compute ECDH key");
    ReturnBuffer(args, out);
  }

 private:
  EC_KEY* key_;
  const EC_GROUP* group_;
};

// convertKey(point, curve, form)
void ConvertKey(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  ByteView bytes(args[0]);
  // An empty key converts to an empty string, whatever the curve, as in Node.
  if (bytes.size() == 0) return args.GetReturnValue().SetEmptyString();
  int nid = CurveNid(isolate, args[1]);
  if (nid == NID_undef) return;
  EC_GROUP* group = EC_GROUP_new_by_curve_name(nid);
  EC_POINT* point = BufferToPoint(group, bytes);
  std::vector<uint8_t> out;
  int form = args[2]->Int32Value(isolate->GetCurrentContext()).FromMaybe(4);
  bool ok = point != nullptr && PointToBytes(group, point, form, &out);
  EC_POINT_free(point);
  EC_GROUP_free(group);
  if (!ok) return OperationFailed(isolate, "Failed to convert Buffer to EC_POINT");
  ReturnBuffer(args, out);
}

}  // namespace

void InitECDH(Environment* env, Local<Object> target) {
  Local<Context> context = env->context();
  Local<v8::FunctionTemplate> tmpl = BaseObject::MakeTemplate(env, ECDH::New, "ECDH");
  BaseObject::SetProtoMethod(env, tmpl, "generateKeys", ECDH::GenerateKeys);
  BaseObject::SetProtoMethod(env, tmpl, "getPublicKey", ECDH::GetPublicKey);
  BaseObject::SetProtoMethod(env, tmpl, "getPrivateKey", ECDH::GetPrivateKey);
  BaseObject::SetProtoMethod(env, tmpl, "setPrivateKey", ECDH::SetPrivateKey);
  BaseObject::SetProtoMethod(env, tmpl, "setPublicKey", ECDH::SetPublicKey);
  BaseObject::SetProtoMethod(env, tmpl, "computeSecret", ECDH::ComputeSecret);
  SetValue(context, target, "ECDH", tmpl->GetFunction(context).ToLocalChecked());
  SetMethod(context, target, "ecdhConvertKey", ConvertKey);
}

}  // namespace crypto
}  // namespace rt
