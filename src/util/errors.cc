// Builds system errors from libuv codes (see uv_error.h).
#include "util/errors.h"

#include <uv.h>

#include <string>

#include "util/v8_util.h"

namespace rt {

v8::Local<v8::Value> UVException(v8::Isolate* isolate, int err, const char* syscall,
                                 const char* path, const char* dest) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  char name[64];
  uv_err_name_r(err, name, sizeof(name));
  std::string message = std::string(name) + ": " + uv_strerror(err) + ", " + syscall;
  if (path != nullptr) message += std::string(" '") + path + "'";
  if (dest != nullptr) message += std::string(" -> '") + dest + "'";
  v8::Local<v8::Object> e = v8::Exception::Error(Utf8String(isolate, message)).As<v8::Object>();
  SetNumber(context, e, "errno", err);
  SetValue(context, e, "code", OneByteString(isolate, name));
  SetValue(context, e, "syscall", OneByteString(isolate, syscall));
  if (path != nullptr) SetValue(context, e, "path", Utf8String(isolate, path));
  if (dest != nullptr) SetValue(context, e, "dest", Utf8String(isolate, dest));
  return e;
}

v8::Local<v8::Value> CodedError(v8::Isolate* isolate, ErrorKind kind, const char* code,
                                const std::string& message) {
  v8::Local<v8::String> text = Utf8String(isolate, message);
  v8::Local<v8::Value> error = kind == ErrorKind::kTypeError    ? v8::Exception::TypeError(text)
                               : kind == ErrorKind::kRangeError ? v8::Exception::RangeError(text)
                                                                : v8::Exception::Error(text);
  if (code != nullptr) {
    SetValue(isolate->GetCurrentContext(), error.As<v8::Object>(), "code",
             OneByteString(isolate, code));
  }
  return error;
}

}  // namespace rt
