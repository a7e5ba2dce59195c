// The "file:line / source / caret" text printed above uncaught errors.
#include <catch2/catch.hpp>

#include "runtime/environment.h"

TEST_CASE("one caret under the throw") {
  CHECK(rt::FormatSourceArrow("/a/b.js", 3, "  throw new Error('x');", 2, 3) ==
        "/a/b.js:3\n  throw new Error('x');\n  ^\n");
}

TEST_CASE("a span of carets under a token") {
  CHECK(rt::FormatSourceArrow("[eval]", 1, "let x = foo bar", 12, 15) ==
        "[eval]:1\nlet x = foo bar\n            ^^^\n");
}

TEST_CASE("tabs before the column are kept so the caret lines up") {
  CHECK(rt::FormatSourceArrow("f.js", 1, "\t\tx()", 2, 3) == "f.js:1\n\t\tx()\n\t\t^\n");
}

TEST_CASE("an empty span still gets one caret; columns past the end are clamped") {
  CHECK(rt::FormatSourceArrow("f.js", 9, "ab", 1, 1) == "f.js:9\nab\n ^\n");
  CHECK(rt::FormatSourceArrow("f.js", 9, "ab", 7, 9) == "f.js:9\nab\n  ^\n");
}
