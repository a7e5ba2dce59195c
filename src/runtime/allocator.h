// The ArrayBuffer allocator of an isolate: V8's default one, plus a count of the bytes
// it holds (process.memoryUsage().arrayBuffers).
#ifndef RT_RUNTIME_ALLOCATOR_H_
#define RT_RUNTIME_ALLOCATOR_H_

#include <v8.h>

#include <atomic>
#include <memory>

namespace rt {

class ArrayBufferAllocator : public v8::ArrayBuffer::Allocator {
 public:
  ArrayBufferAllocator() : inner_(v8::ArrayBuffer::Allocator::NewDefaultAllocator()) {}

  // `new ArrayBuffer(n)` must be zero-filled; Buffer.allocUnsafe turns zero_fill_ off
  // around its one allocation (through the `buffer` binding's zeroFill field).
  void* Allocate(size_t length) override {
    void* data = zero_fill_ ? inner_->Allocate(length) : inner_->AllocateUninitialized(length);
    if (data != nullptr) total_ += length;
    return data;
  }

  void* AllocateUninitialized(size_t length) override {
    void* data = inner_->AllocateUninitialized(length);
    if (data != nullptr) total_ += length;
    return data;
  }

  void Free(void* data, size_t length) override {
    inner_->Free(data, length);
    total_ -= length;
  }

  uint32_t* zero_fill_field() { return &zero_fill_; }

  // Bytes currently held by ArrayBuffers of this isolate (may be read from any thread).
  size_t total() const { return total_.load(std::memory_order_relaxed); }

 private:
  std::unique_ptr<v8::ArrayBuffer::Allocator> inner_;
  std::atomic<size_t> total_{0};
  uint32_t zero_fill_ = 1;
};

}  // namespace rt

#endif  // RT_RUNTIME_ALLOCATOR_H_
