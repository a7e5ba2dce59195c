// X.509 certificates for the `crypto` binding (crypto.X509Certificate; tls reuses
// toLegacyObject for getPeerCertificate).
//
// JS API (lib/internal/crypto/x509.js validates):
//   parseX509(view) -> X509Handle, or throws OpenSSL's error (PEM first, then DER)
//   handle.subject() / issuer() / subjectAltName() / infoAccess() / validFrom() / validTo()
//     / serialNumber() / pem() -> string | undefined; fingerprint(digest) -> "AB:CD:..."
//   keyUsage() -> OIDs of the extended key usage | undefined; raw() -> Buffer; ca() -> bool
//   publicKey() -> KeyObjectHandle; checkHost(name, flags) / checkEmail(email, flags) /
//   checkIP(ip) -> the matching name | undefined; checkIssued(other) / checkPrivateKey(key)
//   / verify(key) -> bool; toLegacyObject() -> Node's legacy certificate object
//   certVerifySpkac(view) -> bool; certExportPublicKey(view) -> PEM Buffer;
//   certExportChallenge(view) -> Buffer: SPKAC (crypto.Certificate), '' for empty or
//   unreadable input like Node
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <string>
#include <vector>

#include "bindings/crypto/keys.h"

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

constexpr unsigned long kNameFlagsMultiline = ASN1_STRFLGS_ESC_2253 | ASN1_STRFLGS_ESC_CTRL |
                                              ASN1_STRFLGS_UTF8_CONVERT | XN_FLAG_SEP_MULTILINE |
                                              XN_FLAG_FN_SN;

class X509Data : public BindingData {
 public:
  static const char kKey;
  explicit X509Data(Environment*) {}
  v8::Global<v8::Function> constructor;
};
const char X509Data::kKey = 0;

std::string BioToString(BIO* bio) {
  char* data = nullptr;
  long size = BIO_get_mem_data(bio, &data);
  std::string out(data, static_cast<size_t>(size));
  BIO_free(bio);
  return out;
}

std::string NameString(const X509_NAME* name) {
  BIO* bio = BIO_new(BIO_s_mem());
  X509_NAME_print_ex(bio, name, 0, kNameFlagsMultiline);
  return BioToString(bio);
}

std::string TimeString(const ASN1_TIME* time) {
  BIO* bio = BIO_new(BIO_s_mem());
  ASN1_TIME_print(bio, time);
  return BioToString(bio);
}

std::string GeneralNameString(const GENERAL_NAME* name) {
  auto ia5 = [](const ASN1_IA5STRING* s) {
    return std::string(reinterpret_cast<const char*>(ASN1_STRING_get0_data(s)),
                       static_cast<size_t>(ASN1_STRING_length(s)));
  };
  switch (name->type) {
    case GEN_DNS:
      return "DNS:" + ia5(name->d.dNSName);
    case GEN_EMAIL:
      return "email:" + ia5(name->d.rfc822Name);
    case GEN_URI:
      return "URI:" + ia5(name->d.uniformResourceIdentifier);
    case GEN_IPADD: {
      const unsigned char* b = ASN1_STRING_get0_data(name->d.iPAddress);
      int len = ASN1_STRING_length(name->d.iPAddress);
      char buf[64];
      if (len == 4) {
        snprintf(buf, sizeof(buf), "%d.%d.%d.%d", b[0], b[1], b[2], b[3]);
      } else if (len == 16) {
        int n = 0;
        for (int i = 0; i < 16; i += 2) {
          n += snprintf(buf + n, sizeof(buf) - n, i == 0 ? "%X" : ":%X", (b[i] << 8) | b[i + 1]);
        }
      } else {
        return "IP Address:<invalid>";
      }
      return std::string("IP Address:") + buf;
    }
    case GEN_DIRNAME: {
      BIO* bio = BIO_new(BIO_s_mem());
      X509_NAME_print_ex(bio, name->d.directoryName, 0, XN_FLAG_ONELINE);
      return "DirName:" + BioToString(bio);
    }
  }
  return "othername:<unsupported>";
}

class X509Handle : public BaseObject {
 public:
  X509Handle(Environment* env, Local<Object> object) : BaseObject(env, object) {}
  ~X509Handle() override { X509_free(cert_); }

  static void New(const FunctionCallbackInfo<Value>& args) {
    CHECK(args.IsConstructCall());
    new X509Handle(Environment::GetCurrent(args.GetIsolate()), args.This());
  }

  static X509Handle* Self(const FunctionCallbackInfo<Value>& args) {
    return Unwrap<X509Handle>(args.This());
  }

  static void SetString(const FunctionCallbackInfo<Value>& args, const std::string& s) {
    args.GetReturnValue().Set(Utf8String(args.GetIsolate(), s));
  }

  static void Subject(const FunctionCallbackInfo<Value>& args) {
    SetString(args, NameString(X509_get_subject_name(Self(args)->cert_)));
  }
  static void Issuer(const FunctionCallbackInfo<Value>& args) {
    SetString(args, NameString(X509_get_issuer_name(Self(args)->cert_)));
  }
  static void ValidFrom(const FunctionCallbackInfo<Value>& args) {
    SetString(args, TimeString(X509_get0_notBefore(Self(args)->cert_)));
  }
  static void ValidTo(const FunctionCallbackInfo<Value>& args) {
    SetString(args, TimeString(X509_get0_notAfter(Self(args)->cert_)));
  }

  static bool AltNames(X509* cert, std::string* out) {
    GENERAL_NAMES* names =
        static_cast<GENERAL_NAMES*>(X509_get_ext_d2i(cert, NID_subject_alt_name, nullptr, nullptr));
    if (names == nullptr) return false;
    for (int i = 0; i < sk_GENERAL_NAME_num(names); i++) {
      if (i > 0) *out += ", ";
      *out += GeneralNameString(sk_GENERAL_NAME_value(names, i));
    }
    GENERAL_NAMES_free(names);
    return true;
  }

  static void SubjectAltName(const FunctionCallbackInfo<Value>& args) {
    std::string out;
    if (AltNames(Self(args)->cert_, &out)) SetString(args, out);
  }

  static void InfoAccess(const FunctionCallbackInfo<Value>& args) {
    AUTHORITY_INFO_ACCESS* info = static_cast<AUTHORITY_INFO_ACCESS*>(
        X509_get_ext_d2i(Self(args)->cert_, NID_info_access, nullptr, nullptr));
    if (info == nullptr) return;
    std::string out;
    for (int i = 0; i < sk_ACCESS_DESCRIPTION_num(info); i++) {
      ACCESS_DESCRIPTION* desc = sk_ACCESS_DESCRIPTION_value(info, i);
      char method[80];
      i2t_ASN1_OBJECT(method, sizeof(method), desc->method);
      out += std::string(method) + " - " + GeneralNameString(desc->location) + "\n";
    }
    AUTHORITY_INFO_ACCESS_free(info);
    SetString(args, out);
  }

  static std::string Fingerprint(X509* cert, const EVP_MD* md) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (X509_digest(cert, md, digest, &len) != 1) return "";
    static const char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (unsigned int i = 0; i < len; i++) {
      if (i > 0) out += ':';
      out += kHex[digest[i] >> 4];
      out += kHex[digest[i] & 15];
    }
    return out;
  }

  static void FingerprintMethod(const FunctionCallbackInfo<Value>& args) {
    std::string name = Utf8Value(args.GetIsolate(), args[0]).ToString();
    const EVP_MD* md = EVP_get_digestbyname(name.c_str());
    SetString(args, Fingerprint(Self(args)->cert_, md));
  }

  static Local<Value> ExtKeyUsage(Isolate* isolate, X509* cert) {
    EXTENDED_KEY_USAGE* eku = static_cast<EXTENDED_KEY_USAGE*>(
        X509_get_ext_d2i(cert, NID_ext_key_usage, nullptr, nullptr));
    if (eku == nullptr) return v8::Undefined(isolate);
    Local<Context> context = isolate->GetCurrentContext();
    Local<v8::Array> list = v8::Array::New(isolate);
    for (int i = 0; i < sk_ASN1_OBJECT_num(eku); i++) {
      char oid[256];
      OBJ_obj2txt(oid, sizeof(oid), sk_ASN1_OBJECT_value(eku, i), 1);
      USE(list->Set(context, static_cast<uint32_t>(i), OneByteString(isolate, oid)));
    }
    EXTENDED_KEY_USAGE_free(eku);
    return list;
  }

  static void KeyUsage(const FunctionCallbackInfo<Value>& args) {
    args.GetReturnValue().Set(ExtKeyUsage(args.GetIsolate(), Self(args)->cert_));
  }

  static std::string Serial(X509* cert) {
    BIGNUM* bn = ASN1_INTEGER_to_BN(X509_get0_serialNumber(cert), nullptr);
    char* hex = bn != nullptr ? BN_bn2hex(bn) : nullptr;
    std::string out = hex != nullptr ? hex : "";
    OPENSSL_free(hex);
    BN_free(bn);
    return out;
  }

  static void SerialNumber(const FunctionCallbackInfo<Value>& args) {
    SetString(args, Serial(Self(args)->cert_));
  }

  static Local<Value> RawBuffer(Environment* env, X509* cert) {
    unsigned char* der = nullptr;
    int len = i2d_X509(cert, &der);
    Local<Object> buffer;
    bool ok = len > 0 && NewBuffer(env, der, static_cast<size_t>(len)).ToLocal(&buffer);
    OPENSSL_free(der);
    return ok ? Local<Value>(buffer) : Local<Value>(v8::Undefined(env->isolate()));
  }

  static void Raw(const FunctionCallbackInfo<Value>& args) {
    X509Handle* self = Self(args);
    args.GetReturnValue().Set(RawBuffer(self->env(), self->cert_));
  }

  static void Pem(const FunctionCallbackInfo<Value>& args) {
    BIO* bio = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(bio, Self(args)->cert_);
    SetString(args, BioToString(bio));
  }

  static void CA(const FunctionCallbackInfo<Value>& args) {
    args.GetReturnValue().Set(X509_check_ca(Self(args)->cert_) == 1);
  }

  static void PublicKey(const FunctionCallbackInfo<Value>& args) {
    X509Handle* self = Self(args);
    EVP_PKEY* pkey = X509_get_pubkey(self->cert_);
    if (pkey == nullptr) return ThrowCryptoError(args.GetIsolate(), "Failed to get public key");
    KeyObjectHandle* handle = KeyObjectHandle::Create(self->env(), kKeyTypePublic, pkey);
    if (handle != nullptr) args.GetReturnValue().Set(handle->object());
  }

  static void ReturnPeer(const FunctionCallbackInfo<Value>& args, int result, char* peer,
                         const std::string& fallback) {
    if (result == 1) SetString(args, peer != nullptr ? std::string(peer) : fallback);
    OPENSSL_free(peer);
    ERR_clear_error();
  }

  static void CheckHost(const FunctionCallbackInfo<Value>& args) {
    std::string name = Utf8Value(args.GetIsolate(), args[0]).ToString();
    unsigned flags = args[1]->Uint32Value(args.GetIsolate()->GetCurrentContext()).FromMaybe(0);
    char* peer = nullptr;
    int r = X509_check_host(Self(args)->cert_, name.data(), name.size(), flags, &peer);
    ReturnPeer(args, r, peer, name);
  }

  static void CheckEmail(const FunctionCallbackInfo<Value>& args) {
    std::string email = Utf8Value(args.GetIsolate(), args[0]).ToString();
    unsigned flags = args[1]->Uint32Value(args.GetIsolate()->GetCurrentContext()).FromMaybe(0);
    int r = X509_check_email(Self(args)->cert_, email.data(), email.size(), flags);
    ReturnPeer(args, r, nullptr, email);
  }

  static void CheckIP(const FunctionCallbackInfo<Value>& args) {
    std::string ip = Utf8Value(args.GetIsolate(), args[0]).ToString();
    int r = X509_check_ip_asc(Self(args)->cert_, ip.c_str(), 0);
    if (r == -2) {
      ERR_clear_error();
      return ThrowCodedError(args.GetIsolate(), ErrorKind::kTypeError, "ERR_INVALID_ARG_VALUE",
                             "Invalid IP");
    }
    ReturnPeer(args, r, nullptr, ip);
  }

  static void CheckIssued(const FunctionCallbackInfo<Value>& args) {
    X509Handle* other = Unwrap<X509Handle>(args[0]);
    CHECK(other != nullptr);
    args.GetReturnValue().Set(X509_check_issued(other->cert_, Self(args)->cert_) == X509_V_OK);
    ERR_clear_error();
  }

  static void CheckPrivateKey(const FunctionCallbackInfo<Value>& args) {
    KeyObjectHandle* key = Unwrap<KeyObjectHandle>(args[0]);
    CHECK(key != nullptr);
    args.GetReturnValue().Set(X509_check_private_key(Self(args)->cert_, key->pkey()) == 1);
    ERR_clear_error();
  }

  static void VerifyMethod(const FunctionCallbackInfo<Value>& args) {
    KeyObjectHandle* key = Unwrap<KeyObjectHandle>(args[0]);
    CHECK(key != nullptr);
    args.GetReturnValue().Set(X509_verify(Self(args)->cert_, key->pkey()) > 0);
    ERR_clear_error();
  }

  // subject/issuer as objects: { C: 'US', CN: 'x' }, repeated fields as arrays.
  static Local<Object> NameObject(Isolate* isolate, const X509_NAME* name) {
    Local<Context> context = isolate->GetCurrentContext();
    Local<Object> out = Object::New(isolate);
    USE(out->SetPrototype(context, v8::Null(isolate)));
    for (int i = 0; i < X509_NAME_entry_count(name); i++) {
      const X509_NAME_ENTRY* entry = X509_NAME_get_entry(name, i);
      int nid = OBJ_obj2nid(X509_NAME_ENTRY_get_object(entry));
      char oid[80];
      const char* key = nid != NID_undef ? OBJ_nid2sn(nid) : oid;
      if (nid == NID_undef) OBJ_obj2txt(oid, sizeof(oid), X509_NAME_ENTRY_get_object(entry), 1);
      unsigned char* utf8 = nullptr;
      int len = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(entry));
      if (len < 0) continue;
      Local<v8::String> value = Utf8String(isolate, reinterpret_cast<char*>(utf8), len);
      OPENSSL_free(utf8);
      Local<v8::String> k = OneByteString(isolate, key);
      Local<Value> existing;
      if (out->Get(context, k).ToLocal(&existing) && !existing->IsUndefined()) {
        if (existing->IsArray()) {
          Local<v8::Array> arr = existing.As<v8::Array>();
          USE(arr->Set(context, arr->Length(), value));
        } else {
          Local<Value> both[] = {existing, value};
          USE(out->Set(context, k, v8::Array::New(isolate, both, 2)));
        }
      } else {
        USE(out->Set(context, k, value));
      }
    }
    return out;
  }

  static void ToLegacyObject(const FunctionCallbackInfo<Value>& args) {
    Isolate* isolate = args.GetIsolate();
    Local<Context> context = isolate->GetCurrentContext();
    X509Handle* self = Self(args);
    X509* cert = self->cert_;
    Local<Object> out = Object::New(isolate);
    SetValue(context, out, "subject", NameObject(isolate, X509_get_subject_name(cert)));
    SetValue(context, out, "issuer", NameObject(isolate, X509_get_issuer_name(cert)));
    std::string alt;
    if (AltNames(cert, &alt)) SetValue(context, out, "subjectaltname", Utf8String(isolate, alt));
    SetValue(context, out, "ca", v8::Boolean::New(isolate, X509_check_ca(cert) == 1));
    EVP_PKEY* pkey = X509_get0_pubkey(cert);
    if (pkey != nullptr && EVP_PKEY_get_base_id(pkey) == EVP_PKEY_RSA) {
      const RSA* rsa = EVP_PKEY_get0_RSA(pkey);
      const BIGNUM *n, *e;
      RSA_get0_key(rsa, &n, &e, nullptr);
      char* hex = BN_bn2hex(n);
      SetValue(context, out, "modulus", OneByteString(isolate, hex));
      OPENSSL_free(hex);
      SetNumber(context, out, "bits", BN_num_bits(n));
      char exponent[32];
      snprintf(exponent, sizeof(exponent), "0x%llx",
               static_cast<unsigned long long>(BN_get_word(e)));
      SetValue(context, out, "exponent", OneByteString(isolate, exponent));
      unsigned char* der = nullptr;
      int len = i2d_RSA_PUBKEY(const_cast<RSA*>(rsa), &der);
      Local<Object> buffer;
      if (len > 0 && NewBuffer(self->env(), der, static_cast<size_t>(len)).ToLocal(&buffer)) {
        SetValue(context, out, "pubkey", buffer);
      }
      OPENSSL_free(der);
    } else if (pkey != nullptr && EVP_PKEY_get_base_id(pkey) == EVP_PKEY_EC) {
      const EC_KEY* ec = EVP_PKEY_get0_EC_KEY(pkey);
      const EC_GROUP* group = EC_KEY_get0_group(ec);
      SetNumber(context, out, "bits", EC_GROUP_order_bits(group));
      unsigned char* point = nullptr;
      size_t len = EC_KEY_key2buf(ec, EC_KEY_get_conv_form(ec), &point, nullptr);
      Local<Object> buffer;
      if (len > 0 && NewBuffer(self->env(), point, len).ToLocal(&buffer)) {
        SetValue(context, out, "pubkey", buffer);
      }
      OPENSSL_free(point);
      int nid = EC_GROUP_get_curve_name(group);
      if (nid != NID_undef) {
        SetValue(context, out, "asn1Curve", OneByteString(isolate, OBJ_nid2sn(nid)));
        const char* nist = EC_curve_nid2nist(nid);
        if (nist != nullptr) SetValue(context, out, "nistCurve", OneByteString(isolate, nist));
      }
    }
    SetValue(context, out, "valid_from",
             Utf8String(isolate, TimeString(X509_get0_notBefore(cert))));
    SetValue(context, out, "valid_to", Utf8String(isolate, TimeString(X509_get0_notAfter(cert))));
    SetValue(context, out, "fingerprint",
             OneByteString(isolate, Fingerprint(cert, EVP_sha1()).c_str()));
    SetValue(context, out, "fingerprint256",
             OneByteString(isolate, Fingerprint(cert, EVP_sha256()).c_str()));
    SetValue(context, out, "fingerprint512",
             OneByteString(isolate, Fingerprint(cert, EVP_sha512()).c_str()));
    Local<Value> eku = ExtKeyUsage(isolate, cert);
    if (!eku->IsUndefined()) SetValue(context, out, "ext_key_usage", eku);
    SetValue(context, out, "serialNumber", OneByteString(isolate, Serial(cert).c_str()));
    SetValue(context, out, "raw", RawBuffer(self->env(), cert));
    args.GetReturnValue().Set(out);
  }

  X509* cert_ = nullptr;
};

void ParseX509(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  Environment* env = Environment::GetCurrent(isolate);
  ByteView bytes(args[0]);
  ERR_clear_error();
  BIO* bio = BIO_new_mem_buf(bytes.data(), static_cast<int>(bytes.size()));
  X509* cert = PEM_read_bio_X509_AUX(bio, nullptr, nullptr, nullptr);
  BIO_free(bio);
  if (cert == nullptr) {
    // DER; when it is not DER either, the PEM error leads the errors reported.
    const unsigned char* p = bytes.data();
    cert = d2i_X509(nullptr, &p, static_cast<long>(bytes.size()));
    if (cert == nullptr) return ThrowCryptoError(isolate, "Failed to parse certificate");
  }
  ERR_clear_error();
  Local<Object> obj;
  if (NewX509Handle(env, cert).ToLocal(&obj)) args.GetReturnValue().Set(obj);
  X509_free(cert);
}

// The SPKAC in base64 `args[0]`, or nullptr after returning `unreadable` (or '' for
// empty input, as Node does).
NETSCAPE_SPKI* SpkacArg(const FunctionCallbackInfo<Value>& args, Local<Value> unreadable) {
  ByteView input(args[0]);
  if (input.size() == 0) {
    args.GetReturnValue().SetEmptyString();
    return nullptr;
  }
  NETSCAPE_SPKI* spki = NETSCAPE_SPKI_b64_decode(reinterpret_cast<const char*>(input.data()),
                                                 static_cast<int>(input.size()));
  ERR_clear_error();
  if (spki == nullptr) args.GetReturnValue().Set(unreadable);
  return spki;
}

Local<Value> EmptyString(const FunctionCallbackInfo<Value>& args) {
  return v8::String::Empty(args.GetIsolate());
}

void CertVerifySpkac(const FunctionCallbackInfo<Value>& args) {
  NETSCAPE_SPKI* spki = SpkacArg(args, v8::False(args.GetIsolate()));
  if (spki == nullptr) return;
  EVP_PKEY* pkey = NETSCAPE_SPKI_get_pubkey(spki);
  bool ok = pkey != nullptr && NETSCAPE_SPKI_verify(spki, pkey) > 0;
  EVP_PKEY_free(pkey);
  NETSCAPE_SPKI_free(spki);
  ERR_clear_error();
  args.GetReturnValue().Set(ok);
}

void CertExportPublicKey(const FunctionCallbackInfo<Value>& args) {
  NETSCAPE_SPKI* spki = SpkacArg(args, EmptyString(args));
  if (spki == nullptr) return;
  EVP_PKEY* pkey = NETSCAPE_SPKI_get_pubkey(spki);
  BIO* bio = BIO_new(BIO_s_mem());
  if (pkey != nullptr && PEM_write_bio_PUBKEY(bio, pkey) == 1) {
    char* data = nullptr;
    long size = BIO_get_mem_data(bio, &data);
    Local<Object> buffer;
    if (NewBuffer(Environment::GetCurrent(args.GetIsolate()), reinterpret_cast<uint8_t*>(data),
                  static_cast<size_t>(size))
            .ToLocal(&buffer)) {
      args.GetReturnValue().Set(buffer);
    }
  } else {
    args.GetReturnValue().SetEmptyString();
  }
  BIO_free(bio);
  EVP_PKEY_free(pkey);
  NETSCAPE_SPKI_free(spki);
  ERR_clear_error();
}

void CertExportChallenge(const FunctionCallbackInfo<Value>& args) {
  NETSCAPE_SPKI* spki = SpkacArg(args, EmptyString(args));
  if (spki == nullptr) return;
  unsigned char* challenge = nullptr;
  int size = ASN1_STRING_to_UTF8(&challenge, spki->spkac->challenge);
  NETSCAPE_SPKI_free(spki);
  ERR_clear_error();
  if (size < 0) return args.GetReturnValue().SetEmptyString();
  Local<Object> buffer;
  if (NewBuffer(Environment::GetCurrent(args.GetIsolate()), challenge, static_cast<size_t>(size))
          .ToLocal(&buffer)) {
    args.GetReturnValue().Set(buffer);
  }
  OPENSSL_free(challenge);
}

// The X509Handle class, made on first use: TLS sockets hand out handles (NewX509Handle)
// before or without `internalBinding('crypto')`.
Local<v8::Function> X509Constructor(Environment* env) {
  X509Data* data = env->GetBindingData<X509Data>();
  if (!data->constructor.IsEmpty()) return data->constructor.Get(env->isolate());
  Local<Context> context = env->context();
  Local<v8::FunctionTemplate> tmpl =
      BaseObject::MakeTemplate(env, X509Handle::New, "X509Certificate");
  struct {
    const char* name;
    v8::FunctionCallback fn;
  } methods[] = {
      {"subject", X509Handle::Subject},
      {"issuer", X509Handle::Issuer},
      {"subjectAltName", X509Handle::SubjectAltName},
      {"infoAccess", X509Handle::InfoAccess},
      {"validFrom", X509Handle::ValidFrom},
      {"validTo", X509Handle::ValidTo},
      {"fingerprint", X509Handle::FingerprintMethod},
      {"keyUsage", X509Handle::KeyUsage},
      {"serialNumber", X509Handle::SerialNumber},
      {"raw", X509Handle::Raw},
      {"pem", X509Handle::Pem},
      {"ca", X509Handle::CA},
      {"publicKey", X509Handle::PublicKey},
      {"checkHost", X509Handle::CheckHost},
      {"checkEmail", X509Handle::CheckEmail},
      {"checkIP", X509Handle::CheckIP},
      {"checkIssued", X509Handle::CheckIssued},
      {"checkPrivateKey", X509Handle::CheckPrivateKey},
      {"verify", X509Handle::VerifyMethod},
      {"toLegacyObject", X509Handle::ToLegacyObject},
  };
  for (const auto& m : methods) BaseObject::SetProtoMethod(env, tmpl, m.name, m.fn);
  Local<v8::Function> constructor = tmpl->GetFunction(context).ToLocalChecked();
  data->constructor.Reset(env->isolate(), constructor);
  return constructor;
}

}  // namespace

v8::MaybeLocal<Object> NewX509Handle(Environment* env, X509* cert) {
  Local<Object> obj;
  if (!X509Constructor(env)->NewInstance(env->context()).ToLocal(&obj)) return {};
  X509_up_ref(cert);
  BaseObject::Unwrap<X509Handle>(obj)->cert_ = cert;
  return obj;
}

void InitX509(Environment* env, Local<Object> target) {
  X509Constructor(env);
  Local<Context> context = env->context();
  SetMethod(context, target, "parseX509", ParseX509);
  SetMethod(context, target, "certVerifySpkac", CertVerifySpkac);
  SetMethod(context, target, "certExportPublicKey", CertExportPublicKey);
  SetMethod(context, target, "certExportChallenge", CertExportChallenge);
}

}  // namespace crypto
}  // namespace rt
