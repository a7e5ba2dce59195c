// Shared pieces of the `crypto` binding (one binding, one file per area: hash, random,
// kdf, cipher, keys, sign): bytes of JS values, OpenSSL errors shaped like Node's,
// Buffers made in C++, and CryptoJob, the one way to run work sync or on the thread pool.
//
// Rules:
// - lib/internal/crypto/* validates arguments; C++ trusts them and only CHECKs.
// - An operation that may run on the thread pool is a CryptoJob: DoWork() runs without
//   V8 (inputs copied in the constructor), Result() builds the JS value afterwards.
//   `binding.x(args..., req)` dispatches it to the pool when `req` (a `CryptoJobReq`) is
//   given and completes through `req.oncomplete(err, result)`; without `req` it runs
//   in place and returns the result or throws.
// - OpenSSL's error queue is per thread: a job captures it (CryptoErrorInfo) in DoWork.
#ifndef RT_BINDINGS_CRYPTO_CRYPTO_UTIL_H_
#define RT_BINDINGS_CRYPTO_CRYPTO_UTIL_H_

#include <openssl/evp.h>
#include <uv.h>
#include <v8.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/environment.h"
#include "runtime/req_wrap.h"
#include "util/byte_view.h"
#include "util/errors.h"
#include "util/v8_util.h"

namespace rt {
namespace crypto {

// Numbered like lib/internal/util.js's encodingsMap (Node's enum encoding).
enum Encoding { ASCII = 0, UTF8, BASE64, UCS2, LATIN1, HEX, BUFFER, BASE64URL };

Encoding ToEncoding(v8::Local<v8::Value> value, Encoding fallback = BUFFER);

// Per-environment state: the Buffer prototype (lib sets it), cached digests.
class CryptoData : public BindingData {
 public:
  static const char kKey;
  explicit CryptoData(Environment*) {}
  ~CryptoData() override;
  v8::Global<v8::Object> buffer_prototype;
  v8::Global<v8::Function> job_req_constructor;
  // EVP_MD_fetch is slow: each name is fetched once. nullptr when unknown; a digest
  // OpenSSL knows but no provider implements (md4) comes back unfetched, so that
  // initialising it fails with OpenSSL's 'unsupported' like Node.
  const EVP_MD* GetDigest(const std::string& name);
  // The same for a JS string, without allocating for the usual short one-byte names.
  const EVP_MD* GetDigest(v8::Isolate* isolate, v8::Local<v8::Value> name);
  const EVP_CIPHER* GetCipher(const std::string& name);

 private:
  struct Cached {
    std::string name;
    const void* value;
    bool owned;
  };
  const EVP_MD* FindDigest(std::string_view name) const;
  std::vector<Cached> digests_;
  std::vector<Cached> ciphers_;
};

// A Buffer (Uint8Array with Buffer.prototype) holding a copy of data, or one that owns
// `store`.
v8::MaybeLocal<v8::Object> NewBuffer(Environment* env, const uint8_t* data, size_t size);
v8::MaybeLocal<v8::Object> NewBuffer(Environment* env, std::unique_ptr<v8::BackingStore> store,
                                     size_t size);
std::unique_ptr<v8::BackingStore> NewStore(v8::Isolate* isolate, size_t size);

// The bytes as a string in `encoding`, or a Buffer for BUFFER.
v8::MaybeLocal<v8::Value> EncodeBytes(Environment* env, const uint8_t* data, size_t size,
                                      Encoding encoding);

// OpenSSL errors as Node reports them: message `error:XXXXXXXX:library::reason`, with
// `library`, `reason`, `code` (ERR_OSSL_*) and `opensslErrorStack` when more than one.
struct CryptoErrorInfo {
  unsigned long code = 0;
  std::vector<std::string> stack;   // older errors, oldest first
  std::string fallback;             // message when the queue was empty
  const char* node_code = nullptr;  // an ERR_CRYPTO_* code for the fallback message
  ErrorKind type = ErrorKind::kError;
  // Node's key generation jobs report OpenSSL errors without library/reason/code.
  bool decorate = true;
  bool IsSet() const { return code != 0 || !fallback.empty(); }
  // Drains this thread's error queue into the info; `fallback` is used when empty.
  void Capture(const char* fallback_message = nullptr);
};
v8::Local<v8::Value> MakeCryptoError(v8::Isolate* isolate, const CryptoErrorInfo& info);
// Throws the current OpenSSL error (or `fallback` when the queue is empty).
void ThrowCryptoError(v8::Isolate* isolate, const char* fallback);
// A plain Error (no code), as some of Node's crypto failures are.
void ThrowPlainError(v8::Isolate* isolate, const char* message);

class CryptoJob {
 public:
  virtual ~CryptoJob() = default;
  // Runs on any thread; no V8. Records failure in error_.
  virtual void DoWork() = 0;
  // On the JS thread after DoWork succeeded.
  virtual v8::MaybeLocal<v8::Value> Result(Environment* env) = 0;
  CryptoErrorInfo& error() { return error_; }

 private:
  CryptoErrorInfo error_;
};

// The request object `binding.x(..., req)` takes: new CryptoJobReq().
class CryptoJobReq : public ReqWrap<uv_work_t> {
 public:
  CryptoJobReq(Environment* env, v8::Local<v8::Object> object) : ReqWrap(env, object) {}
  static void New(const v8::FunctionCallbackInfo<v8::Value>& args);
  std::unique_ptr<CryptoJob> job;
};

// Runs `job` sync (returning or throwing) or, when args[req_index] is a CryptoJobReq,
// on the thread pool.
void RunJob(const v8::FunctionCallbackInfo<v8::Value>& args, std::unique_ptr<CryptoJob> job,
            int req_index);

// A handle like parseX509's (crypto.X509Certificate's native side) sharing `cert`
// (up-referenced): how TLS sockets hand out their certificates without re-parsing them.
v8::MaybeLocal<v8::Object> NewX509Handle(Environment* env, X509* cert);

// Area initialisers (each file fills the one `crypto` binding object).
void InitHash(Environment* env, v8::Local<v8::Object> target);
void InitRandom(Environment* env, v8::Local<v8::Object> target);
void InitKdf(Environment* env, v8::Local<v8::Object> target);
void InitCipher(Environment* env, v8::Local<v8::Object> target);
void InitKeys(Environment* env, v8::Local<v8::Object> target);
void InitSign(Environment* env, v8::Local<v8::Object> target);
void InitKeygen(Environment* env, v8::Local<v8::Object> target);
void InitECDH(Environment* env, v8::Local<v8::Object> target);
void InitX509(Environment* env, v8::Local<v8::Object> target);
void InitDH(Environment* env, v8::Local<v8::Object> target);
void InitPrime(Environment* env, v8::Local<v8::Object> target);

// dh.cc: the prime of a named group ('modp1' ... 'modp18'), or nullptr when unknown.
BIGNUM* DHGroupPrime(const std::string& name);

}  // namespace crypto
}  // namespace rt

#endif  // RT_BINDINGS_CRYPTO_CRYPTO_UTIL_H_
