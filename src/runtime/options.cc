// Parses rt's command line the way Node parses its own (see `rt --help`).
#include "runtime/options.h"

#include <cstring>

namespace rt {
namespace {

bool StartsWith(const std::string& s, const char* prefix) {
  return s.compare(0, strlen(prefix), prefix) == 0;
}

// V8 options that users commonly pass to node; passed through unchanged.
bool IsV8Flag(const std::string& name) {
  static const char* const kFlags[] = {
      "--max-old-space-size",
      "--max-semi-space-size",
      "--stack-size",
      "--expose-gc",
      "--expose_gc",
      "--harmony",
      "--jitless",
      "--allow-natives-syntax",
      "--max-heap-size",
      "--single-threaded",
      "--abort-on-uncaught-exception",
      "--trace-gc",
      "--no-opt",
      "--predictable",
  };
  for (const char* flag : kFlags) {
    if (name == flag) return true;
  }
  return StartsWith(name, "--harmony-") || StartsWith(name, "--no-harmony");
}

}  // namespace

Options ParseOptions(const std::vector<std::string>& args) {
  Options o;
  size_t i = 0;
  auto fail = [&o](const std::string& message) {
    o.action = Options::Action::kError;
    o.error = message;
    return o;
  };
  for (; i < args.size(); i++) {
    const std::string& arg = args[i];
    if (arg == "--") {
      i++;
      break;
    }
    if (arg == "-") {
      o.read_stdin = true;
      i++;
      break;
    }
    if (arg.size() < 2 || arg[0] != '-') break;  // the script

    std::string name = arg;
    std::string value;
    bool has_value = false;
    size_t eq = arg.find('=');
    if (StartsWith(arg, "--") && eq != std::string::npos) {
      name = arg.substr(0, eq);
      value = arg.substr(eq + 1);
      has_value = true;
    }
    auto take_value = [&](std::string* out) -> bool {
      if (has_value) {
        *out = value;
        return true;
      }
      if (i + 1 >= args.size()) return false;
      *out = args[++i];
      return true;
    };

    if (name == "-v" || name == "--version") {
      o.action = Options::Action::kVersion;
      return o;
    }
    if (name == "-h" || name == "--help") {
      o.action = Options::Action::kHelp;
      return o;
    }
    if (name == "--v8-options") {
      o.action = Options::Action::kV8Options;
      return o;
    }
    o.exec_argv.push_back(arg);
    if (name == "-e" || name == "--eval" || name == "-p" || name == "--print" || name == "-pe" ||
        name == "-ep") {
      bool print = name == "-p" || name == "--print" || name == "-pe" || name == "-ep";
      if (!take_value(&o.eval_source)) return fail(name + " requires an argument");
      o.exec_argv.push_back(o.eval_source);
      o.has_eval = true;
      o.print_eval = o.print_eval || print;
    } else if (name == "-i" || name == "--interactive") {
      o.interactive = true;
    } else if (name == "-c" || name == "--check") {
      o.check_syntax = true;
    } else if (name == "-r" || name == "--require") {
      std::string module;
      if (!take_value(&module)) return fail(arg + " requires an argument");
      o.exec_argv.push_back(module);
      o.requires.push_back(module);
    } else if (name == "--input-type") {
      if (!take_value(&o.input_type)) return fail(arg + " requires an argument");
      if (o.input_type != "commonjs" && o.input_type != "module") {
        return fail("--input-type must be \"module\" or \"commonjs\"");
      }
    } else if (name == "--title") {
      if (!take_value(&o.title)) return fail(arg + " requires an argument");
    } else if (name == "--no-warnings" || name == "--no-deprecation" ||
               name == "--throw-deprecation" || name == "--trace-deprecation" ||
               name == "--trace-warnings" || name == "--pending-deprecation" ||
               name == "--enable-source-maps" || name == "--preserve-symlinks" ||
               name == "--no-experimental-fetch" || name == "--experimental-vm-modules" ||
               name == "--expose-internals" || name == "--experimental-require-module" ||
               name == "--no-experimental-require-module" ||
               name == "--experimental-detect-module" ||
               name == "--no-experimental-detect-module" ||
               name == "--experimental-global-webcrypto" || name == "--no-addons" ||
               name == "--experimental-fetch" || name == "--pending-deprecation" ||
               name == "--no-experimental-global-navigator" || name == "--frozen-intrinsics" ||
               name == "--experimental-json-modules" ||
               name == "--experimental-import-meta-resolve") {
      // Accepted; lib/ reads them from process.execArgv.
    } else if (name == "--trace-uncaught") {
      o.trace_uncaught = true;
    } else if (name == "--unhandled-rejections") {
      std::string mode;
      if (!take_value(&mode)) return fail(arg + " requires an argument");
    } else if (name == "--test" || name == "--test-only") {
      // Accepted; lib/internal/test_runner/options.js reads the test flags from execArgv.
    } else if (name == "--test-reporter" || name == "--test-reporter-destination") {
      std::string value;
      if (!take_value(&value)) return fail(arg + " requires an argument");
      if (!has_value) o.exec_argv.push_back(value);
    } else if (IsV8Flag(name) || StartsWith(arg, "--")) {
      // Anything else of the --form may be a V8 option: Start asks V8, and what V8
      // does not know is a bad option there (like Node).
      o.v8_flags.push_back(arg);
    } else {
      return fail("bad option: " + arg);
    }
  }
  if (!o.has_eval && !o.read_stdin && i < args.size()) {
    o.script = args[i++];
  }
  for (; i < args.size(); i++) o.script_args.push_back(args[i]);
  if (o.check_syntax && o.has_eval) {
    return fail("either --check or --eval can be used, not both");
  }
  return o;
}

const char* HelpText() {
  return "Usage: rt [options] [ script.js ] [arguments]\n"
         "       rt [options] -e \"script\" [arguments]\n"
         "       rt [options] -p \"script\" [arguments]\n"
         "       rt [options] - [arguments]   (script read from stdin)\n"
         "\n"
         "Options:\n"
         "  -                          script read from stdin (default if no file name\n"
         "                             is given and stdin is not a terminal)\n"
         "  --                         indicate the end of rt options\n"
         "  -c, --check                syntax check script without executing\n"
         "  -e, --eval script          evaluate script\n"
         "  -h, --help                 print rt command line options\n"
         "  -i, --interactive          always enter the REPL even if stdin does not\n"
         "                             appear to be a terminal\n"
         "  --input-type=type          set module type for string input\n"
         "                             (\"commonjs\" or \"module\")\n"
         "  -p, --print script         evaluate script and print result\n"
         "  -r, --require module       CommonJS module to preload (option can be\n"
         "                             repeated)\n"
         "  --no-warnings              silence all process warnings\n"
         "  --no-deprecation           silence deprecation warnings\n"
         "  --throw-deprecation        throw an exception on deprecations\n"
         "  --trace-warnings           show stack traces on process warnings\n"
         "  --max-old-space-size=MB    V8 option: maximum size of the old heap\n"
         "  --stack-size=KB            V8 option: stack size of the main thread\n"
         "  --v8-options               print V8 command line options\n"
         "  -v, --version              print rt's version\n"
         "\n"
         "Environment variables:\n"
         "  NODE_PATH                  ':'-separated list of directories prefixed to\n"
         "                             the module search path\n"
         "  NODE_DEBUG                 ','-separated list of core modules that should\n"
         "                             print debug information\n"
         "  NO_COLOR, FORCE_COLOR      control colored output\n"
         "\n"
         "Documentation can be found in the doc/ folder of rt's source tree.\n";
}

}  // namespace rt
