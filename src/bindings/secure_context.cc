// SecureContext (see secure_context.h).
//
// JS API (`new SecureContext()`; lib/_tls_common.js drives it):
//   init(minVersion, maxVersion)          versions as TLS1_2_VERSION etc. (0: no bound)
//   setKey(pem, passphrase?)  setCert(pem)  addCACert(pem)  addCRL(pem)  addRootCerts()
//   loadPKCS12(pfx, passphrase?)
//   setCiphers(list)  setCipherSuites(list)  setECDHCurve(list)  setSigalgs(list)
//   setOptions(bits)  setSessionIdContext(string)  setSessionTimeout(seconds)
//   setMinProto(v)  setMaxProto(v)  getMinProto()  getMaxProto()
//   getCertificate() -> DER ArrayBuffer | null     close()
#include "bindings/secure_context.h"

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509v3.h>

#include <cstdlib>
#include <cstring>
#include <string>

#include "bindings/crypto/crypto_util.h"
#include "util/v8_util.h"

namespace rt {
namespace tls {

using v8::Context;
using v8::FunctionCallbackInfo;
using v8::Isolate;
using v8::Local;
using v8::Object;
using v8::Value;

namespace {

class RootStoreData : public BindingData {
 public:
  static const char kKey;
  explicit RootStoreData(Environment*) {}
  ~RootStoreData() override { X509_STORE_free(store); }
  X509_STORE* store = nullptr;
};
const char RootStoreData::kKey = 0;

// A read-only memory BIO over a string or view argument.
BIO* ArgBio(Isolate* isolate, Local<Value> value, std::string* storage) {
  if (value->IsArrayBufferView() || value->IsArrayBuffer()) {
    ByteView bytes(value);
    storage->assign(reinterpret_cast<const char*>(bytes.data()), bytes.size());
  } else {
    *storage = Utf8Value(isolate, value).ToString();
  }
  return BIO_new_mem_buf(storage->data(), static_cast<int>(storage->size()));
}

// PEM passphrase callback: `u` is the passphrase string or nullptr.
int PassphraseCallback(char* buf, int size, int, void* u) {
  const std::string* pass = static_cast<const std::string*>(u);
  if (pass == nullptr) return -1;
  int len = static_cast<int>(pass->size());
  if (len > size) return -1;
  memcpy(buf, pass->data(), static_cast<size_t>(len));
  return len;
}

// Adds every certificate of the PEM text in `bio` to `store`; the count added.
int AddCertsFromBio(X509_STORE* store, SSL_CTX* ctx_for_client_ca, BIO* bio) {
  int count = 0;
  while (X509* cert = PEM_read_bio_X509_AUX(bio, nullptr, PassphraseCallback, nullptr)) {
    X509_STORE_add_cert(store, cert);
    if (ctx_for_client_ca != nullptr) SSL_CTX_add_client_CA(ctx_for_client_ca, cert);
    X509_free(cert);
    count++;
  }
  // The loop ends with "no start line": not an error when something was read.
  unsigned long err = ERR_peek_last_error();
  if (count > 0 && ERR_GET_REASON(err) == PEM_R_NO_START_LINE) ERR_clear_error();
  return count;
}

}  // namespace

// Loads the system's trusted roots into `store`, in memory: OpenSSL's default certificate
// file (/usr/lib/ssl/cert.pem -> /etc/ssl/certs/ca-certificates.crt, or SSL_CERT_FILE).
// A directory lookup would go to the disk on every handshake that builds a chain.
static void LoadSystemRoots(X509_STORE* store) {
  const char* file = getenv(X509_get_default_cert_file_env());
  if (file == nullptr) file = X509_get_default_cert_file();
  X509_STORE_load_file(store, file);
  if (const char* dir = getenv(X509_get_default_cert_dir_env())) X509_STORE_load_path(store, dir);
  ERR_clear_error();
}

X509_STORE* RootCertStore(Environment* env) {
  RootStoreData* data = env->GetBindingData<RootStoreData>();
  if (data->store == nullptr) {
    data->store = X509_STORE_new();
    LoadSystemRoots(data->store);
    if (const char* extra = getenv("NODE_EXTRA_CA_CERTS")) {
      if (X509_STORE_load_file(data->store, extra) != 1) {
        fprintf(stderr, "Warning: Ignoring extra certs from `%s`, load failed\n", extra);
      }
    }
    ERR_clear_error();
  }
  return data->store;
}

SecureContext::~SecureContext() {
  SSL_CTX_free(ctx_);
}

void SecureContext::New(const FunctionCallbackInfo<Value>& args) {
  CHECK(args.IsConstructCall());
  new SecureContext(Environment::GetCurrent(args.GetIsolate()), args.This());
}

static SecureContext* Self(const FunctionCallbackInfo<Value>& args) {
  return BaseObject::Unwrap<SecureContext>(args.This());
}

static int IntArg(const FunctionCallbackInfo<Value>& args, int i) {
  return args[i]->Int32Value(args.GetIsolate()->GetCurrentContext()).FromMaybe(0);
}

void SecureContext::Init(const FunctionCallbackInfo<Value>& args) {
  SecureContext* self = Self(args);
  SSL_CTX_free(self->ctx_);
  self->ctx_ = SSL_CTX_new(TLS_method());
  if (self->ctx_ == nullptr) return crypto::ThrowCryptoError(args.GetIsolate(), "SSL_CTX_new");
  SSL_CTX* ctx = self->ctx_;
  // No SSLv2/3, no renegotiation (CVE-2009-3555 and its DoS), no compression.
  SSL_CTX_set_options(
      ctx, SSL_OP_NO_SSLv2 | SSL_OP_NO_SSLv3 | SSL_OP_NO_RENEGOTIATION | SSL_OP_NO_COMPRESSION);
  SSL_CTX_clear_mode(ctx, SSL_MODE_NO_AUTO_CHAIN);
  SSL_CTX_set_session_cache_mode(
      ctx, SSL_SESS_CACHE_CLIENT | SSL_SESS_CACHE_SERVER | SSL_SESS_CACHE_NO_INTERNAL_STORE);
  SSL_CTX_set_min_proto_version(ctx, IntArg(args, 0));
  SSL_CTX_set_max_proto_version(ctx, IntArg(args, 1));
  // Verification results are read after the handshake (TLSWrap::VerifyError), as Node
  // does: the callback accepts everything and records the first failure.
  SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, nullptr);
  InstallConnectionCallbacks(ctx);
}

void SecureContext::SetKey(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  SecureContext* self = Self(args);
  std::string storage;
  BIO* bio = ArgBio(isolate, args[0], &storage);
  std::string pass;
  bool has_pass = !args[1]->IsUndefined() && !args[1]->IsNull();
  if (has_pass) pass = Utf8Value(isolate, args[1]).ToString();
  ERR_clear_error();
  EVP_PKEY* key =
      PEM_read_bio_PrivateKey(bio, nullptr, PassphraseCallback, has_pass ? &pass : nullptr);
  BIO_free(bio);
  if (key == nullptr) return crypto::ThrowCryptoError(isolate, "PEM_read_bio_PrivateKey");
  int ok = SSL_CTX_use_PrivateKey(self->ctx_, key);
  EVP_PKEY_free(key);
  if (ok != 1) return crypto::ThrowCryptoError(isolate, "SSL_CTX_use_PrivateKey");
}

void SecureContext::SetCert(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  SecureContext* self = Self(args);
  std::string storage;
  BIO* bio = ArgBio(isolate, args[0], &storage);
  ERR_clear_error();
  X509* cert = PEM_read_bio_X509_AUX(bio, nullptr, PassphraseCallback, nullptr);
  if (cert == nullptr) {
    BIO_free(bio);
    return crypto::ThrowCryptoError(isolate, "PEM_read_bio_X509_AUX");
  }
  int ok = SSL_CTX_use_certificate(self->ctx_, cert);
  X509_free(cert);
  if (ok == 1) {
    // The rest of the PEM is the chain sent after the leaf.
    SSL_CTX_clear_chain_certs(self->ctx_);
    while (X509* extra = PEM_read_bio_X509(bio, nullptr, PassphraseCallback, nullptr)) {
      if (SSL_CTX_add0_chain_cert(self->ctx_, extra) != 1) {
        X509_free(extra);
        ok = 0;
        break;
      }
    }
    if (ok == 1) ERR_clear_error();
  }
  BIO_free(bio);
  if (ok != 1) return crypto::ThrowCryptoError(isolate, "SSL_CTX_use_certificate_chain");
}

X509_STORE* SecureContext::OwnStore() {
  if (shares_root_store_) {
    // Adding to the shared roots would change every context: copy them first.
    X509_STORE* roots = SSL_CTX_get_cert_store(ctx_);
    X509_STORE* store = X509_STORE_new();
    STACK_OF(X509_OBJECT)* objects = X509_STORE_get0_objects(roots);
    for (int i = 0; i < sk_X509_OBJECT_num(objects); i++) {
      X509* cert = X509_OBJECT_get0_X509(sk_X509_OBJECT_value(objects, i));
      if (cert != nullptr) X509_STORE_add_cert(store, cert);
    }
    SSL_CTX_set_cert_store(ctx_, store);
    shares_root_store_ = false;
  }
  return SSL_CTX_get_cert_store(ctx_);
}

void SecureContext::AddCACert(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  SecureContext* self = Self(args);
  std::string storage;
  BIO* bio = ArgBio(isolate, args[0], &storage);
  ERR_clear_error();
  AddCertsFromBio(self->OwnStore(), self->ctx_, bio);
  BIO_free(bio);
  ERR_clear_error();
}

void SecureContext::AddCRL(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  SecureContext* self = Self(args);
  std::string storage;
  BIO* bio = ArgBio(isolate, args[0], &storage);
  ERR_clear_error();
  X509_CRL* crl = PEM_read_bio_X509_CRL(bio, nullptr, nullptr, nullptr);
  BIO_free(bio);
  if (crl == nullptr) return crypto::ThrowPlainError(isolate, "Failed to parse CRL");
  X509_STORE* store = self->OwnStore();
  X509_STORE_add_crl(store, crl);
  X509_STORE_set_flags(store, X509_V_FLAG_CRL_CHECK | X509_V_FLAG_CRL_CHECK_ALL);
  X509_CRL_free(crl);
}

void SecureContext::AddRootCerts(const FunctionCallbackInfo<Value>& args) {
  SecureContext* self = Self(args);
  X509_STORE* roots = RootCertStore(self->env());
  SSL_CTX_set1_cert_store(self->ctx_, roots);
  self->shares_root_store_ = true;
}

void SecureContext::LoadPKCS12(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  SecureContext* self = Self(args);
  ByteView pfx(args[0]);
  std::string pass;
  if (!args[1]->IsUndefined() && !args[1]->IsNull()) pass = Utf8Value(isolate, args[1]).ToString();
  ERR_clear_error();
  const unsigned char* p = pfx.data();
  PKCS12* p12 = d2i_PKCS12(nullptr, &p, static_cast<long>(pfx.size()));
  EVP_PKEY* key = nullptr;
  X509* cert = nullptr;
  STACK_OF(X509)* extra = nullptr;
  bool ok = p12 != nullptr && PKCS12_parse(p12, pass.c_str(), &key, &cert, &extra) == 1;
  PKCS12_free(p12);
  if (ok) {
    ok = SSL_CTX_use_certificate(self->ctx_, cert) == 1 &&
         SSL_CTX_use_PrivateKey(self->ctx_, key) == 1;
    X509_STORE* store = self->OwnStore();
    for (int i = 0; ok && extra != nullptr && i < sk_X509_num(extra); i++) {
      X509* ca = sk_X509_value(extra, i);
      X509_up_ref(ca);
      SSL_CTX_add0_chain_cert(self->ctx_, ca);
      X509_STORE_add_cert(store, ca);
      SSL_CTX_add_client_CA(self->ctx_, ca);
    }
  }
  EVP_PKEY_free(key);
  X509_free(cert);
  sk_X509_pop_free(extra, X509_free);
  if (!ok) {
    // Node words a bad passphrase this way.
    unsigned long err = ERR_peek_error();
    if (ERR_GET_LIB(err) == ERR_LIB_PKCS12 && ERR_GET_REASON(err) == PKCS12_R_MAC_VERIFY_FAILURE) {
      return crypto::ThrowPlainError(isolate, "mac verify failure");
    }
    return crypto::ThrowCryptoError(isolate, "Unable to load PFX certificate");
  }
}

template <int (*Setter)(SSL_CTX*, const char*)>
static void SetList(const FunctionCallbackInfo<Value>& args, const char* what) {
  SecureContext* self = Self(args);
  std::string list = Utf8Value(args.GetIsolate(), args[0]).ToString();
  ERR_clear_error();
  if (Setter(self->ctx(), list.c_str()) != 1) {
    crypto::ThrowCryptoError(args.GetIsolate(), what);
  }
}

static int SetSuites(SSL_CTX* ctx, const char* list) {
  return SSL_CTX_set_ciphersuites(ctx, list);
}
static int SetCurves(SSL_CTX* ctx, const char* list) {
  if (strcmp(list, "auto") == 0) return 1;
  return static_cast<int>(SSL_CTX_set1_curves_list(ctx, list));
}
static int SetSigalgList(SSL_CTX* ctx, const char* list) {
  return static_cast<int>(SSL_CTX_set1_sigalgs_list(ctx, list));
}

void SecureContext::SetCiphers(const FunctionCallbackInfo<Value>& args) {
  SecureContext* self = Self(args);
  std::string list = Utf8Value(args.GetIsolate(), args[0]).ToString();
  ERR_clear_error();
  if (SSL_CTX_set_cipher_list(self->ctx_, list.c_str()) != 1) {
    // An empty TLSv1.2 list leaves only the TLSv1.3 suites: allowed.
    if (list.empty()) {
      ERR_clear_error();
      return;
    }
    crypto::ThrowCryptoError(args.GetIsolate(), "Failed to set ciphers");
  }
}
void SecureContext::SetCipherSuites(const FunctionCallbackInfo<Value>& args) {
  SetList<SetSuites>(args, "Failed to set ciphersuites");
}
void SecureContext::SetECDHCurve(const FunctionCallbackInfo<Value>& args) {
  SetList<SetCurves>(args, "Failed to set ECDH curve");
}
void SecureContext::SetSigalgs(const FunctionCallbackInfo<Value>& args) {
  SetList<SetSigalgList>(args, "Failed to set sigalgs");
}

void SecureContext::SetOptions(const FunctionCallbackInfo<Value>& args) {
  double bits = args[0]->NumberValue(args.GetIsolate()->GetCurrentContext()).FromMaybe(0);
  SSL_CTX_set_options(Self(args)->ctx_, static_cast<uint64_t>(bits));
}

void SecureContext::SetSessionIdContext(const FunctionCallbackInfo<Value>& args) {
  std::string id = Utf8Value(args.GetIsolate(), args[0]).ToString();
  if (id.size() > SSL_MAX_SID_CTX_LENGTH) id.resize(SSL_MAX_SID_CTX_LENGTH);
  SSL_CTX_set_session_id_context(Self(args)->ctx_,
                                 reinterpret_cast<const unsigned char*>(id.data()),
                                 static_cast<unsigned>(id.size()));
}

void SecureContext::SetSessionTimeout(const FunctionCallbackInfo<Value>& args) {
  SSL_CTX_set_timeout(Self(args)->ctx_, static_cast<long>(IntArg(args, 0)));
}

void SecureContext::SetMinProto(const FunctionCallbackInfo<Value>& args) {
  SSL_CTX_set_min_proto_version(Self(args)->ctx_, IntArg(args, 0));
}
void SecureContext::SetMaxProto(const FunctionCallbackInfo<Value>& args) {
  SSL_CTX_set_max_proto_version(Self(args)->ctx_, IntArg(args, 0));
}
void SecureContext::GetMinProto(const FunctionCallbackInfo<Value>& args) {
  args.GetReturnValue().Set(static_cast<int>(SSL_CTX_get_min_proto_version(Self(args)->ctx_)));
}
void SecureContext::GetMaxProto(const FunctionCallbackInfo<Value>& args) {
  args.GetReturnValue().Set(static_cast<int>(SSL_CTX_get_max_proto_version(Self(args)->ctx_)));
}

void SecureContext::GetCertificate(const FunctionCallbackInfo<Value>& args) {
  X509* cert = SSL_CTX_get0_certificate(Self(args)->ctx_);
  if (cert == nullptr) return args.GetReturnValue().SetNull();
  int len = i2d_X509(cert, nullptr);
  Local<v8::ArrayBuffer> ab = v8::ArrayBuffer::New(args.GetIsolate(), static_cast<size_t>(len));
  unsigned char* p = static_cast<unsigned char*>(ab->Data());
  i2d_X509(cert, &p);
  args.GetReturnValue().Set(ab);
}

void SecureContext::Close(const FunctionCallbackInfo<Value>& args) {
  SecureContext* self = Self(args);
  SSL_CTX_free(self->ctx_);
  self->ctx_ = nullptr;
}

void SecureContext::Initialize(Environment* env, Local<Object> target) {
  Local<Context> context = env->context();
  Local<v8::FunctionTemplate> tmpl = MakeTemplate(env, New, "SecureContext");
  struct {
    const char* name;
    v8::FunctionCallback fn;
  } methods[] = {
      {"init", Init},
      {"setKey", SetKey},
      {"setCert", SetCert},
      {"addCACert", AddCACert},
      {"addCRL", AddCRL},
      {"addRootCerts", AddRootCerts},
      {"loadPKCS12", LoadPKCS12},
      {"setCiphers", SetCiphers},
      {"setCipherSuites", SetCipherSuites},
      {"setECDHCurve", SetECDHCurve},
      {"setSigalgs", SetSigalgs},
      {"setOptions", SetOptions},
      {"setSessionIdContext", SetSessionIdContext},
      {"setSessionTimeout", SetSessionTimeout},
      {"setMinProto", SetMinProto},
      {"setMaxProto", SetMaxProto},
      {"getMinProto", GetMinProto},
      {"getMaxProto", GetMaxProto},
      {"getCertificate", GetCertificate},
      {"close", Close},
  };
  for (const auto& m : methods) SetProtoMethod(env, tmpl, m.name, m.fn);
  SetValue(context, target, "SecureContext", tmpl->GetFunction(context).ToLocalChecked());
}

}  // namespace tls
}  // namespace rt
