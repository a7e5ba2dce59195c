// The asymmetric side of KeyObjectHandle: parsing PEM/DER (PKCS#1, PKCS#8, SPKI, SEC1,
// certificates) and JWK, export to PEM/DER/JWK, key type and details.
//
// JS API (methods of KeyObjectHandle, arguments validated in lib/internal/crypto/keys.js):
//   init(kind, data, format, type, passphrase) -> throws like Node on bad input
//   initJwk(jwk, crv) -> key type or undefined (throws ERR_CRYPTO_INVALID_JWK for EC);
//   initOkpRaw(crv, bytes, isPublic) -> key type or undefined
//   toPublic() -> a new public handle; getAsymmetricKeyType() -> 'rsa' | 'ec' | ...
//   keyDetail(obj) -> obj with modulusLength/publicExponent (bytes)/namedCurve
//   export(format, type, cipher?, passphrase?) -> string (PEM) | Buffer (DER)
//   exportJwk(obj) -> JWK members
#include <openssl/bio.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include <string>
#include <vector>

#include "bindings/crypto/keys.h"
#include "util/encoding.h"

#pragma GCC diagnostic ignored "-Wdeprecated-declarations"

namespace rt {
namespace crypto {

using v8::Context;
using v8::FunctionCallbackInfo;
using v8::Isolate;
using v8::Local;
using v8::Object;
using v8::String;
using v8::Value;

namespace {

struct Passphrase {
  const uint8_t* data;
  size_t size;
  bool given;
};

int PasswordCallback(char* buf, int size, int rwflag, void* u) {
  const Passphrase* pass = static_cast<const Passphrase*>(u);
  if (pass == nullptr || !pass->given) return -1;
  size_t n = pass->size;
  if (n > static_cast<size_t>(size)) return -1;
  memcpy(buf, pass->data, n);
  return static_cast<int>(n);
}

enum class ParseResult { kOk, kNotRecognized, kFailed, kNeedPassphrase };

template <typename Parse>
ParseResult TryParsePublicPEM(EVP_PKEY** pkey, BIO* bio, const char* name, Parse parse) {
  unsigned char* der = nullptr;
  long der_len = 0;
  ERR_set_mark();
  int ok = PEM_bytes_read_bio(&der, &der_len, nullptr, name, bio, nullptr, nullptr);
  ERR_pop_to_mark();
  if (ok != 1) return ParseResult::kNotRecognized;
  const unsigned char* p = der;
  *pkey = parse(&p, der_len);
  OPENSSL_clear_free(der, static_cast<size_t>(der_len));
  return *pkey != nullptr ? ParseResult::kOk : ParseResult::kFailed;
}

ParseResult ParsePublicPEM(EVP_PKEY** pkey, const uint8_t* data, size_t size) {
  BIO* bio = BIO_new_mem_buf(data, static_cast<int>(size));
  ParseResult r = TryParsePublicPEM(pkey, bio, "PUBLIC KEY", [](const unsigned char** p, long l) {
    return d2i_PUBKEY(nullptr, p, l);
  });
  if (r == ParseResult::kNotRecognized) {
    BIO_reset(bio);
    r = TryParsePublicPEM(pkey, bio, "RSA PUBLIC KEY", [](const unsigned char** p, long l) {
      return d2i_PublicKey(EVP_PKEY_RSA, nullptr, p, l);
    });
  }
  if (r == ParseResult::kNotRecognized) {
    BIO_reset(bio);
    r = TryParsePublicPEM(pkey, bio, "CERTIFICATE", [](const unsigned char** p, long l) {
      X509* x509 = d2i_X509(nullptr, p, l);
      EVP_PKEY* key = x509 != nullptr ? X509_get_pubkey(x509) : nullptr;
      X509_free(x509);
      return key;
    });
  }
  BIO_free(bio);
  return r;
}

ParseResult ParsePrivate(EVP_PKEY** pkey, const uint8_t* data, size_t size, KeyFormat format,
                         int encoding, const Passphrase& pass) {
  if (format == kKeyFormatPEM) {
    BIO* bio = BIO_new_mem_buf(data, static_cast<int>(size));
    *pkey = PEM_read_bio_PrivateKey(bio, nullptr, PasswordCallback, const_cast<Passphrase*>(&pass));
    BIO_free(bio);
  } else if (encoding == kKeyEncodingPKCS1) {
    const unsigned char* p = data;
    *pkey = d2i_PrivateKey(EVP_PKEY_RSA, nullptr, &p, static_cast<long>(size));
  } else if (encoding == kKeyEncodingPKCS8) {
    BIO* bio = BIO_new_mem_buf(data, static_cast<int>(size));
    // EncryptedPrivateKeyInfo or plain PrivateKeyInfo.
    X509_SIG* encrypted = d2i_PKCS8_bio(bio, nullptr);
    if (encrypted != nullptr) {
      X509_SIG_free(encrypted);
      BIO_reset(bio);
      *pkey =
          d2i_PKCS8PrivateKey_bio(bio, nullptr, PasswordCallback, const_cast<Passphrase*>(&pass));
    } else {
      ERR_clear_error();
      BIO_reset(bio);
      PKCS8_PRIV_KEY_INFO* info = d2i_PKCS8_PRIV_KEY_INFO_bio(bio, nullptr);
      if (info != nullptr) *pkey = EVP_PKCS82PKEY(info);
      PKCS8_PRIV_KEY_INFO_free(info);
    }
    BIO_free(bio);
  } else {
    const unsigned char* p = data;
    *pkey = d2i_PrivateKey(EVP_PKEY_EC, nullptr, &p, static_cast<long>(size));
  }
  unsigned long err = ERR_peek_error();
  if (err != 0 && *pkey != nullptr) {
    EVP_PKEY_free(*pkey);
    *pkey = nullptr;
  }
  if (*pkey != nullptr) return ParseResult::kOk;
  if (ERR_GET_LIB(err) == ERR_LIB_PEM && ERR_GET_REASON(err) == PEM_R_BAD_PASSWORD_READ &&
      !pass.given) {
    return ParseResult::kNeedPassphrase;
  }
  return ParseResult::kFailed;
}

// Whether DER data is an RSAPrivateKey rather than an RSAPublicKey (both PKCS#1).
bool IsRSAPrivateKeyDer(const uint8_t* data, size_t size) {
  const unsigned char* p = data;
  RSA* rsa = d2i_RSAPrivateKey(nullptr, &p, static_cast<long>(size));
  ERR_clear_error();
  bool is_private = rsa != nullptr;
  RSA_free(rsa);
  return is_private;
}

const char* KeyTypeName(const EVP_PKEY* pkey) {
  switch (EVP_PKEY_get_id(pkey)) {
    case EVP_PKEY_RSA:
      return "rsa";
    case EVP_PKEY_RSA_PSS:
      return "rsa-pss";
    case EVP_PKEY_DSA:
      return "dsa";
    case EVP_PKEY_DH:
      return "dh";
    case EVP_PKEY_EC:
      return "ec";
    case EVP_PKEY_ED25519:
      return "ed25519";
    case EVP_PKEY_ED448:
      return "ed448";
    case EVP_PKEY_X25519:
      return "x25519";
    case EVP_PKEY_X448:
      return "x448";
  }
  return nullptr;
}

Passphrase ToPassphrase(Local<Value> value, std::vector<uint8_t>* storage) {
  if (value->IsUndefined() || value->IsNull()) return {nullptr, 0, false};
  ByteView view(value);
  *storage = view.Copy();
  return {storage->data(), storage->size(), true};
}

std::string Base64Url(const uint8_t* data, size_t size) {
  std::string out(encoding::Base64EncodedLength(size, true), '\0');
  encoding::Base64Encode(data, size, &out[0], true);
  return out;
}

std::vector<uint8_t> BnBytes(const BIGNUM* bn, size_t pad = 0) {
  size_t n = static_cast<size_t>(BN_num_bytes(bn));
  std::vector<uint8_t> out(std::max(n, pad));
  BN_bn2binpad(bn, out.data(), static_cast<int>(out.size()));
  return out;
}

bool GetBnParam(const EVP_PKEY* pkey, const char* name, std::vector<uint8_t>* out, size_t pad = 0) {
  BIGNUM* bn = nullptr;
  if (EVP_PKEY_get_bn_param(pkey, name, &bn) != 1) {
    ERR_clear_error();
    return false;
  }
  *out = BnBytes(bn, pad);
  BN_clear_free(bn);
  return true;
}

std::vector<uint8_t> Base64UrlDecode(Isolate* isolate, Local<Value> value) {
  Utf8Value text(isolate, value);
  std::vector<uint8_t> out(text.length() * 3 / 4 + 3);
  size_t n = encoding::Base64Decode(reinterpret_cast<const uint8_t*>(*text), text.length(),
                                    out.data(), out.size());
  out.resize(n);
  return out;
}

Local<Value> GetMember(Local<Context> context, Local<Object> obj, const char* name) {
  Local<Value> value;
  if (!obj->Get(context, Symbol(context->GetIsolate(), name)).ToLocal(&value)) {
    return v8::Undefined(context->GetIsolate());
  }
  return value;
}

const char* CurveToJwk(const std::string& group) {
  if (group == "prime256v1" || group == "P-256") return "P-256";
  if (group == "secp384r1" || group == "P-384") return "P-384";
  if (group == "secp521r1" || group == "P-521") return "P-521";
  if (group == "secp256k1") return "secp256k1";
  return nullptr;
}

std::string GroupName(const EVP_PKEY* pkey) {
  char name[80] = {0};
  size_t len = 0;
  if (EVP_PKEY_get_utf8_string_param(pkey, OSSL_PKEY_PARAM_GROUP_NAME, name, sizeof(name), &len) !=
      1) {
    ERR_clear_error();
    return "";
  }
  return std::string(name, len);
}

EVP_PKEY* FromData(const char* type, OSSL_PARAM_BLD* bld, int selection) {
  OSSL_PARAM* params = OSSL_PARAM_BLD_to_param(bld);
  EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr);
  EVP_PKEY* pkey = nullptr;
  if (params == nullptr || ctx == nullptr || EVP_PKEY_fromdata_init(ctx) != 1 ||
      EVP_PKEY_fromdata(ctx, &pkey, selection, params) != 1) {
    pkey = nullptr;
  }
  EVP_PKEY_CTX_free(ctx);
  OSSL_PARAM_free(params);
  ERR_clear_error();
  return pkey;
}

// The restrictions of an RSA-PSS key (none when its parameters were left out). ASN.1
// leaves defaults out: SHA-1, MGF1 with SHA-1, a 20-byte salt.
void AddPssDetails(Local<Context> context, Local<Object> out, EVP_PKEY* pkey) {
  Isolate* isolate = context->GetIsolate();
  const RSA* rsa = EVP_PKEY_get0_RSA(pkey);
  const RSA_PSS_PARAMS* params = rsa != nullptr ? RSA_get0_pss_params(rsa) : nullptr;
  if (params == nullptr) return;
  int hash_nid = NID_sha1;
  int mgf_nid = NID_mgf1;
  int mgf1_hash_nid = NID_sha1;
  int64_t salt_length = 20;
  const ASN1_OBJECT* obj;
  if (params->hashAlgorithm != nullptr) {
    X509_ALGOR_get0(&obj, nullptr, nullptr, params->hashAlgorithm);
    hash_nid = OBJ_obj2nid(obj);
  }
  SetValue(context, out, "hashAlgorithm", OneByteString(isolate, OBJ_nid2ln(hash_nid)));
  if (params->maskGenAlgorithm != nullptr) {
    X509_ALGOR_get0(&obj, nullptr, nullptr, params->maskGenAlgorithm);
    mgf_nid = OBJ_obj2nid(obj);
    if (mgf_nid == NID_mgf1 && params->maskHash != nullptr) {
      X509_ALGOR_get0(&obj, nullptr, nullptr, params->maskHash);
      mgf1_hash_nid = OBJ_obj2nid(obj);
    }
  }
  if (mgf_nid == NID_mgf1) {
    SetValue(context, out, "mgf1HashAlgorithm", OneByteString(isolate, OBJ_nid2ln(mgf1_hash_nid)));
  }
  if (params->saltLength != nullptr) ASN1_INTEGER_get_int64(&salt_length, params->saltLength);
  SetNumber(context, out, "saltLength", static_cast<double>(salt_length));
}

}  // namespace

EVP_PKEY* ParseKey(Isolate* isolate, KeyType kind, const uint8_t* data, size_t size,
                   KeyFormat format, int encoding, Local<Value> passphrase_value) {
  std::vector<uint8_t> storage;
  Passphrase pass = ToPassphrase(passphrase_value, &storage);
  EVP_PKEY* pkey = nullptr;
  ParseResult r;
  ERR_clear_error();
  if (kind == kKeyTypePrivate) {
    r = ParsePrivate(&pkey, data, size, format, encoding, pass);
  } else if (format == kKeyFormatPEM) {
    r = ParsePublicPEM(&pkey, data, size);
    if (r == ParseResult::kNotRecognized)
      r = ParsePrivate(&pkey, data, size, format, encoding, pass);
  } else {
    bool is_public = encoding == kKeyEncodingPKCS1 ? !IsRSAPrivateKeyDer(data, size)
                                                   : encoding == kKeyEncodingSPKI;
    if (is_public) {
      const unsigned char* p = data;
      pkey = encoding == kKeyEncodingPKCS1
                 ? d2i_PublicKey(EVP_PKEY_RSA, nullptr, &p, static_cast<long>(size))
                 : d2i_PUBKEY(nullptr, &p, static_cast<long>(size));
      r = pkey != nullptr ? ParseResult::kOk : ParseResult::kFailed;
    } else {
      r = ParsePrivate(&pkey, data, size, format, encoding, pass);
    }
  }
  if (r == ParseResult::kOk) {
    ERR_clear_error();
    return pkey;
  }
  if (r == ParseResult::kNeedPassphrase) {
    ERR_clear_error();
    ThrowCodedError(isolate, ErrorKind::kTypeError, "ERR_MISSING_PASSPHRASE",
                    "Passphrase required for encrypted key");
    return nullptr;
  }
  ThrowCryptoError(isolate, kind == kKeyTypePrivate ? "Failed to read private key"
                                                    : "Failed to read asymmetric key");
  return nullptr;
}

class PKeyMethods {
 public:
  // init(kind, data, format, type, passphrase)
  static void Init(const FunctionCallbackInfo<Value>& args) {
    Isolate* isolate = args.GetIsolate();
    KeyObjectHandle* self = BaseObject::Unwrap<KeyObjectHandle>(args.This());
    KeyType kind = static_cast<KeyType>(args[0].As<v8::Int32>()->Value());
    ByteView data(args[1]);
    KeyFormat format = args[2]->IsInt32() ? static_cast<KeyFormat>(args[2].As<v8::Int32>()->Value())
                                          : kKeyFormatPEM;
    int encoding = args[3]->IsInt32() ? args[3].As<v8::Int32>()->Value() : -1;
    EVP_PKEY* pkey = ParseKey(isolate, kind, data.data(), data.size(), format, encoding, args[4]);
    if (pkey == nullptr) return;
    EVP_PKEY_free(self->pkey_);
    self->pkey_ = pkey;
    self->type_ = kind;
  }

  // initJwk(jwk, crv) for RSA and EC keys: private when `d` is present.
  static void InitJwk(const FunctionCallbackInfo<Value>& args) {
    Isolate* isolate = args.GetIsolate();
    Local<Context> context = isolate->GetCurrentContext();
    KeyObjectHandle* self = BaseObject::Unwrap<KeyObjectHandle>(args.This());
    Local<Object> jwk = args[0].As<Object>();
    std::string kty = Utf8Value(isolate, GetMember(context, jwk, "kty")).ToString();
    bool is_private = !GetMember(context, jwk, "d")->IsUndefined();
    OSSL_PARAM_BLD* bld = OSSL_PARAM_BLD_new();
    std::vector<BIGNUM*> bns;
    auto push_bn = [&](const char* member, const char* param) {
      std::vector<uint8_t> bytes = Base64UrlDecode(isolate, GetMember(context, jwk, member));
      BIGNUM* bn = BN_bin2bn(bytes.data(), static_cast<int>(bytes.size()), nullptr);
      bns.push_back(bn);
      return bn != nullptr && OSSL_PARAM_BLD_push_BN(bld, param, bn) == 1;
    };
    EVP_PKEY* pkey = nullptr;
    std::string group;
    std::vector<uint8_t> point;
    if (kty == "RSA") {
      bool ok = push_bn("n", OSSL_PKEY_PARAM_RSA_N) && push_bn("e", OSSL_PKEY_PARAM_RSA_E);
      if (ok && is_private) {
        ok = push_bn("d", OSSL_PKEY_PARAM_RSA_D) && push_bn("p", OSSL_PKEY_PARAM_RSA_FACTOR1) &&
             push_bn("q", OSSL_PKEY_PARAM_RSA_FACTOR2) &&
             push_bn("dp", OSSL_PKEY_PARAM_RSA_EXPONENT1) &&
             push_bn("dq", OSSL_PKEY_PARAM_RSA_EXPONENT2) &&
             push_bn("qi", OSSL_PKEY_PARAM_RSA_COEFFICIENT1);
      }
      if (ok) pkey = FromData("RSA", bld, is_private ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY);
    } else if (kty == "EC") {
      std::string crv = Utf8Value(isolate, args[1]).ToString();
      group = crv == "P-256"   ? "prime256v1"
              : crv == "P-384" ? "secp384r1"
              : crv == "P-521" ? "secp521r1"
                               : crv;
      std::vector<uint8_t> x = Base64UrlDecode(isolate, GetMember(context, jwk, "x"));
      std::vector<uint8_t> y = Base64UrlDecode(isolate, GetMember(context, jwk, "y"));
      point.push_back(POINT_CONVERSION_UNCOMPRESSED);
      point.insert(point.end(), x.begin(), x.end());
      point.insert(point.end(), y.begin(), y.end());
      bool ok =
          x.size() == y.size() &&
          OSSL_PARAM_BLD_push_utf8_string(bld, OSSL_PKEY_PARAM_GROUP_NAME, group.c_str(), 0) == 1 &&
          OSSL_PARAM_BLD_push_octet_string(bld, OSSL_PKEY_PARAM_PUB_KEY, point.data(),
                                           point.size()) == 1;
      if (ok && is_private) ok = push_bn("d", OSSL_PKEY_PARAM_PRIV_KEY);
      if (ok) pkey = FromData("EC", bld, is_private ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY);
      if (pkey == nullptr) {
        OSSL_PARAM_BLD_free(bld);
        for (BIGNUM* bn : bns) BN_clear_free(bn);
        return ThrowCodedError(isolate, ErrorKind::kTypeError, "ERR_CRYPTO_INVALID_JWK",
                               "Invalid JWK EC key");
      }
    }
    OSSL_PARAM_BLD_free(bld);
    for (BIGNUM* bn : bns) BN_clear_free(bn);
    if (pkey == nullptr) return;
    EVP_PKEY_free(self->pkey_);
    self->pkey_ = pkey;
    self->type_ = is_private ? kKeyTypePrivate : kKeyTypePublic;
    args.GetReturnValue().Set(static_cast<int>(self->type_));
  }

  // initOkpRaw(crv, bytes, isPublic) for Ed25519/Ed448/X25519/X448.
  static void InitOkpRaw(const FunctionCallbackInfo<Value>& args) {
    Isolate* isolate = args.GetIsolate();
    KeyObjectHandle* self = BaseObject::Unwrap<KeyObjectHandle>(args.This());
    std::string crv = Utf8Value(isolate, args[0]).ToString();
    int id = crv == "Ed25519"  ? EVP_PKEY_ED25519
             : crv == "Ed448"  ? EVP_PKEY_ED448
             : crv == "X25519" ? EVP_PKEY_X25519
                               : EVP_PKEY_X448;
    ByteView bytes(args[1]);
    bool is_public = args[2]->IsTrue();
    EVP_PKEY* pkey = is_public
                         ? EVP_PKEY_new_raw_public_key(id, nullptr, bytes.data(), bytes.size())
                         : EVP_PKEY_new_raw_private_key(id, nullptr, bytes.data(), bytes.size());
    ERR_clear_error();
    if (pkey == nullptr) return;
    EVP_PKEY_free(self->pkey_);
    self->pkey_ = pkey;
    self->type_ = is_public ? kKeyTypePublic : kKeyTypePrivate;
    args.GetReturnValue().Set(static_cast<int>(self->type_));
  }

  // toPublic() -> a public handle sharing the key.
  static void ToPublic(const FunctionCallbackInfo<Value>& args) {
    KeyObjectHandle* self = BaseObject::Unwrap<KeyObjectHandle>(args.This());
    CHECK(self->pkey_ != nullptr);
    EVP_PKEY_up_ref(self->pkey_);
    KeyObjectHandle* handle = KeyObjectHandle::Create(self->env(), kKeyTypePublic, self->pkey_);
    if (handle != nullptr) args.GetReturnValue().Set(handle->object());
  }

  static void GetAsymmetricKeyType(const FunctionCallbackInfo<Value>& args) {
    KeyObjectHandle* self = BaseObject::Unwrap<KeyObjectHandle>(args.This());
    const char* name = self->pkey_ != nullptr ? KeyTypeName(self->pkey_) : nullptr;
    if (name != nullptr) args.GetReturnValue().Set(OneByteString(args.GetIsolate(), name));
  }

  static void KeyDetail(const FunctionCallbackInfo<Value>& args) {
    Isolate* isolate = args.GetIsolate();
    Local<Context> context = isolate->GetCurrentContext();
    KeyObjectHandle* self = BaseObject::Unwrap<KeyObjectHandle>(args.This());
    Local<Object> out = args[0].As<Object>();
    EVP_PKEY* pkey = self->pkey_;
    switch (EVP_PKEY_get_id(pkey)) {
      case EVP_PKEY_RSA:
      case EVP_PKEY_RSA_PSS: {
        SetNumber(context, out, "modulusLength", EVP_PKEY_get_bits(pkey));
        std::vector<uint8_t> e;
        GetBnParam(pkey, OSSL_PKEY_PARAM_RSA_E, &e);
        Local<Object> buffer;
        if (NewBuffer(self->env(), e.data(), e.size()).ToLocal(&buffer)) {
          SetValue(context, out, "publicExponent", buffer);
        }
        if (EVP_PKEY_get_id(pkey) == EVP_PKEY_RSA_PSS) AddPssDetails(context, out, pkey);
        break;
      }
      case EVP_PKEY_DSA: {
        SetNumber(context, out, "modulusLength", EVP_PKEY_get_bits(pkey));
        std::vector<uint8_t> q;
        if (GetBnParam(pkey, OSSL_PKEY_PARAM_FFC_Q, &q)) {
          SetNumber(context, out, "divisorLength", static_cast<double>(q.size() * 8));
        }
        break;
      }
      case EVP_PKEY_EC:
        SetValue(context, out, "namedCurve", Utf8String(isolate, GroupName(pkey)));
        break;
    }
    args.GetReturnValue().Set(out);
  }

  static void ExportJwk(const FunctionCallbackInfo<Value>& args) {
    Isolate* isolate = args.GetIsolate();
    Local<Context> context = isolate->GetCurrentContext();
    KeyObjectHandle* self = BaseObject::Unwrap<KeyObjectHandle>(args.This());
    Local<Object> out = args[0].As<Object>();
    EVP_PKEY* pkey = self->pkey_;
    bool is_private = self->type_ == kKeyTypePrivate;
    auto set = [&](const char* name, const std::vector<uint8_t>& bytes) {
      SetValue(context, out, name,
               OneByteString(isolate, Base64Url(bytes.data(), bytes.size()).c_str()));
    };
    int id = EVP_PKEY_get_id(pkey);
    if (id == EVP_PKEY_RSA) {
      SetValue(context, out, "kty", OneByteString(isolate, "RSA"));
      static const char* const kPublic[][2] = {{"n", OSSL_PKEY_PARAM_RSA_N},
                                               {"e", OSSL_PKEY_PARAM_RSA_E}};
      static const char* const kPrivate[][2] = {
          {"d", OSSL_PKEY_PARAM_RSA_D},          {"p", OSSL_PKEY_PARAM_RSA_FACTOR1},
          {"q", OSSL_PKEY_PARAM_RSA_FACTOR2},    {"dp", OSSL_PKEY_PARAM_RSA_EXPONENT1},
          {"dq", OSSL_PKEY_PARAM_RSA_EXPONENT2}, {"qi", OSSL_PKEY_PARAM_RSA_COEFFICIENT1}};
      std::vector<uint8_t> bytes;
      for (auto& member : kPublic) {
        if (GetBnParam(pkey, member[1], &bytes)) set(member[0], bytes);
      }
      if (is_private) {
        for (auto& member : kPrivate) {
          if (GetBnParam(pkey, member[1], &bytes)) set(member[0], bytes);
        }
      }
    } else if (id == EVP_PKEY_EC) {
      std::string group = GroupName(pkey);
      const char* crv = CurveToJwk(group);
      if (crv == nullptr) {
        return ThrowCodedError(isolate, ErrorKind::kError, "ERR_CRYPTO_JWK_UNSUPPORTED_CURVE",
                               "Unsupported JWK EC curve: " + group + ".");
      }
      size_t degree = static_cast<size_t>(EVP_PKEY_get_bits(pkey) + 7) / 8;
      std::vector<uint8_t> x, y, d;
      SetValue(context, out, "kty", OneByteString(isolate, "EC"));
      GetBnParam(pkey, OSSL_PKEY_PARAM_EC_PUB_X, &x, degree);
      GetBnParam(pkey, OSSL_PKEY_PARAM_EC_PUB_Y, &y, degree);
      set("x", x);
      set("y", y);
      SetValue(context, out, "crv", OneByteString(isolate, crv));
      if (is_private && GetBnParam(pkey, OSSL_PKEY_PARAM_PRIV_KEY, &d, degree)) set("d", d);
    } else if (id == EVP_PKEY_ED25519 || id == EVP_PKEY_ED448 || id == EVP_PKEY_X25519 ||
               id == EVP_PKEY_X448) {
      const char* crv = id == EVP_PKEY_ED25519  ? "Ed25519"
                        : id == EVP_PKEY_ED448  ? "Ed448"
                        : id == EVP_PKEY_X25519 ? "X25519"
                                                : "X448";
      SetValue(context, out, "crv", OneByteString(isolate, crv));
      uint8_t buf[64];
      size_t len = sizeof(buf);
      if (is_private && EVP_PKEY_get_raw_private_key(pkey, buf, &len) == 1) {
        set("d", std::vector<uint8_t>(buf, buf + len));
      }
      len = sizeof(buf);
      if (EVP_PKEY_get_raw_public_key(pkey, buf, &len) == 1) {
        set("x", std::vector<uint8_t>(buf, buf + len));
      }
      SetValue(context, out, "kty", OneByteString(isolate, "OKP"));
    } else {
      return ThrowCodedError(isolate, ErrorKind::kError, "ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE",
                             "Unsupported JWK Key Type.");
    }
    args.GetReturnValue().Set(out);
  }
};

// export(format, type, cipher?, passphrase?) for public and private keys.
void ExportAsymmetricKey(const FunctionCallbackInfo<Value>& args, KeyObjectHandle* key) {
  Isolate* isolate = args.GetIsolate();
  Environment* env = key->env();
  KeyFormat format = static_cast<KeyFormat>(args[0].As<v8::Int32>()->Value());
  int type = args[1].As<v8::Int32>()->Value();
  EVP_PKEY* pkey = key->pkey();
  const EVP_CIPHER* cipher = nullptr;
  if (args[2]->IsString()) {
    cipher = EVP_get_cipherbyname(Utf8Value(isolate, args[2]).ToString().c_str());
    if (cipher == nullptr) {
      return ThrowCodedError(isolate, ErrorKind::kError, "ERR_CRYPTO_UNKNOWN_CIPHER",
                             "Unknown cipher");
    }
  }
  std::vector<uint8_t> pass_storage;
  Passphrase pass = ToPassphrase(args[3], &pass_storage);
  unsigned char* pass_data = const_cast<unsigned char*>(pass.given ? pass.data : nullptr);
  int pass_len = static_cast<int>(pass.size);
  bool pem = format == kKeyFormatPEM;
  BIO* bio = BIO_new(BIO_s_mem());
  int ok = 0;
  ERR_clear_error();
  if (key->type() == kKeyTypePublic) {
    if (type == kKeyEncodingPKCS1) {
      const RSA* rsa = EVP_PKEY_get0_RSA(pkey);
      ok = pem ? PEM_write_bio_RSAPublicKey(bio, rsa) : i2d_RSAPublicKey_bio(bio, rsa);
    } else {
      ok = pem ? PEM_write_bio_PUBKEY(bio, pkey) : i2d_PUBKEY_bio(bio, pkey);
    }
  } else if (type == kKeyEncodingPKCS1) {
    RSA* rsa = const_cast<RSA*>(EVP_PKEY_get0_RSA(pkey));
    ok = pem ? PEM_write_bio_RSAPrivateKey(bio, rsa, cipher, pass_data, pass_len, nullptr, nullptr)
             : i2d_RSAPrivateKey_bio(bio, rsa);
  } else if (type == kKeyEncodingPKCS8) {
    ok = pem ? PEM_write_bio_PKCS8PrivateKey(bio, pkey, cipher, reinterpret_cast<char*>(pass_data),
                                             pass_len, nullptr, nullptr)
             : i2d_PKCS8PrivateKey_bio(bio, pkey, cipher, reinterpret_cast<char*>(pass_data),
                                       pass_len, nullptr, nullptr);
  } else {
    EC_KEY* ec = const_cast<EC_KEY*>(EVP_PKEY_get0_EC_KEY(pkey));
    ok = ec != nullptr &&
         (pem ? PEM_write_bio_ECPrivateKey(bio, ec, cipher, pass_data, pass_len, nullptr, nullptr)
              : i2d_ECPrivateKey_bio(bio, ec));
  }
  if (ok != 1) {
    BIO_free(bio);
    return ThrowCryptoError(isolate, "Failed to encode key");
  }
  char* data = nullptr;
  long size = BIO_get_mem_data(bio, &data);
  if (pem) {
    args.GetReturnValue().Set(Utf8String(isolate, data, static_cast<int>(size)));
  } else {
    Local<Object> buffer;
    if (NewBuffer(env, reinterpret_cast<uint8_t*>(data), static_cast<size_t>(size))
            .ToLocal(&buffer)) {
      args.GetReturnValue().Set(buffer);
    }
  }
  BIO_free(bio);
}

void InitAsymmetricKeyMethods(Environment* env, Local<v8::FunctionTemplate> tmpl) {
  BaseObject::SetProtoMethod(env, tmpl, "init", PKeyMethods::Init);
  BaseObject::SetProtoMethod(env, tmpl, "initJwk", PKeyMethods::InitJwk);
  BaseObject::SetProtoMethod(env, tmpl, "initOkpRaw", PKeyMethods::InitOkpRaw);
  BaseObject::SetProtoMethod(env, tmpl, "toPublic", PKeyMethods::ToPublic);
  BaseObject::SetProtoMethod(env, tmpl, "getAsymmetricKeyType", PKeyMethods::GetAsymmetricKeyType);
  BaseObject::SetProtoMethod(env, tmpl, "keyDetail", PKeyMethods::KeyDetail);
  BaseObject::SetProtoMethod(env, tmpl, "exportJwk", PKeyMethods::ExportJwk);
}

}  // namespace crypto
}  // namespace rt
