// KeyObjectHandle: the native side of a KeyObject (secret bytes or an EVP_PKEY).
// keys.cc holds the handle and secret keys, pkey.cc parsing, export and details of
// asymmetric keys, keygen.cc key generation.
#ifndef RT_BINDINGS_CRYPTO_KEYS_H_
#define RT_BINDINGS_CRYPTO_KEYS_H_

#include <openssl/evp.h>

#include <vector>

#include "bindings/crypto/crypto_util.h"
#include "runtime/base_object.h"

namespace rt {
namespace crypto {

// Numbers shared with lib/internal/crypto/keys.js.
enum KeyType { kKeyTypeSecret = 0, kKeyTypePublic = 1, kKeyTypePrivate = 2 };
enum KeyFormat { kKeyFormatPEM = 0, kKeyFormatDER = 1, kKeyFormatJWK = 2 };
enum KeyEncoding {
  kKeyEncodingPKCS1 = 0,
  kKeyEncodingPKCS8 = 1,
  kKeyEncodingSPKI = 2,
  kKeyEncodingSEC1 = 3
};

class KeysData : public BindingData {
 public:
  static const char kKey;
  explicit KeysData(Environment*) {}
  v8::Global<v8::Function> handle_constructor;
};

class KeyObjectHandle : public BaseObject {
 public:
  KeyObjectHandle(Environment* env, v8::Local<v8::Object> object) : BaseObject(env, object) {}
  ~KeyObjectHandle() override;

  // A new JS KeyObjectHandle owning pkey (nullptr if V8 failed; pkey is then freed).
  static KeyObjectHandle* Create(Environment* env, KeyType type, EVP_PKEY* pkey);

  KeyType type() const { return type_; }
  EVP_PKEY* pkey() const { return pkey_; }
  const std::vector<uint8_t>& secret() const { return secret_; }

  static void New(const v8::FunctionCallbackInfo<v8::Value>& args);
  static void InitSecret(const v8::FunctionCallbackInfo<v8::Value>& args);
  static void GetSymmetricKeySize(const v8::FunctionCallbackInfo<v8::Value>& args);
  static void GetKeyType(const v8::FunctionCallbackInfo<v8::Value>& args);
  static void Equals(const v8::FunctionCallbackInfo<v8::Value>& args);
  // export(): the secret bytes; export(format, type, cipher?, passphrase?) for key pairs.
  static void Export(const v8::FunctionCallbackInfo<v8::Value>& args);

 private:
  friend class PKeyMethods;
  KeyType type_ = kKeyTypeSecret;
  std::vector<uint8_t> secret_;
  EVP_PKEY* pkey_ = nullptr;
};

// pkey.cc: the asymmetric methods of KeyObjectHandle.
void InitAsymmetricKeyMethods(Environment* env, v8::Local<v8::FunctionTemplate> tmpl);
void ExportAsymmetricKey(const v8::FunctionCallbackInfo<v8::Value>& args, KeyObjectHandle* key);

// Parses PEM/DER key material into a key of `kind` (public accepts private keys and
// certificates too); on failure throws like Node and returns nullptr.
EVP_PKEY* ParseKey(v8::Isolate* isolate, KeyType kind, const uint8_t* data, size_t size,
                   KeyFormat format, int encoding, const v8::Local<v8::Value> passphrase);

}  // namespace crypto
}  // namespace rt

#endif  // RT_BINDINGS_CRYPTO_KEYS_H_
