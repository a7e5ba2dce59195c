// ByteView: the bytes behind a JS ArrayBufferView, ArrayBuffer or SharedArrayBuffer.
#ifndef RT_UTIL_BYTE_VIEW_H_
#define RT_UTIL_BYTE_VIEW_H_

#include <v8.h>

#include <cstddef>
#include <cstdint>
#include <vector>

namespace rt {

// Any other value gives an empty view. Reading a small on-heap typed array copies it
// (so V8 need not move it off the heap) unless `writable` asks for the real bytes.
// Valid while the value is alive and no JS runs that could detach or resize it.
class ByteView {
 public:
  explicit ByteView(v8::Local<v8::Value> value, bool writable = false);
  ByteView(const ByteView&) = delete;
  ByteView& operator=(const ByteView&) = delete;

  uint8_t* data() const { return data_; }
  size_t size() const { return size_; }
  std::vector<uint8_t> Copy() const { return std::vector<uint8_t>(data_, data_ + size_); }

 private:
  uint8_t* data_ = nullptr;
  size_t size_ = 0;
  uint8_t stack_[128];
};

}  // namespace rt

#endif  // RT_UTIL_BYTE_VIEW_H_
