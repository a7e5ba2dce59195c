// V8 code cache for lib/: made at build time by rt_mkcodecache (after a warm-up run, so
// it holds the functions start-up really compiles) and consumed by CompileBuiltin.
#ifndef RT_RUNTIME_CODE_CACHE_H_
#define RT_RUNTIME_CODE_CACHE_H_

#include <cstddef>
#include <cstdint>
#include <string>

namespace rt {

struct CodeCacheEntry {
  const char* id;
  const uint8_t* data;
  size_t length;
};

// Defined by the generated code_cache.cc in rt, and empty in rt_mkcodecache/rt_cctest.
extern const CodeCacheEntry kCodeCache[];
extern const size_t kCodeCacheCount;

const CodeCacheEntry* FindCodeCache(const char* id);

// rt_mkcodecache: runs a warm-up script and writes the C++ source of kCodeCache.
int BuildCodeCache(int argc, char** argv, const std::string& out_path);

}  // namespace rt

#endif  // RT_RUNTIME_CODE_CACHE_H_
