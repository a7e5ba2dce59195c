// Random bytes for the `crypto` binding.
//
// JS API:
//   randomFill(view, offset, size, req?) fills view's bytes [offset, offset + size)
//       from OpenSSL's CSPRNG; with req, on the thread pool (req.oncomplete(err)).
#include <openssl/rand.h>

#include <memory>

#include "bindings/crypto/crypto_util.h"

namespace rt {
namespace crypto {
namespace {

using v8::Context;
using v8::FunctionCallbackInfo;
using v8::Local;
using v8::MaybeLocal;
using v8::Object;
using v8::Value;

bool FillRandom(uint8_t* data, size_t size) {
  while (size > 0) {
    int n = static_cast<int>(std::min<size_t>(size, INT32_MAX));
    if (RAND_bytes(data, n) != 1) return false;
    data += n;
    size -= static_cast<size_t>(n);
  }
  return true;
}

class RandomFillJob : public CryptoJob {
 public:
  RandomFillJob(std::shared_ptr<v8::BackingStore> store, size_t offset, size_t size)
      : store_(std::move(store)), offset_(offset), size_(size) {}
  void DoWork() override {
    if (!FillRandom(static_cast<uint8_t*>(store_->Data()) + offset_, size_)) {
      error().Capture("Random number generation failed");
    }
  }
  MaybeLocal<Value> Result(Environment* env) override { return v8::Undefined(env->isolate()); }

 private:
  std::shared_ptr<v8::BackingStore> store_;
  size_t offset_;
  size_t size_;
};

void RandomFill(const FunctionCallbackInfo<Value>& args) {
  Local<Context> context = args.GetIsolate()->GetCurrentContext();
  size_t offset = static_cast<size_t>(args[1]->IntegerValue(context).FromMaybe(0));
  size_t size = static_cast<size_t>(args[2]->IntegerValue(context).FromMaybe(0));
  if (args.Length() > 3 && args[3]->IsObject()) {
    std::shared_ptr<v8::BackingStore> store;
    if (args[0]->IsArrayBufferView()) {
      Local<v8::ArrayBufferView> view = args[0].As<v8::ArrayBufferView>();
      store = view->Buffer()->GetBackingStore();
      offset += view->ByteOffset();
    } else if (args[0]->IsArrayBuffer()) {
      store = args[0].As<v8::ArrayBuffer>()->GetBackingStore();
    } else {
      CHECK(args[0]->IsSharedArrayBuffer());
      store = args[0].As<v8::SharedArrayBuffer>()->GetBackingStore();
    }
    CHECK(offset + size <= store->ByteLength());
    return RunJob(args, std::make_unique<RandomFillJob>(std::move(store), offset, size), 3);
  }
  ByteView view(args[0], true);
  CHECK(offset + size <= view.size());
  if (!FillRandom(view.data() + offset, size)) {
    ThrowCryptoError(args.GetIsolate(), "Random number generation failed");
  }
}

}  // namespace

void InitRandom(Environment* env, Local<Object> target) {
  SetMethod(env->context(), target, "randomFill", RandomFill);
}

}  // namespace crypto
}  // namespace rt
