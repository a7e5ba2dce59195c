// Errors made in C++: system errors from libuv codes (`ENOENT: no such file or
// directory, open 'x'` with errno, code, syscall, path, dest) and errors with a Node
// code (`TypeError: message` with `code`, as Node's C++ throws them). Argument errors belong in
// lib/ (validators).
#ifndef RT_UTIL_ERRORS_H_
#define RT_UTIL_ERRORS_H_

#include <v8.h>

#include <string>

namespace rt {

v8::Local<v8::Value> UVException(v8::Isolate* isolate, int err, const char* syscall,
                                 const char* path = nullptr, const char* dest = nullptr);

inline void ThrowUVException(v8::Isolate* isolate, int err, const char* syscall,
                             const char* path = nullptr, const char* dest = nullptr) {
  isolate->ThrowException(UVException(isolate, err, syscall, path, dest));
}

enum class ErrorKind { kError, kTypeError, kRangeError };

// An error thrown from C++ the way Node throws them: `TypeError: message` with a `code`
// property (when code is not null); unlike lib/internal/errors.js's, the stack does not
// name the code.
v8::Local<v8::Value> CodedError(v8::Isolate* isolate, ErrorKind kind, const char* code,
                                const std::string& message);

inline void ThrowCodedError(v8::Isolate* isolate, ErrorKind kind, const char* code,
                            const std::string& message) {
  isolate->ThrowException(CodedError(isolate, kind, code, message));
}

}  // namespace rt

#endif  // RT_UTIL_ERRORS_H_
