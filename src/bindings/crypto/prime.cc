// Prime numbers for the `crypto` binding (crypto.checkPrime, crypto.generatePrime), as
// CryptoJobs so the callback forms run on the thread pool. Uses BN_is_prime_ex (deprecated
// in OpenSSL 3 but the only form taking a number of checks, as Node uses it).
//
// JS API (lib/internal/crypto/prime.js validates options):
//   checkPrime(candidateBytes, checks, req?) -> boolean
//   generatePrime(bits, safe, addBytes|undefined, remBytes|undefined, req?) -> ArrayBuffer
//       (big-endian); throws ERR_OUT_OF_RANGE 'invalid options.add' / 'invalid options.rem'
//       when add has more bits than the prime or rem >= add.
#include <openssl/bn.h>
#include <openssl/err.h>

#include <memory>
#include <vector>

#include "bindings/crypto/crypto_util.h"

#pragma GCC diagnostic ignored "-Wdeprecated-declarations"

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

struct BignumDeleter {
  void operator()(BIGNUM* bn) const { BN_clear_free(bn); }
};
using Bignum = std::unique_ptr<BIGNUM, BignumDeleter>;

Bignum BignumFrom(Local<Value> value) {
  ByteView bytes(value);
  return Bignum(BN_bin2bn(bytes.data(), static_cast<int>(bytes.size()), nullptr));
}

class CheckPrimeJob : public CryptoJob {
 public:
  CheckPrimeJob(Bignum candidate, int checks) : candidate_(std::move(candidate)), checks_(checks) {}
  void DoWork() override {
    BN_CTX* ctx = BN_CTX_new();
    int ret = ctx == nullptr ? -1 : BN_is_prime_ex(candidate_.get(), checks_, ctx, nullptr);
    BN_CTX_free(ctx);
    if (ret < 0) {
      error().Capture("check prime failed");
      return;
    }
    result_ = ret == 1;
  }
  MaybeLocal<Value> Result(Environment* env) override {
    return v8::Boolean::New(env->isolate(), result_);
  }

 private:
  Bignum candidate_;
  int checks_;
  bool result_ = false;
};

class RandomPrimeJob : public CryptoJob {
 public:
  RandomPrimeJob(int bits, bool safe, Bignum add, Bignum rem)
      : bits_(bits), safe_(safe), add_(std::move(add)), rem_(std::move(rem)), prime_(BN_new()) {}
  void DoWork() override {
    if (prime_ == nullptr || BN_generate_prime_ex(prime_.get(), bits_, safe_ ? 1 : 0, add_.get(),
                                                  rem_.get(), nullptr) != 1) {
      error().Capture("random prime generation failed");
    }
  }
  MaybeLocal<Value> Result(Environment* env) override {
    size_t size = static_cast<size_t>(BN_num_bytes(prime_.get()));
    std::shared_ptr<v8::BackingStore> store = NewStore(env->isolate(), size);
    if (size > 0) {
      BN_bn2binpad(prime_.get(), static_cast<uint8_t*>(store->Data()), static_cast<int>(size));
    }
    return v8::ArrayBuffer::New(env->isolate(), std::move(store));
  }

 private:
  int bits_;
  bool safe_;
  Bignum add_;
  Bignum rem_;
  Bignum prime_;
};

void CheckPrime(const FunctionCallbackInfo<Value>& args) {
  Local<Context> context = args.GetIsolate()->GetCurrentContext();
  Bignum candidate = BignumFrom(args[0]);
  CHECK(candidate);
  int checks = args[1]->Int32Value(context).FromMaybe(0);
  RunJob(args, std::make_unique<CheckPrimeJob>(std::move(candidate), checks), 2);
}

void GeneratePrime(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  int bits = args[0]->Int32Value(context).FromMaybe(0);
  CHECK_GE(bits, 1);
  bool safe = args[1]->BooleanValue(isolate);
  Bignum add;
  Bignum rem;
  if (!args[2]->IsUndefined()) {
    add = BignumFrom(args[2]);
    if (!add) {
      return ThrowCodedError(isolate, ErrorKind::kError, "ERR_CRYPTO_OPERATION_FAILED",
                             "could not generate prime");
    }
  }
  if (!args[3]->IsUndefined()) {
    rem = BignumFrom(args[3]);
    if (!rem) {
      return ThrowCodedError(isolate, ErrorKind::kError, "ERR_CRYPTO_OPERATION_FAILED",
                             "could not generate prime");
    }
  }
  if (add) {
    // An add wider than the prime would loop in OpenSSL, as would rem >= add.
    if (BN_num_bits(add.get()) > bits) {
      return ThrowCodedError(isolate, ErrorKind::kRangeError, "ERR_OUT_OF_RANGE",
                             "invalid options.add");
    }
    if (rem && BN_cmp(add.get(), rem.get()) != 1) {
      return ThrowCodedError(isolate, ErrorKind::kRangeError, "ERR_OUT_OF_RANGE",
                             "invalid options.rem");
    }
  }
  RunJob(args, std::make_unique<RandomPrimeJob>(bits, safe, std::move(add), std::move(rem)), 4);
}

}  // namespace

void InitPrime(Environment* env, Local<Object> target) {
  Local<Context> context = env->context();
  SetMethod(context, target, "checkPrime", CheckPrime);
  SetMethod(context, target, "generatePrime", GeneratePrime);
}

}  // namespace crypto
}  // namespace rt
