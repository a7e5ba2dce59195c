// Command-line options of the rt binary: plain C++, no V8, so Catch2 tests reach it.
#ifndef RT_RUNTIME_OPTIONS_H_
#define RT_RUNTIME_OPTIONS_H_

#include <string>
#include <vector>

namespace rt {

struct Options {
  enum class Action { kRun, kVersion, kHelp, kV8Options, kError };
  Action action = Action::kRun;

  bool has_eval = false;                 // -e / -p
  std::string eval_source;               // the code given to -e / -p
  bool print_eval = false;               // -p
  bool interactive = false;              // -i
  bool check_syntax = false;             // -c
  bool read_stdin = false;               // `rt -` or no script with a non-TTY stdin
  std::string input_type;                // --input-type=commonjs|module
  std::string script;                    // entry file, empty with -e / stdin / REPL
  std::vector<std::string> script_args;  // after the script (or after -e code)
  std::vector<std::string> exec_argv;    // rt's own options, as given
  std::vector<std::string> v8_flags;     // for V8; Start rejects those V8 does not know
  std::vector<std::string>
  requires;  // -r / --require
  std::string title;
  bool trace_uncaught = false;  // --trace-uncaught: where uncaught values were thrown
  std::string error;  // message when action == kError (exit code 9)
};

// Parses argv (without argv[0]). Options before the script belong to rt;
// everything from the script on is the script's. `--` ends rt's options.
Options ParseOptions(const std::vector<std::string>& args);

// The text of `rt --help`.
const char* HelpText();

}  // namespace rt

#endif  // RT_RUNTIME_OPTIONS_H_
