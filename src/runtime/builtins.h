// The JavaScript library (lib/) embedded into the binary by tools/js2c.py.
#ifndef RT_RUNTIME_BUILTINS_H_
#define RT_RUNTIME_BUILTINS_H_

#include <cstddef>

namespace rt {

struct BuiltinSource {
  const char* id;    // "internal/errors" for lib/internal/errors.js
  const char* data;  // UTF-8
  size_t length;
  bool one_byte;  // ASCII only: can back an external V8 string directly
};

extern const BuiltinSource kBuiltinSources[];
extern const size_t kBuiltinSourceCount;

// The source of `id`, or nullptr.
const BuiltinSource* FindBuiltinSource(const char* id);

}  // namespace rt

#endif  // RT_RUNTIME_BUILTINS_H_
