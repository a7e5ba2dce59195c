// The embedded lib/ (tools/js2c.py output) is complete and byte-exact.
#include <catch2/catch.hpp>

#include <cstring>
#include <fstream>
#include <sstream>
#include <string>

#include "runtime/builtins.h"

#ifndef RT_SOURCE_ROOT
#define RT_SOURCE_ROOT "."
#endif

TEST_CASE("the bootstrap modules are embedded") {
  for (const char* id : {"internal/bootstrap/realm", "internal/bootstrap/node",
                         "internal/main/run_main", "events", "path"}) {
    INFO(id);
    CHECK(rt::FindBuiltinSource(id) != nullptr);
  }
  CHECK(rt::FindBuiltinSource("no/such/module") == nullptr);
}

TEST_CASE("embedded sources equal the files in lib/") {
  REQUIRE(rt::kBuiltinSourceCount > 10);
  for (size_t i = 0; i < rt::kBuiltinSourceCount; i++) {
    const rt::BuiltinSource& s = rt::kBuiltinSources[i];
    std::ifstream in(std::string(RT_SOURCE_ROOT) + "/lib/" + s.id + ".js", std::ios::binary);
    REQUIRE(in);
    std::stringstream ss;
    ss << in.rdbuf();
    std::string file = ss.str();
    INFO(s.id);
    CHECK(file.size() == s.length);
    CHECK(memcmp(file.data(), s.data, s.length) == 0);
    bool ascii = true;
    for (unsigned char c : file) ascii = ascii && c < 0x80;
    CHECK(ascii == s.one_byte);
  }
}
