// rt_mkcodecache OUT.cc: writes the V8 code cache of lib/ as C++ (see runtime/code_cache.h).
#include <cstdio>

#include "runtime/code_cache.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: %s OUT.cc\n", argv[0]);
    return 2;
  }
  return rt::BuildCodeCache(argc, argv, argv[1]);
}
