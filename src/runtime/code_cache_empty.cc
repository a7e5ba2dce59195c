// An empty code cache, for the binaries that run before the cache exists.
#include "runtime/code_cache.h"

namespace rt {

const CodeCacheEntry kCodeCache[] = {{nullptr, nullptr, 0}};
const size_t kCodeCacheCount = 0;

}  // namespace rt
