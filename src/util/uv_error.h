// System errors: the one place that turns a libuv error code into the Error users see
// (`ENOENT: no such file or directory, open 'x'` with errno, code, syscall, path, dest).
#ifndef RT_UTIL_UV_ERROR_H_
#define RT_UTIL_UV_ERROR_H_

#include <v8.h>

namespace rt {

v8::Local<v8::Value> UVException(v8::Isolate* isolate, int err, const char* syscall,
                                 const char* path = nullptr, const char* dest = nullptr);

inline void ThrowUVException(v8::Isolate* isolate, int err, const char* syscall,
                             const char* path = nullptr, const char* dest = nullptr) {
  isolate->ThrowException(UVException(isolate, err, syscall, path, dest));
}

}  // namespace rt

#endif  // RT_UTIL_UV_ERROR_H_
