// SecureContext: the native side of tls.SecureContext, one SSL_CTX (keys, certificates,
// trusted CAs, protocol range, ciphers). Part of the `tls_wrap` binding; TLSWrap makes
// its SSL objects from one.
//
// Rules:
// - lib/_tls_common.js validates options; methods throw OpenSSL's errors shaped like
//   Node's (error:0A00...:SSL routines::..., code ERR_OSSL_*), as Node does.
// - Callbacks OpenSSL makes per connection (ALPN selection, SNI/cert lookup, keylog, new
//   client sessions) are installed on every context and find their TLSWrap through
//   SSL_get_app_data; see tls_wrap.cc.
#ifndef RT_BINDINGS_SECURE_CONTEXT_H_
#define RT_BINDINGS_SECURE_CONTEXT_H_

#include <openssl/ssl.h>

#include "runtime/base_object.h"
#include "runtime/environment.h"

namespace rt {
namespace tls {

class SecureContext : public BaseObject {
 public:
  SecureContext(Environment* env, v8::Local<v8::Object> object) : BaseObject(env, object) {}
  ~SecureContext() override;

  SSL_CTX* ctx() const { return ctx_; }

  static void Initialize(Environment* env, v8::Local<v8::Object> target);

 private:
  static void New(const v8::FunctionCallbackInfo<v8::Value>& args);
  static void Init(const v8::FunctionCallbackInfo<v8::Value>& args);
  static void SetKey(const v8::FunctionCallbackInfo<v8::Value>& args);
  static void SetCert(const v8::FunctionCallbackInfo<v8::Value>& args);
  static void AddCACert(const v8::FunctionCallbackInfo<v8::Value>& args);
  static void AddCRL(const v8::FunctionCallbackInfo<v8::Value>& args);
  static void AddRootCerts(const v8::FunctionCallbackInfo<v8::Value>& args);
  static void LoadPKCS12(const v8::FunctionCallbackInfo<v8::Value>& args);
  static void SetCiphers(const v8::FunctionCallbackInfo<v8::Value>& args);
  static void SetCipherSuites(const v8::FunctionCallbackInfo<v8::Value>& args);
  static void SetECDHCurve(const v8::FunctionCallbackInfo<v8::Value>& args);
  static void SetSigalgs(const v8::FunctionCallbackInfo<v8::Value>& args);
  static void SetOptions(const v8::FunctionCallbackInfo<v8::Value>& args);
  static void SetSessionIdContext(const v8::FunctionCallbackInfo<v8::Value>& args);
  static void SetSessionTimeout(const v8::FunctionCallbackInfo<v8::Value>& args);
  static void SetMinProto(const v8::FunctionCallbackInfo<v8::Value>& args);
  static void SetMaxProto(const v8::FunctionCallbackInfo<v8::Value>& args);
  static void GetMinProto(const v8::FunctionCallbackInfo<v8::Value>& args);
  static void GetMaxProto(const v8::FunctionCallbackInfo<v8::Value>& args);
  static void GetCertificate(const v8::FunctionCallbackInfo<v8::Value>& args);
  static void Close(const v8::FunctionCallbackInfo<v8::Value>& args);

  // The context's own store, made from the roots when it still shares them.
  X509_STORE* OwnStore();

  SSL_CTX* ctx_ = nullptr;
  bool shares_root_store_ = false;
};

// tls_wrap.cc: the per-connection callbacks every context carries.
void InstallConnectionCallbacks(SSL_CTX* ctx);

// The process's trusted roots (/etc/ssl/certs), built once per Environment.
X509_STORE* RootCertStore(Environment* env);

}  // namespace tls
}  // namespace rt

#endif  // RT_BINDINGS_SECURE_CONTEXT_H_
