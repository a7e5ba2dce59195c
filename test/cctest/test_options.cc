// rt's command-line parsing (src/runtime/options.cc).
#include <catch2/catch.hpp>

#include "runtime/options.h"

using rt::Options;
using rt::ParseOptions;

TEST_CASE("a script and its arguments") {
  Options o = ParseOptions({"app.js", "--port", "80"});
  CHECK(o.action == Options::Action::kRun);
  CHECK(o.script == "app.js");
  CHECK(o.script_args == std::vector<std::string>{"--port", "80"});
  CHECK(o.exec_argv.empty());
}

TEST_CASE("-e and -p take the next argument as code") {
  Options e = ParseOptions({"-e", "1+1", "x"});
  CHECK(e.has_eval);
  CHECK_FALSE(e.print_eval);
  CHECK(e.eval_source == "1+1");
  CHECK(e.script.empty());
  CHECK(e.script_args == std::vector<std::string>{"x"});
  Options p = ParseOptions({"-p", "process.argv"});
  CHECK(p.print_eval);
  CHECK(p.exec_argv == std::vector<std::string>{"-p", "process.argv"});
  Options eq = ParseOptions({"--eval=42"});
  CHECK(eq.eval_source == "42");
}

TEST_CASE("-e without code is an error") {
  Options o = ParseOptions({"-e"});
  CHECK(o.action == Options::Action::kError);
  CHECK(o.error == "-e requires an argument");
}

TEST_CASE("unknown short options are errors with Node's wording") {
  Options o = ParseOptions({"-z", "a.js"});
  CHECK(o.action == Options::Action::kError);
  CHECK(o.error == "bad option: -z");
}

TEST_CASE("unknown --options are left for V8 to accept or reject") {
  Options o = ParseOptions({"--frobnicate", "a.js"});
  CHECK(o.action == Options::Action::kRun);
  CHECK(o.v8_flags == std::vector<std::string>{"--frobnicate"});
  CHECK(o.script == "a.js");
}

TEST_CASE("-- ends rt's options") {
  Options o = ParseOptions({"--", "--version"});
  CHECK(o.action == Options::Action::kRun);
  CHECK(o.script == "--version");
}

TEST_CASE("- reads the script from stdin") {
  Options o = ParseOptions({"-", "a", "b"});
  CHECK(o.read_stdin);
  CHECK(o.script.empty());
  CHECK(o.script_args == std::vector<std::string>{"a", "b"});
}

TEST_CASE("options after the script belong to the script") {
  Options o = ParseOptions({"a.js", "--version"});
  CHECK(o.action == Options::Action::kRun);
  CHECK(o.script_args == std::vector<std::string>{"--version"});
}

TEST_CASE("V8 flags pass through") {
  Options o = ParseOptions({"--max-old-space-size=64", "--stack-size=500", "a.js"});
  CHECK(o.v8_flags == std::vector<std::string>{"--max-old-space-size=64", "--stack-size=500"});
  CHECK(o.script == "a.js");
}

TEST_CASE("--version, --help") {
  CHECK(ParseOptions({"--version"}).action == Options::Action::kVersion);
  CHECK(ParseOptions({"-v"}).action == Options::Action::kVersion);
  CHECK(ParseOptions({"-h"}).action == Options::Action::kHelp);
}

TEST_CASE("--input-type is checked") {
  CHECK(ParseOptions({"--input-type=module", "-e", "1"}).input_type == "module");
  CHECK(ParseOptions({"--input-type=wasm"}).action == Options::Action::kError);
}
