// Small helpers for talking to V8: checks, strings, and setting functions on objects.
#ifndef RT_UTIL_V8_UTIL_H_
#define RT_UTIL_V8_UTIL_H_

#include <v8.h>

#include <cstdio>
#include <cstdlib>
#include <string>

namespace rt {

[[noreturn]] void Abort(const char* expr, const char* file, int line);

#define CHECK(expr)                                      \
  do {                                                   \
    if (!(expr)) ::rt::Abort(#expr, __FILE__, __LINE__); \
  } while (0)
// Marks a result that is deliberately ignored (GCC ignores a (void) cast on warn_unused_result).
template <typename T>
inline void USE(T&&) {}

#define CHECK_EQ(a, b) CHECK((a) == (b))
#define CHECK_GE(a, b) CHECK((a) >= (b))

inline v8::Local<v8::String> OneByteString(v8::Isolate* isolate, const char* s, int length = -1) {
  return v8::String::NewFromOneByte(isolate, reinterpret_cast<const uint8_t*>(s),
                                    v8::NewStringType::kNormal, length)
      .ToLocalChecked();
}

// Internalized: for property names that are looked up often.
inline v8::Local<v8::String> Symbol(v8::Isolate* isolate, const char* s) {
  return v8::String::NewFromOneByte(isolate, reinterpret_cast<const uint8_t*>(s),
                                    v8::NewStringType::kInternalized)
      .ToLocalChecked();
}

inline v8::Local<v8::String> Utf8String(v8::Isolate* isolate, const char* s, int length = -1) {
  return v8::String::NewFromUtf8(isolate, s, v8::NewStringType::kNormal, length).ToLocalChecked();
}

inline v8::Local<v8::String> Utf8String(v8::Isolate* isolate, const std::string& s) {
  return Utf8String(isolate, s.data(), static_cast<int>(s.size()));
}

// The UTF-8 bytes of any value (ToString applied).
class Utf8Value {
 public:
  Utf8Value(v8::Isolate* isolate, v8::Local<v8::Value> value) : value_(isolate, value) {}
  const char* operator*() const { return *value_ ? *value_ : ""; }
  size_t length() const { return value_.length(); }
  std::string ToString() const { return std::string(**this, length()); }

 private:
  v8::String::Utf8Value value_;
};

void SetMethod(v8::Local<v8::Context> context, v8::Local<v8::Object> target, const char* name,
               v8::FunctionCallback callback);
void SetValue(v8::Local<v8::Context> context, v8::Local<v8::Object> target, const char* name,
              v8::Local<v8::Value> value);
void SetNumber(v8::Local<v8::Context> context, v8::Local<v8::Object> target, const char* name,
               double value);

}  // namespace rt

#endif  // RT_UTIL_V8_UTIL_H_
