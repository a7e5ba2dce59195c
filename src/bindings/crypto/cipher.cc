// Symmetric ciphers for the `crypto` binding (Cipheriv/Decipheriv), including the AEAD
// modes GCM, CCM, OCB and ChaCha20-Poly1305, and cipher listings.
//
// JS API (arguments validated in lib/internal/crypto/cipher.js):
//   new CipherBase(encrypt); initiv(name, key, iv | null, authTagLength (-1 = none))
//     throws ERR_CRYPTO_UNKNOWN_CIPHER / _INVALID_IV / _INVALID_KEYLEN / _INVALID_AUTH_TAG
//   update(string (UTF-8) | view) -> Buffer; final() -> Buffer
//   setAutoPadding(bool) -> bool; setAAD(view, plaintextLength) -> bool
//   getAuthTag() -> Buffer | undefined; setAuthTag(view) -> bool
//   getCiphers() -> names (unfiltered); getCipherInfo(info, nameOrNid, keyLen?, ivLen?)
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>

#include <climits>
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

constexpr unsigned kNoAuthTagLength = static_cast<unsigned>(-1);

bool IsAuthenticatedCipher(const EVP_CIPHER* cipher) {
  int mode = EVP_CIPHER_get_mode(cipher);
  return mode == EVP_CIPH_GCM_MODE || mode == EVP_CIPH_CCM_MODE || mode == EVP_CIPH_OCB_MODE ||
         EVP_CIPHER_get_nid(cipher) == NID_chacha20_poly1305;
}

bool IsValidGCMTagLength(unsigned length) {
  return length == 4 || length == 8 || (length >= 12 && length <= 16);
}

class CipherBase : public BaseObject {
 public:
  CipherBase(Environment* env, Local<Object> object, bool encrypt)
      : BaseObject(env, object), encrypt_(encrypt) {}
  ~CipherBase() override { EVP_CIPHER_CTX_free(ctx_); }

  static void New(const FunctionCallbackInfo<Value>& args) {
    CHECK(args.IsConstructCall());
    new CipherBase(Environment::GetCurrent(args.GetIsolate()), args.This(), args[0]->IsTrue());
  }

  static void InitIv(const FunctionCallbackInfo<Value>& args) {
    Isolate* isolate = args.GetIsolate();
    CipherBase* self = Unwrap<CipherBase>(args.This());
    std::string name = Utf8Value(isolate, args[0]).ToString();
    const EVP_CIPHER* cipher = self->env()->GetBindingData<CryptoData>()->GetCipher(name);
    if (cipher == nullptr) {
      return ThrowCodedError(isolate, ErrorKind::kError, "ERR_CRYPTO_UNKNOWN_CIPHER",
                             "Unknown cipher");
    }
    ByteView key(args[1]);
    ByteView iv(args[2]);
    bool has_iv = !args[2]->IsNull() && iv.size() > 0;
    int expected_iv_len = EVP_CIPHER_get_iv_length(cipher);
    bool authenticated = IsAuthenticatedCipher(cipher);
    auto invalid_iv = [&]() {
      ThrowCodedError(isolate, ErrorKind::kTypeError, "ERR_CRYPTO_INVALID_IV",
                      "Invalid initialization vector");
    };
    if (!has_iv && expected_iv_len != 0) return invalid_iv();
    if (!authenticated && has_iv && static_cast<int>(iv.size()) != expected_iv_len) {
      return invalid_iv();
    }
    if (EVP_CIPHER_get_nid(cipher) == NID_chacha20_poly1305 && iv.size() > 12) {
      return invalid_iv();
    }
    // Any uint32 lib/ let through (-1: none), so that a length past 2^31 is reported
    // as invalid, as in Node.
    unsigned auth_tag_len = kNoAuthTagLength;
    if (args[3]->IsUint32()) auth_tag_len = args[3].As<v8::Uint32>()->Value();
    self->ctx_ = EVP_CIPHER_CTX_new();
    if (EVP_CIPHER_get_mode(cipher) == EVP_CIPH_WRAP_MODE) {
      EVP_CIPHER_CTX_set_flags(self->ctx_, EVP_CIPHER_CTX_FLAG_WRAP_ALLOW);
    }
    if (EVP_CipherInit_ex(self->ctx_, cipher, nullptr, nullptr, nullptr, self->encrypt_) != 1) {
      return self->Fail("Failed to initialize cipher");
    }
    if (authenticated &&
        !self->InitAuthenticated(name, static_cast<int>(iv.size()), auth_tag_len)) {
      return;
    }
    if (EVP_CIPHER_CTX_set_key_length(self->ctx_, static_cast<int>(key.size())) != 1) {
      EVP_CIPHER_CTX_free(self->ctx_);
      self->ctx_ = nullptr;
      ERR_clear_error();
      return ThrowCodedError(isolate, ErrorKind::kRangeError, "ERR_CRYPTO_INVALID_KEYLEN",
                             "Invalid key length");
    }
    if (EVP_CipherInit_ex(self->ctx_, nullptr, nullptr, key.data(), has_iv ? iv.data() : nullptr,
                          self->encrypt_) != 1) {
      return self->Fail("Failed to initialize cipher");
    }
  }

  static void Update(const FunctionCallbackInfo<Value>& args) {
    Isolate* isolate = args.GetIsolate();
    CipherBase* self = Unwrap<CipherBase>(args.This());
    std::vector<uint8_t> utf8;
    const uint8_t* data;
    size_t size;
    ByteView view(args[0]);
    if (args[0]->IsString()) {
      Local<String> str = args[0].As<String>();
      utf8.resize(static_cast<size_t>(str->Utf8Length(isolate)));
      str->WriteUtf8(isolate, reinterpret_cast<char*>(utf8.data()), static_cast<int>(utf8.size()),
                     nullptr, String::NO_NULL_TERMINATION | String::REPLACE_INVALID_UTF8);
      data = utf8.data();
      size = utf8.size();
    } else {
      data = view.data();
      size = view.size();
    }
    if (size > INT_MAX) {
      return ThrowCodedError(isolate, ErrorKind::kRangeError, "ERR_OUT_OF_RANGE",
                             "data is too long");
    }
    if (self->ctx_ == nullptr) {
      return ThrowCryptoError(isolate, "Trying to add data in unsupported state");
    }
    int mode = EVP_CIPHER_CTX_get_mode(self->ctx_);
    if (mode == EVP_CIPH_CCM_MODE && size > self->max_message_size_) {
      return ThrowCryptoError(isolate, "Invalid message length");
    }
    if (!self->encrypt_ && self->IsAuthenticated() && !self->PassAuthTag()) {
      return ThrowCryptoError(isolate, "Trying to add data in unsupported state");
    }
    int block_size = EVP_CIPHER_CTX_get_block_size(self->ctx_);
    int out_len = static_cast<int>(size) + block_size;
    if (self->encrypt_ && mode == EVP_CIPH_WRAP_MODE &&
        EVP_CipherUpdate(self->ctx_, nullptr, &out_len, data, static_cast<int>(size)) != 1) {
      return ThrowCryptoError(isolate, "Trying to add data in unsupported state");
    }
    std::unique_ptr<v8::BackingStore> store = NewStore(isolate, static_cast<size_t>(out_len));
    int ok = EVP_CipherUpdate(self->ctx_, static_cast<uint8_t*>(store->Data()), &out_len, data,
                              static_cast<int>(size));
    if (ok != 1) {
      // In CCM mode a bad tag fails the update; final() reports it.
      if (!self->encrypt_ && mode == EVP_CIPH_CCM_MODE) {
        self->pending_auth_failed_ = true;
        out_len = 0;
        ERR_clear_error();
      } else {
        return ThrowCryptoError(isolate, "Trying to add data in unsupported state");
      }
    }
    Local<Object> buffer;
    if (NewBuffer(self->env(), std::move(store), static_cast<size_t>(out_len)).ToLocal(&buffer)) {
      args.GetReturnValue().Set(buffer);
    }
  }

  static void Final(const FunctionCallbackInfo<Value>& args) {
    Isolate* isolate = args.GetIsolate();
    CipherBase* self = Unwrap<CipherBase>(args.This());
    if (self->ctx_ == nullptr) {
      return ThrowCodedError(isolate, ErrorKind::kError, "ERR_CRYPTO_INVALID_STATE",
                             "Invalid state");
    }
    bool authenticated = self->IsAuthenticated();
    int mode = EVP_CIPHER_CTX_get_mode(self->ctx_);
    uint8_t out[EVP_MAX_BLOCK_LENGTH];
    int out_len = 0;
    bool ok;
    if (!self->encrypt_ && authenticated) self->PassAuthTag();
    if (!self->encrypt_ && mode == EVP_CIPH_CCM_MODE) {
      ok = !self->pending_auth_failed_;
    } else {
      ok = EVP_CipherFinal_ex(self->ctx_, out, &out_len) == 1;
      if (ok && self->encrypt_ && authenticated) {
        if (self->auth_tag_len_ == kNoAuthTagLength) self->auth_tag_len_ = sizeof(auth_tag_);
        ok = EVP_CIPHER_CTX_ctrl(self->ctx_, EVP_CTRL_AEAD_GET_TAG,
                                 static_cast<int>(self->auth_tag_len_), self->auth_tag_) == 1;
      }
    }
    EVP_CIPHER_CTX_free(self->ctx_);
    self->ctx_ = nullptr;
    if (!ok) {
      return ThrowCryptoError(isolate, authenticated
                                           ? "Unsupported state or unable to authenticate data"
                                           : "Unsupported state");
    }
    Local<Object> buffer;
    if (NewBuffer(self->env(), out, static_cast<size_t>(out_len)).ToLocal(&buffer)) {
      args.GetReturnValue().Set(buffer);
    }
  }

  static void SetAutoPadding(const FunctionCallbackInfo<Value>& args) {
    CipherBase* self = Unwrap<CipherBase>(args.This());
    bool ok = self->ctx_ != nullptr &&
              EVP_CIPHER_CTX_set_padding(self->ctx_, args[0]->IsTrue() ? 1 : 0) == 1;
    args.GetReturnValue().Set(ok);
  }

  static void SetAAD(const FunctionCallbackInfo<Value>& args) {
    Isolate* isolate = args.GetIsolate();
    CipherBase* self = Unwrap<CipherBase>(args.This());
    if (self->ctx_ == nullptr || !self->IsAuthenticated()) return args.GetReturnValue().Set(false);
    ByteView aad(args[0]);
    int plaintext_len = args[1]->IsInt32() ? args[1].As<v8::Int32>()->Value() : -1;
    int out_len;
    if (EVP_CIPHER_CTX_get_mode(self->ctx_) == EVP_CIPH_CCM_MODE) {
      if (plaintext_len < 0) {
        return ThrowCodedError(isolate, ErrorKind::kTypeError, "ERR_MISSING_ARGS",
                               "options.plaintextLength required for CCM mode with AAD");
      }
      if (static_cast<size_t>(plaintext_len) > self->max_message_size_ ||
          (!self->encrypt_ && !self->PassAuthTag()) ||
          EVP_CipherUpdate(self->ctx_, nullptr, &out_len, nullptr, plaintext_len) != 1) {
        return args.GetReturnValue().Set(false);
      }
    }
    args.GetReturnValue().Set(EVP_CipherUpdate(self->ctx_, nullptr, &out_len, aad.data(),
                                               static_cast<int>(aad.size())) == 1);
  }

  static void GetAuthTag(const FunctionCallbackInfo<Value>& args) {
    CipherBase* self = Unwrap<CipherBase>(args.This());
    if (self->ctx_ != nullptr || !self->encrypt_ || self->auth_tag_len_ == 0 ||
        self->auth_tag_len_ == kNoAuthTagLength) {
      return;
    }
    Local<Object> buffer;
    if (NewBuffer(self->env(), self->auth_tag_, self->auth_tag_len_).ToLocal(&buffer)) {
      args.GetReturnValue().Set(buffer);
    }
  }

  static void SetAuthTag(const FunctionCallbackInfo<Value>& args) {
    Isolate* isolate = args.GetIsolate();
    CipherBase* self = Unwrap<CipherBase>(args.This());
    if (self->ctx_ == nullptr || !self->IsAuthenticated() || self->encrypt_ ||
        self->auth_tag_state_ != kAuthTagUnknown) {
      return args.GetReturnValue().Set(false);
    }
    ByteView tag(args[0]);
    unsigned tag_len = static_cast<unsigned>(tag.size());
    bool valid;
    if (EVP_CIPHER_CTX_get_mode(self->ctx_) == EVP_CIPH_GCM_MODE) {
      valid = (self->auth_tag_len_ == kNoAuthTagLength || self->auth_tag_len_ == tag_len) &&
              IsValidGCMTagLength(tag_len);
    } else {
      valid = self->auth_tag_len_ == tag_len;
    }
    if (!valid) {
      return ThrowCodedError(isolate, ErrorKind::kTypeError, "ERR_CRYPTO_INVALID_AUTH_TAG",
                             "Invalid authentication tag length: " + std::to_string(tag_len));
    }
    self->auth_tag_len_ = tag_len;
    self->auth_tag_state_ = kAuthTagKnown;
    memset(self->auth_tag_, 0, sizeof(self->auth_tag_));
    memcpy(self->auth_tag_, tag.data(), tag_len);
    args.GetReturnValue().Set(true);
  }

 private:
  enum AuthTagState { kAuthTagUnknown, kAuthTagKnown, kAuthTagPassedToOpenSSL };

  void Fail(const char* message) {
    EVP_CIPHER_CTX_free(ctx_);
    ctx_ = nullptr;
    ThrowCryptoError(env()->isolate(), message);
  }

  bool IsAuthenticated() const {
    return ctx_ != nullptr && IsAuthenticatedCipher(EVP_CIPHER_CTX_get0_cipher(ctx_));
  }

  bool InitAuthenticated(const std::string& name, int iv_len, unsigned auth_tag_len) {
    Isolate* isolate = env()->isolate();
    if (EVP_CIPHER_CTX_ctrl(ctx_, EVP_CTRL_AEAD_SET_IVLEN, iv_len, nullptr) != 1) {
      ERR_clear_error();
      ThrowCodedError(isolate, ErrorKind::kTypeError, "ERR_CRYPTO_INVALID_IV",
                      "Invalid initialization vector");
      return false;
    }
    int mode = EVP_CIPHER_CTX_get_mode(ctx_);
    if (mode == EVP_CIPH_GCM_MODE) {
      if (auth_tag_len != kNoAuthTagLength) {
        if (!IsValidGCMTagLength(auth_tag_len)) {
          ThrowCodedError(isolate, ErrorKind::kTypeError, "ERR_CRYPTO_INVALID_AUTH_TAG",
                          "Invalid authentication tag length: " + std::to_string(auth_tag_len));
          return false;
        }
        auth_tag_len_ = auth_tag_len;
      }
      return true;
    }
    if (auth_tag_len == kNoAuthTagLength) {
      // ChaCha20-Poly1305 defaults to 16 bytes both ways; CCM and OCB need it given.
      if (EVP_CIPHER_CTX_get_nid(ctx_) != NID_chacha20_poly1305) {
        ThrowCodedError(isolate, ErrorKind::kTypeError, "ERR_CRYPTO_INVALID_AUTH_TAG",
                        "authTagLength required for " + name);
        return false;
      }
      auth_tag_len = 16;
    }
    if (EVP_CIPHER_CTX_ctrl(ctx_, EVP_CTRL_AEAD_SET_TAG, static_cast<int>(auth_tag_len), nullptr) !=
        1) {
      ERR_clear_error();
      ThrowCodedError(isolate, ErrorKind::kTypeError, "ERR_CRYPTO_INVALID_AUTH_TAG",
                      "Invalid authentication tag length: " + std::to_string(auth_tag_len));
      return false;
    }
    auth_tag_len_ = auth_tag_len;
    if (mode == EVP_CIPH_CCM_MODE) {
      max_message_size_ = iv_len == 12 ? 0xffffff : iv_len == 13 ? 0xffff : INT_MAX;
    }
    return true;
  }

  // Hands a tag set with setAuthTag to OpenSSL, once.
  bool PassAuthTag() {
    if (auth_tag_state_ != kAuthTagKnown) return true;
    if (EVP_CIPHER_CTX_ctrl(ctx_, EVP_CTRL_AEAD_SET_TAG, static_cast<int>(auth_tag_len_),
                            auth_tag_) != 1) {
      return false;
    }
    auth_tag_state_ = kAuthTagPassedToOpenSSL;
    return true;
  }

  EVP_CIPHER_CTX* ctx_ = nullptr;
  bool encrypt_;
  bool pending_auth_failed_ = false;
  AuthTagState auth_tag_state_ = kAuthTagUnknown;
  unsigned auth_tag_len_ = kNoAuthTagLength;
  size_t max_message_size_ = INT_MAX;
  uint8_t auth_tag_[EVP_GCM_TLS_TAG_LEN];
};

void PushCipherName(const EVP_CIPHER* cipher, const char* from, const char* to, void* arg) {
  if (from == nullptr) return;
  const EVP_CIPHER* known = EVP_get_cipherbyname(from);
  if (known == nullptr) return;
  const char* real = EVP_CIPHER_get0_name(known);
  if (real == nullptr) return;
  EVP_CIPHER* fetched = EVP_CIPHER_fetch(nullptr, real, nullptr);
  if (fetched == nullptr) return;
  EVP_CIPHER_free(fetched);
  static_cast<std::vector<std::string>*>(arg)->push_back(from);
}

void GetCiphers(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  std::vector<std::string> names;
  EVP_CIPHER_do_all_sorted(PushCipherName, &names);
  ERR_clear_error();
  Local<Context> context = isolate->GetCurrentContext();
  Local<v8::Array> list = v8::Array::New(isolate, static_cast<int>(names.size()));
  for (size_t i = 0; i < names.size(); i++) {
    USE(list->Set(context, static_cast<uint32_t>(i), OneByteString(isolate, names[i].c_str())));
  }
  args.GetReturnValue().Set(list);
}

const char* ModeLabel(int mode) {
  switch (mode) {
    case EVP_CIPH_CCM_MODE:
      return "ccm";
    case EVP_CIPH_CFB_MODE:
      return "cfb";
    case EVP_CIPH_CBC_MODE:
      return "cbc";
    case EVP_CIPH_CTR_MODE:
      return "ctr";
    case EVP_CIPH_ECB_MODE:
      return "ecb";
    case EVP_CIPH_GCM_MODE:
      return "gcm";
    case EVP_CIPH_OCB_MODE:
      return "ocb";
    case EVP_CIPH_OFB_MODE:
      return "ofb";
    case EVP_CIPH_STREAM_CIPHER:
      return "stream";
    case EVP_CIPH_WRAP_MODE:
      return "wrap";
    case EVP_CIPH_XTS_MODE:
      return "xts";
  }
  return nullptr;
}

// getCipherInfo(info, nameOrNid, keyLength?, ivLength?) -> info filled, or undefined.
void GetCipherInfo(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  Local<Object> info = args[0].As<Object>();
  const EVP_CIPHER* cipher;
  if (args[1]->IsString()) {
    cipher = EVP_get_cipherbyname(Utf8Value(isolate, args[1]).ToString().c_str());
  } else {
    cipher = EVP_get_cipherbynid(args[1]->Int32Value(context).FromMaybe(0));
  }
  if (cipher == nullptr) return;
  int iv_length = EVP_CIPHER_get_iv_length(cipher);
  int key_length = EVP_CIPHER_get_key_length(cipher);
  int mode = EVP_CIPHER_get_mode(cipher);
  if (args[2]->IsInt32() || args[3]->IsInt32()) {
    EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
    bool ok = EVP_CipherInit_ex(ctx, cipher, nullptr, nullptr, nullptr, 1) == 1;
    if (ok && args[2]->IsInt32()) {
      int length = args[2].As<v8::Int32>()->Value();
      ok = EVP_CIPHER_CTX_set_key_length(ctx, length) == 1;
      key_length = length;
    }
    if (ok && args[3]->IsInt32()) {
      int length = args[3].As<v8::Int32>()->Value();
      if (mode == EVP_CIPH_CCM_MODE) {
        ok = length >= 7 && length <= 13;
      } else if (mode == EVP_CIPH_GCM_MODE || mode == EVP_CIPH_OCB_MODE) {
        ok = EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_AEAD_SET_IVLEN, length, nullptr) == 1;
      } else {
        ok = length == iv_length;
      }
      iv_length = length;
    }
    EVP_CIPHER_CTX_free(ctx);
    ERR_clear_error();
    if (!ok) return;
  }
  const char* label = ModeLabel(mode);
  if (label != nullptr) SetValue(context, info, "mode", OneByteString(isolate, label));
  SetValue(context, info, "name", OneByteString(isolate, OBJ_nid2sn(EVP_CIPHER_get_nid(cipher))));
  SetNumber(context, info, "nid", EVP_CIPHER_get_nid(cipher));
  if (label != nullptr && mode != EVP_CIPH_STREAM_CIPHER) {
    SetNumber(context, info, "blockSize", EVP_CIPHER_get_block_size(cipher));
  }
  if (iv_length != 0) SetNumber(context, info, "ivLength", iv_length);
  SetNumber(context, info, "keyLength", key_length);
  args.GetReturnValue().Set(info);
}

}  // namespace

void InitCipher(Environment* env, Local<Object> target) {
  Local<Context> context = env->context();
  Local<v8::FunctionTemplate> tmpl = BaseObject::MakeTemplate(env, CipherBase::New, "CipherBase");
  BaseObject::SetProtoMethod(env, tmpl, "initiv", CipherBase::InitIv);
  BaseObject::SetProtoMethod(env, tmpl, "update", CipherBase::Update);
  BaseObject::SetProtoMethod(env, tmpl, "final", CipherBase::Final);
  BaseObject::SetProtoMethod(env, tmpl, "setAutoPadding", CipherBase::SetAutoPadding);
  BaseObject::SetProtoMethod(env, tmpl, "setAAD", CipherBase::SetAAD);
  BaseObject::SetProtoMethod(env, tmpl, "getAuthTag", CipherBase::GetAuthTag);
  BaseObject::SetProtoMethod(env, tmpl, "setAuthTag", CipherBase::SetAuthTag);
  SetValue(context, target, "CipherBase", tmpl->GetFunction(context).ToLocalChecked());
  SetMethod(context, target, "getCiphers", GetCiphers);
  SetMethod(context, target, "getCipherInfo", GetCipherInfo);
}

}  // namespace crypto
}  // namespace rt
