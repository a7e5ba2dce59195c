// The `buffer` binding: encoding and decoding of Buffer contents (the *Slice and
// *Write methods lib/buffer.js puts on Buffer.prototype), byte length, compare, fill,
// indexOf, byte swaps and UTF-8/ASCII checks. lib/ validates arguments; C++ clamps.
#include <string.h>

#include <algorithm>
#include <memory>
#include <vector>

#include "bindings/binding_list.h"
#include "runtime/allocator.h"
#include "runtime/environment.h"
#include "util/byte_view.h"
#include "util/encoding.h"
#include "util/v8_util.h"

namespace rt {
namespace {

using v8::Context;
using v8::FunctionCallbackInfo;
using v8::Isolate;
using v8::Local;
using v8::MaybeLocal;
using v8::Object;
using v8::String;
using v8::Value;

// Numbered like lib/buffer.js's encodingIds.
enum Encoding { UTF8 = 1, UCS2, LATIN1, ASCII, HEX, BASE64, BASE64URL };

// Strings at least this long are handed to V8 as external strings (no copy).
constexpr size_t kExternalThreshold = 64 << 10;

// The storage of an external string, owned by the V8 string it backs. V8 is told
// about the memory so that its collector frees these strings as often as it should.
template <typename Base, typename Char>
class ExternalString : public Base {
 public:
  ExternalString(Isolate* isolate, size_t length)
      : isolate_(isolate), data_(new Char[length]), length_(length) {
    isolate_->AdjustAmountOfExternalAllocatedMemory(static_cast<int64_t>(Size()));
  }
  ~ExternalString() override {
    isolate_->AdjustAmountOfExternalAllocatedMemory(-static_cast<int64_t>(Size()));
  }
  const Char* data() const override { return data_.get(); }
  size_t length() const override { return length_; }
  Char* data() { return data_.get(); }

 private:
  size_t Size() const { return length_ * sizeof(Char); }
  Isolate* isolate_;
  std::unique_ptr<Char[]> data_;
  size_t length_;
};
using ExternalOneByte = ExternalString<String::ExternalOneByteStringResource, char>;
using ExternalTwoByte = ExternalString<String::ExternalStringResource, uint16_t>;

// Builds a one-byte string of `length` characters that `fill` writes.
template <typename Fill>
MaybeLocal<String> MakeOneByte(Isolate* isolate, size_t length, Fill fill) {
  if (length > static_cast<size_t>(String::kMaxLength)) return MaybeLocal<String>();
  if (length >= kExternalThreshold) {
    auto* resource = new ExternalOneByte(isolate, length);
    fill(reinterpret_cast<uint8_t*>(resource->data()));
    MaybeLocal<String> result = String::NewExternalOneByte(isolate, resource);
    if (result.IsEmpty()) delete resource;
    return result;
  }
  uint8_t stack[8192];
  std::unique_ptr<uint8_t[]> heap;
  uint8_t* out = stack;
  if (length > sizeof(stack)) {
    heap.reset(new uint8_t[length]);
    out = heap.get();
  }
  fill(out);
  return String::NewFromOneByte(isolate, out, v8::NewStringType::kNormal, static_cast<int>(length));
}

// The bytes [start, end) of a view, clamped: the arguments of every *Slice method.
void SliceRange(const FunctionCallbackInfo<Value>& args, const ByteView& bytes, size_t* start,
                size_t* end) {
  Local<Context> context = args.GetIsolate()->GetCurrentContext();
  int64_t s = args[0]->IsUndefined() ? 0 : args[0]->IntegerValue(context).FromMaybe(0);
  int64_t e = args[1]->IsUndefined() ? static_cast<int64_t>(bytes.size())
                                     : args[1]->IntegerValue(context).FromMaybe(0);
  int64_t length = static_cast<int64_t>(bytes.size());
  s = std::clamp<int64_t>(s, 0, length);
  e = std::clamp<int64_t>(e, s, length);
  *start = static_cast<size_t>(s);
  *end = static_cast<size_t>(e);
}

// A plain Error with a `code` property, as Node's C++ THROW_ERR_* helpers make them.
void ThrowWithCode(Isolate* isolate, Local<Value> (*make)(Local<String>), const char* message,
                   const char* code) {
  if (isolate->IsExecutionTerminating()) return;
  Local<Value> error = make(OneByteString(isolate, message));
  Local<Context> context = isolate->GetCurrentContext();
  USE(error.As<Object>()->Set(context, OneByteString(isolate, "code"),
                              OneByteString(isolate, code)));
  isolate->ThrowException(error);
}

void ThrowStringTooLong(Isolate* isolate) {
  ThrowWithCode(isolate, v8::Exception::Error,
                "Cannot create a string longer than 0x1fffffe8 characters", "ERR_STRING_TOO_LONG");
}

MaybeLocal<String> Decode(Isolate* isolate, const uint8_t* data, size_t length, Encoding encoding) {
  switch (encoding) {
    case UTF8:
      if (length > static_cast<size_t>(INT32_MAX)) return MaybeLocal<String>();
      return String::NewFromUtf8(isolate, reinterpret_cast<const char*>(data),
                                 v8::NewStringType::kNormal, static_cast<int>(length));
    case LATIN1:
      return MakeOneByte(isolate, length, [&](uint8_t* out) { memcpy(out, data, length); });
    case ASCII:
      return MakeOneByte(isolate, length,
                         [&](uint8_t* out) { encoding::AsciiDecode(data, length, out); });
    case HEX:
      if (length > SIZE_MAX / 2) return MaybeLocal<String>();
      return MakeOneByte(isolate, length * 2, [&](uint8_t* out) {
        encoding::HexEncode(data, length, reinterpret_cast<char*>(out));
      });
    case BASE64:
    case BASE64URL: {
      bool url = encoding == BASE64URL;
      return MakeOneByte(isolate, encoding::Base64EncodedLength(length, url), [&](uint8_t* out) {
        encoding::Base64Encode(data, length, reinterpret_cast<char*>(out), url);
      });
    }
    case UCS2: {
      size_t units = length / 2;
      if (units > static_cast<size_t>(String::kMaxLength)) return MaybeLocal<String>();
      if (units >= kExternalThreshold) {
        auto* resource = new ExternalTwoByte(isolate, units);
        encoding::Ucs2Decode(data, units, resource->data());
        MaybeLocal<String> result = String::NewExternalTwoByte(isolate, resource);
        if (result.IsEmpty()) delete resource;
        return result;
      }
      if (reinterpret_cast<uintptr_t>(data) % 2 == 0) {
        return String::NewFromTwoByte(isolate, reinterpret_cast<const uint16_t*>(data),
                                      v8::NewStringType::kNormal, static_cast<int>(units));
      }
      std::vector<uint16_t> copy(units);
      encoding::Ucs2Decode(data, units, copy.data());
      return String::NewFromTwoByte(isolate, copy.data(), v8::NewStringType::kNormal,
                                    static_cast<int>(units));
    }
  }
  return MaybeLocal<String>();
}

// The characters of a string as one- or two-byte code units, for the decoders.
// External one-byte strings (such as large toString results) are read in place;
// others are copied (small ones onto the stack), without zero-filling first.
class StringChars {
 public:
  StringChars(Isolate* isolate, Local<String> str) : length_(static_cast<size_t>(str->Length())) {
    int n = static_cast<int>(length_);
    if (str->IsExternalOneByte()) {
      one_ = reinterpret_cast<const uint8_t*>(str->GetExternalOneByteStringResource()->data());
    } else if (str->IsOneByte()) {
      uint8_t* buffer = Allocate(length_);
      if (n > 0) str->WriteOneByte(isolate, buffer, 0, n, String::NO_NULL_TERMINATION);
      one_ = buffer;
    } else {
      uint16_t* buffer = reinterpret_cast<uint16_t*>(Allocate(length_ * 2));
      str->Write(isolate, buffer, 0, n, String::NO_NULL_TERMINATION);
      two_ = buffer;
    }
  }
  StringChars(const StringChars&) = delete;
  StringChars& operator=(const StringChars&) = delete;

  bool one_byte() const { return two_ == nullptr; }
  const uint8_t* one() const { return one_; }
  const uint16_t* two() const { return two_; }
  size_t length() const { return length_; }

  size_t Utf8Length() const {
    return one_byte() ? encoding::Utf8LengthFromLatin1(one_, length_)
                      : encoding::Utf8LengthFromUtf16(two_, length_);
  }
  // `capacity` is at least the UTF-8 length.
  size_t WriteUtf8(uint8_t* out, size_t capacity) const {
    return one_byte() ? encoding::Latin1ToUtf8(one_, length_, out)
                      : encoding::Utf16ToUtf8(two_, length_, out, capacity);
  }

 private:
  uint8_t* Allocate(size_t bytes) {
    if (bytes <= sizeof(stack_)) return stack_;
    heap_.reset(new uint8_t[bytes]);
    return heap_.get();
  }

  size_t length_;
  const uint8_t* one_ = nullptr;
  const uint16_t* two_ = nullptr;
  alignas(uint16_t) uint8_t stack_[2048];
  std::unique_ptr<uint8_t[]> heap_;
};

// Strings at least this long are encoded to UTF-8 by encoding::*ToUtf8 rather than
// V8's WriteUtf8/Utf8Length, which go character by character.
constexpr int kFastUtf8Threshold = 256;

// Writes str into [out, out + capacity) in `encoding`; returns the bytes written.
// Never splits a character (UTF-8, UTF-16) that does not fit.
size_t Encode(Isolate* isolate, Local<String> str, Encoding encoding, uint8_t* out,
              size_t capacity) {
  int cap = static_cast<int>(std::min<size_t>(capacity, INT32_MAX));
  switch (encoding) {
    case UTF8:
      if (cap == 0) return 0;
      if (str->Length() >= kFastUtf8Threshold) {
        StringChars chars(isolate, str);
        size_t worst = chars.length() * (chars.one_byte() ? 2 : 3);
        if (worst <= capacity || chars.Utf8Length() <= capacity) {
          return chars.WriteUtf8(out, capacity);
        }
      }
      return static_cast<size_t>(
          str->WriteUtf8(isolate, reinterpret_cast<char*>(out), cap, nullptr,
                         String::NO_NULL_TERMINATION | String::REPLACE_INVALID_UTF8));
    case LATIN1:
    case ASCII: {
      int n = std::min(cap, str->Length());
      if (n == 0) return 0;
      return static_cast<size_t>(
          str->WriteOneByte(isolate, out, 0, n, String::NO_NULL_TERMINATION));
    }
    case UCS2: {
      int units = std::min(cap / 2, str->Length());
      if (units == 0) return 0;
      if (reinterpret_cast<uintptr_t>(out) % 2 == 0) {
        str->Write(isolate, reinterpret_cast<uint16_t*>(out), 0, units,
                   String::NO_NULL_TERMINATION);
      } else {
        std::vector<uint16_t> tmp(static_cast<size_t>(units));
        str->Write(isolate, tmp.data(), 0, units, String::NO_NULL_TERMINATION);
        encoding::Ucs2Encode(tmp.data(), tmp.size(), out);
      }
      return static_cast<size_t>(units) * 2;
    }
    case HEX:
    case BASE64:
    case BASE64URL: {
      StringChars chars(isolate, str);
      if (encoding == HEX) {
        return chars.one_byte() ? encoding::HexDecode(chars.one(), chars.length(), out, capacity)
                                : encoding::HexDecode(chars.two(), chars.length(), out, capacity);
      }
      return chars.one_byte() ? encoding::Base64Decode(chars.one(), chars.length(), out, capacity)
                              : encoding::Base64Decode(chars.two(), chars.length(), out, capacity);
    }
  }
  return 0;
}

// The exact number of bytes Encode would write with unlimited room.
size_t EncodedLength(Isolate* isolate, Local<String> str, Encoding encoding) {
  switch (encoding) {
    case UTF8:
      if (str->Length() >= kFastUtf8Threshold) return StringChars(isolate, str).Utf8Length();
      return static_cast<size_t>(str->Utf8Length(isolate));
    case LATIN1:
    case ASCII:
      return static_cast<size_t>(str->Length());
    case UCS2:
      return static_cast<size_t>(str->Length()) * 2;
    case HEX:
      return static_cast<size_t>(str->Length()) / 2;
    case BASE64:
    case BASE64URL: {
      // Only the length and the last two characters (trailing '=') matter.
      int length = str->Length();
      if (length < 2) return 0;
      uint16_t tail[2];
      str->Write(isolate, tail, length - 2, 2, String::NO_NULL_TERMINATION);
      size_t n = static_cast<size_t>(length);
      if (tail[1] == '=') {
        n--;
        if (tail[0] == '=') n--;
      }
      return n / 4 * 3 + (n % 4 + 1) / 2;
    }
  }
  return 0;
}

template <Encoding encoding>
void SliceMethod(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  ByteView bytes(args.This());
  size_t start, end;
  SliceRange(args, bytes, &start, &end);
  Local<String> result;
  if (!Decode(isolate, bytes.data() + start, end - start, encoding).ToLocal(&result)) {
    return ThrowStringTooLong(isolate);
  }
  args.GetReturnValue().Set(result);
}

// this.<enc>Write(string, offset = 0, length = this.length - offset) -> bytes written.
template <Encoding encoding>
void WriteMethod(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  if (!args[0]->IsString()) {
    return ThrowWithCode(isolate, v8::Exception::TypeError, "argument must be a string",
                         "ERR_INVALID_ARG_TYPE");
  }
  ByteView bytes(args.This(), true);
  int64_t length = static_cast<int64_t>(bytes.size());
  int64_t offset = args[1]->IsUndefined() ? 0 : args[1]->IntegerValue(context).FromMaybe(0);
  offset = std::clamp<int64_t>(offset, 0, length);
  int64_t max =
      args[2]->IsUndefined() ? length - offset : args[2]->IntegerValue(context).FromMaybe(0);
  max = std::clamp<int64_t>(max, 0, length - offset);
  size_t written = Encode(isolate, args[0].As<String>(), encoding, bytes.data() + offset,
                          static_cast<size_t>(max));
  args.GetReturnValue().Set(static_cast<double>(written));
}

Encoding ToEncoding(Local<Context> context, Local<Value> value) {
  int32_t id = value->Int32Value(context).FromMaybe(UTF8);
  return id >= UTF8 && id <= BASE64URL ? static_cast<Encoding>(id) : UTF8;
}

// byteLengthUtf8(string) -> number
void ByteLengthUtf8(const FunctionCallbackInfo<Value>& args) {
  args.GetReturnValue().Set(
      static_cast<double>(EncodedLength(args.GetIsolate(), args[0].As<String>(), UTF8)));
}

// byteLength(string, encodingId) -> number, exact for every encoding.
void ByteLength(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  Encoding encoding = ToEncoding(isolate->GetCurrentContext(), args[1]);
  args.GetReturnValue().Set(
      static_cast<double>(EncodedLength(isolate, args[0].As<String>(), encoding)));
}

// writeToPool(pool, string, offset, encodingId) -> bytes written at pool[offset], or -1
// when the whole string did not fit (the caller then allocates the exact size).
void WriteToPool(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  ByteView pool(args[0], true);
  Local<String> str = args[1].As<String>();
  size_t offset = static_cast<size_t>(args[2]->IntegerValue(context).FromMaybe(0));
  Encoding encoding = ToEncoding(context, args[3]);
  if (offset > pool.size()) return args.GetReturnValue().Set(-1);
  size_t room = pool.size() - offset;
  uint8_t* out = pool.data() + offset;
  if (encoding == UTF8 && str->Length() >= kFastUtf8Threshold) {
    StringChars chars(isolate, str);
    // Each UTF-16 unit takes at most 3 bytes (a Latin-1 one 2): when the worst case
    // fits, convert in one pass without measuring first.
    size_t worst = chars.length() * (chars.one_byte() ? 2 : 3);
    if (worst > room && chars.Utf8Length() > room) return args.GetReturnValue().Set(-1);
    return args.GetReturnValue().Set(static_cast<double>(chars.WriteUtf8(out, room)));
  }
  if (encoding == UTF8) {
    int chars = 0;
    if (room == 0) return args.GetReturnValue().Set(str->Length() == 0 ? 0 : -1);
    int n = str->WriteUtf8(isolate, reinterpret_cast<char*>(out),
                           static_cast<int>(std::min<size_t>(room, INT32_MAX)), &chars,
                           String::NO_NULL_TERMINATION | String::REPLACE_INVALID_UTF8);
    return args.GetReturnValue().Set(chars == str->Length() ? n : -1);
  }
  size_t needed = EncodedLength(isolate, str, encoding);
  if (needed > room) return args.GetReturnValue().Set(-1);
  args.GetReturnValue().Set(static_cast<double>(Encode(isolate, str, encoding, out, needed)));
}

// utf8FromString(string) -> ArrayBuffer of exactly the string's UTF-8 bytes, for large
// strings: the characters are copied once, measured, and converted straight into
// uninitialized memory from the isolate's ArrayBuffer allocator.
void Utf8FromString(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  StringChars chars(isolate, args[0].As<String>());
  size_t length = chars.Utf8Length();
  ArrayBufferAllocator* allocator = Environment::GetCurrent(isolate)->array_buffer_allocator();
  if (allocator == nullptr || length == 0) {
    std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(isolate, length);
    if (length > 0) chars.WriteUtf8(static_cast<uint8_t*>(store->Data()), length);
    return args.GetReturnValue().Set(v8::ArrayBuffer::New(isolate, std::move(store)));
  }
  void* data = allocator->AllocateUninitialized(length);
  if (data == nullptr) {
    return ThrowWithCode(isolate, v8::Exception::RangeError, "Array buffer allocation failed",
                         "ERR_MEMORY_ALLOCATION_FAILED");
  }
  chars.WriteUtf8(static_cast<uint8_t*>(data), length);
  std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(
      data, length,
      [](void* p, size_t size, void* owner) {
        static_cast<ArrayBufferAllocator*>(owner)->Free(p, size);
      },
      allocator);
  args.GetReturnValue().Set(v8::ArrayBuffer::New(isolate, std::move(store)));
}

int CompareBytes(const uint8_t* a, size_t a_length, const uint8_t* b, size_t b_length) {
  size_t n = std::min(a_length, b_length);
  int cmp = n == 0 ? 0 : memcmp(a, b, n);
  if (cmp == 0) cmp = a_length < b_length ? -1 : a_length > b_length ? 1 : 0;
  return cmp < 0 ? -1 : cmp > 0 ? 1 : 0;
}

// compare(a, b) -> -1 | 0 | 1
void Compare(const FunctionCallbackInfo<Value>& args) {
  ByteView a(args[0]);
  ByteView b(args[1]);
  args.GetReturnValue().Set(CompareBytes(a.data(), a.size(), b.data(), b.size()));
}

// compareOffset(source, target, targetStart, sourceStart, targetEnd, sourceEnd)
void CompareOffset(const FunctionCallbackInfo<Value>& args) {
  Local<Context> context = args.GetIsolate()->GetCurrentContext();
  ByteView source(args[0]);
  ByteView target(args[1]);
  auto arg = [&](int i, size_t limit) {
    int64_t v = args[i]->IntegerValue(context).FromMaybe(0);
    return static_cast<size_t>(std::clamp<int64_t>(v, 0, static_cast<int64_t>(limit)));
  };
  size_t target_start = arg(2, target.size());
  size_t source_start = arg(3, source.size());
  size_t target_end = std::max(arg(4, target.size()), target_start);
  size_t source_end = std::max(arg(5, source.size()), source_start);
  args.GetReturnValue().Set(CompareBytes(source.data() + source_start, source_end - source_start,
                                         target.data() + target_start, target_end - target_start));
}

// fill(buffer, value: string | view, start, end, encodingId) -> -1 when value has no
// bytes (the caller throws), else 0. Numbers are filled in JS.
void Fill(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  ByteView buffer(args[0], true);
  size_t length = buffer.size();
  size_t start = static_cast<size_t>(
      std::clamp<int64_t>(args[2]->IntegerValue(context).FromMaybe(0), 0, length));
  size_t end = static_cast<size_t>(
      std::clamp<int64_t>(args[3]->IntegerValue(context).FromMaybe(0), start, length));
  uint8_t* out = buffer.data() + start;
  size_t span = end - start;
  size_t pattern;
  if (args[1]->IsString()) {
    Local<String> str = args[1].As<String>();
    Encoding encoding = ToEncoding(context, args[4]);
    size_t needed = EncodedLength(isolate, str, encoding);
    if (needed == 0) return args.GetReturnValue().Set(-1);
    if (span == 0) return args.GetReturnValue().Set(0);
    if (needed <= span) {
      pattern = Encode(isolate, str, encoding, out, needed);
    } else {
      std::vector<uint8_t> tmp(needed);
      pattern = Encode(isolate, str, encoding, tmp.data(), needed);
      if (pattern > span) pattern = span;
      memcpy(out, tmp.data(), pattern);
    }
    if (pattern == 0) return args.GetReturnValue().Set(-1);
  } else {
    ByteView value(args[1]);
    pattern = std::min(value.size(), span);
    if (value.size() == 0) return args.GetReturnValue().Set(-1);
    memmove(out, value.data(), pattern);
  }
  // Double the filled prefix until the range is full.
  while (pattern < span) {
    size_t n = std::min(pattern, span - pattern);
    memcpy(out + pattern, out, n);
    pattern += n;
  }
  args.GetReturnValue().Set(0);
}

// Where a search starts, by Node's rules; -1 for no possible match.
int64_t SearchStart(size_t length, int64_t offset, size_t needle_length, bool forward) {
  int64_t len = static_cast<int64_t>(length);
  int64_t nlen = static_cast<int64_t>(needle_length);
  if (offset < 0) {
    if (offset + len >= 0) return len + offset;
    if (forward || nlen == 0) return 0;
    return -1;
  }
  if (offset + nlen <= len) return offset;
  if (nlen == 0) return len;
  return forward ? -1 : len - 1;
}

template <typename T>
int64_t Search(const T* haystack, size_t length, const T* needle, size_t needle_length,
               size_t start, bool forward) {
  if (needle_length > length) return -1;
  if (forward) {
    if (needle_length == 1 && sizeof(T) == 1) {
      const void* p = memchr(haystack + start, needle[0], length - start);
      return p ? static_cast<const T*>(p) - haystack : -1;
    }
    const T* end = haystack + length;
    const T* found = std::search(haystack + start, end, needle, needle + needle_length);
    return found == end ? -1 : found - haystack;
  }
  size_t last = std::min(start, length - needle_length);
  for (size_t i = last + 1; i-- > 0;) {
    if (haystack[i] == needle[0] && memcmp(haystack + i, needle, needle_length * sizeof(T)) == 0) {
      return static_cast<int64_t>(i);
    }
  }
  return -1;
}

int64_t IndexOfBytes(const uint8_t* haystack, size_t length, const uint8_t* needle,
                     size_t needle_length, int64_t offset, bool ucs2, bool forward) {
  int64_t start = SearchStart(length, offset, needle_length, forward);
  if (needle_length == 0) return start;
  if (length == 0 || start < 0) return -1;
  size_t s = static_cast<size_t>(start);
  if ((forward && needle_length + s > length) || needle_length > length) return -1;
  if (!ucs2) return Search(haystack, length, needle, needle_length, s, forward);
  if (length < 2 || needle_length < 2) return -1;
  std::vector<uint16_t> hay(length / 2), pin(needle_length / 2);
  encoding::Ucs2Decode(haystack, hay.size(), hay.data());
  encoding::Ucs2Decode(needle, pin.size(), pin.data());
  int64_t r = Search(hay.data(), hay.size(), pin.data(), pin.size(), s / 2, forward);
  return r < 0 ? -1 : r * 2;
}

// indexOfString(buffer, string, byteOffset, encodingId, forward) for utf8, ucs2, latin1.
void IndexOfString(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  ByteView haystack(args[0]);
  Local<String> str = args[1].As<String>();
  int64_t offset = args[2]->IntegerValue(context).FromMaybe(0);
  Encoding encoding = ToEncoding(context, args[3]);
  bool forward = args[4]->IsTrue();
  std::vector<uint8_t> needle(EncodedLength(isolate, str, encoding));
  needle.resize(Encode(isolate, str, encoding, needle.data(), needle.size()));
  args.GetReturnValue().Set(
      static_cast<double>(IndexOfBytes(haystack.data(), haystack.size(), needle.data(),
                                       needle.size(), offset, encoding == UCS2, forward)));
}

// indexOfBuffer(buffer, needle, byteOffset, encodingId, forward)
void IndexOfBuffer(const FunctionCallbackInfo<Value>& args) {
  Local<Context> context = args.GetIsolate()->GetCurrentContext();
  ByteView haystack(args[0]);
  ByteView needle(args[1]);
  int64_t offset = args[2]->IntegerValue(context).FromMaybe(0);
  Encoding encoding = ToEncoding(context, args[3]);
  args.GetReturnValue().Set(static_cast<double>(IndexOfBytes(haystack.data(), haystack.size(),
                                                             needle.data(), needle.size(), offset,
                                                             encoding == UCS2, args[4]->IsTrue())));
}

// indexOfNumber(buffer, uint32, byteOffset, forward)
void IndexOfNumber(const FunctionCallbackInfo<Value>& args) {
  Local<Context> context = args.GetIsolate()->GetCurrentContext();
  ByteView haystack(args[0]);
  uint8_t needle = static_cast<uint8_t>(args[1]->Uint32Value(context).FromMaybe(0));
  int64_t offset = args[2]->IntegerValue(context).FromMaybe(0);
  args.GetReturnValue().Set(static_cast<double>(IndexOfBytes(
      haystack.data(), haystack.size(), &needle, 1, offset, false, args[3]->IsTrue())));
}

template <void (*swap)(uint8_t*, size_t)>
void SwapMethod(const FunctionCallbackInfo<Value>& args) {
  ByteView bytes(args[0], true);
  swap(bytes.data(), bytes.size());
}

void IsUtf8(const FunctionCallbackInfo<Value>& args) {
  ByteView bytes(args[0]);
  args.GetReturnValue().Set(encoding::IsUtf8(bytes.data(), bytes.size()));
}

void IsAscii(const FunctionCallbackInfo<Value>& args) {
  ByteView bytes(args[0]);
  args.GetReturnValue().Set(encoding::IsAscii(bytes.data(), bytes.size()));
}

// decode(view, encodingId) -> string of the whole view (used for ArrayBuffers and
// views that are not Buffers).
void DecodeView(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  ByteView bytes(args[0]);
  Local<String> result;
  if (!Decode(isolate, bytes.data(), bytes.size(),
              ToEncoding(isolate->GetCurrentContext(), args[1]))
           .ToLocal(&result)) {
    return ThrowStringTooLong(isolate);
  }
  args.GetReturnValue().Set(result);
}

void Initialize(Environment* env, Local<Object> target) {
  Isolate* isolate = env->isolate();
  Local<Context> context = env->context();
  // zeroFill[0] = 0 makes the next ArrayBuffer allocation skip zero-filling.
  if (ArrayBufferAllocator* allocator = env->array_buffer_allocator()) {
    std::shared_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(
        allocator->zero_fill_field(), sizeof(uint32_t), [](void*, size_t, void*) {}, nullptr);
    Local<v8::ArrayBuffer> ab = v8::ArrayBuffer::New(isolate, store);
    SetValue(context, target, "zeroFill", v8::Uint32Array::New(ab, 0, 1));
  }
  SetMethod(context, target, "utf8Slice", SliceMethod<UTF8>);
  SetMethod(context, target, "ucs2Slice", SliceMethod<UCS2>);
  SetMethod(context, target, "latin1Slice", SliceMethod<LATIN1>);
  SetMethod(context, target, "asciiSlice", SliceMethod<ASCII>);
  SetMethod(context, target, "hexSlice", SliceMethod<HEX>);
  SetMethod(context, target, "base64Slice", SliceMethod<BASE64>);
  SetMethod(context, target, "base64urlSlice", SliceMethod<BASE64URL>);
  SetMethod(context, target, "utf8Write", WriteMethod<UTF8>);
  SetMethod(context, target, "ucs2Write", WriteMethod<UCS2>);
  SetMethod(context, target, "latin1Write", WriteMethod<LATIN1>);
  SetMethod(context, target, "asciiWrite", WriteMethod<ASCII>);
  SetMethod(context, target, "hexWrite", WriteMethod<HEX>);
  SetMethod(context, target, "base64Write", WriteMethod<BASE64>);
  SetMethod(context, target, "base64urlWrite", WriteMethod<BASE64URL>);
  SetMethod(context, target, "byteLengthUtf8", ByteLengthUtf8);
  SetMethod(context, target, "byteLength", ByteLength);
  SetMethod(context, target, "writeToPool", WriteToPool);
  SetMethod(context, target, "utf8FromString", Utf8FromString);
  SetMethod(context, target, "compare", Compare);
  SetMethod(context, target, "compareOffset", CompareOffset);
  SetMethod(context, target, "fill", Fill);
  SetMethod(context, target, "indexOfString", IndexOfString);
  SetMethod(context, target, "indexOfBuffer", IndexOfBuffer);
  SetMethod(context, target, "indexOfNumber", IndexOfNumber);
  SetMethod(context, target, "swap16", SwapMethod<encoding::Swap16>);
  SetMethod(context, target, "swap32", SwapMethod<encoding::Swap32>);
  SetMethod(context, target, "swap64", SwapMethod<encoding::Swap64>);
  SetMethod(context, target, "isUtf8", IsUtf8);
  SetMethod(context, target, "isAscii", IsAscii);
  SetMethod(context, target, "decode", DecodeView);
  SetNumber(context, target, "kMaxLength", static_cast<double>(v8::TypedArray::kMaxLength));
  SetNumber(context, target, "kStringMaxLength", String::kMaxLength);
  Local<Object> ids = Object::New(isolate);
  SetNumber(context, ids, "utf8", UTF8);
  SetNumber(context, ids, "ucs2", UCS2);
  SetNumber(context, ids, "latin1", LATIN1);
  SetNumber(context, ids, "ascii", ASCII);
  SetNumber(context, ids, "hex", HEX);
  SetNumber(context, ids, "base64", BASE64);
  SetNumber(context, ids, "base64url", BASE64URL);
  SetValue(context, target, "encodingIds", ids);
}

}  // namespace
}  // namespace rt

RT_BINDING(buffer, rt::Initialize)
