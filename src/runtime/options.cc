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

// Node 20 options without a value that rt accepts. lib/ reads the ones it acts on from
// process.execArgv; the rest are accepted so that scripts and tests started with them
// run (doc/compatibility.md lists what rt ignores).
bool IsNodeFlag(const std::string& name) {
  static const char* const kFlags[] = {
      "--no-warnings", "--no-deprecation", "--throw-deprecation", "--trace-deprecation",
      "--trace-warnings", "--pending-deprecation", "--trace-uncaught", "--enable-source-maps",
      "--preserve-symlinks", "--preserve-symlinks-main", "--expose-internals",
      "--experimental-vm-modules", "--experimental-require-module",
      "--no-experimental-require-module", "--experimental-detect-module",
      "--no-experimental-detect-module", "--experimental-global-webcrypto",
      "--no-experimental-global-webcrypto", "--no-addons", "--addons", "--experimental-fetch",
      "--no-experimental-fetch", "--no-experimental-global-navigator",
      "--experimental-global-navigator", "--frozen-intrinsics", "--experimental-json-modules",
      "--experimental-import-meta-resolve", "--experimental-worker", "--insecure-http-parser",
      "--openssl-legacy-provider", "--openssl-shared-config", "--zero-fill-buffers",
      "--experimental-permission", "--experimental-wasm-modules",
      "--force-async-hooks-checks", "--no-force-async-hooks-checks",
      "--experimental-test-coverage", "--experimental-network-imports", "--trace-sync-io",
      "--use-openssl-ca", "--use-bundled-ca", "--tls-min-v1.0", "--tls-min-v1.1",
      "--tls-min-v1.2", "--tls-min-v1.3", "--tls-max-v1.2", "--tls-max-v1.3",
      "--experimental-shadow-realm", "--report-on-signal", "--report-uncaught-exception",
      "--report-on-fatalerror", "--report-compact", "--experimental-report",
      "--verify-base-objects", "--experimental-eventsource", "--experimental-websocket",
      "--no-experimental-websocket", "--experimental-wasi-unstable-preview1",
      "--experimental-top-level-await", "--experimental-abortcontroller",
      "--experimental-repl-await", "--no-experimental-repl-await", "--trace-exit",
      "--trace-atomics-wait", "--trace-events-enabled", "--trace-tls", "--track-heap-objects",
      "--no-node-snapshot", "--force-context-aware", "--no-extra-info-on-fatal-exception",
      "--global-search-paths", "--no-global-search-paths", "--node-memory-debug",
      "--experimental-print-required-tla", "--no-experimental-global-customevent",
      "--experimental-global-customevent", "--watch-preserve-output",
      "--experimental-async-context-frame", "--no-deprecation-warnings",
  };
  for (const char* flag : kFlags) {
    if (name == flag) return true;
  }
  return false;
}

// Node 20 options that take a value, as `--name=value` or `--name value`.
bool IsNodeValueOption(const std::string& name) {
  static const char* const kOptions[] = {
      "--max-http-header-size", "--dns-result-order", "--conditions", "-C",
      "--redirect-warnings", "--heapsnapshot-signal", "--diagnostic-dir", "--report-dir",
      "--report-directory", "--report-filename", "--report-signal", "--v8-pool-size",
      "--security-revert", "--experimental-default-type", "--disable-proto", "--secure-heap",
      "--secure-heap-min", "--icu-data-dir", "--openssl-config", "--tls-cipher-list",
      "--tls-keylog", "--trace-event-categories", "--trace-event-file-pattern",
      "--experimental-specifier-resolution", "--heapsnapshot-near-heap-limit",
      "--stack-trace-limit", "--env-file", "--test-name-pattern", "--test-concurrency",
      "--test-timeout", "--test-shard", "--experimental-policy", "--policy-integrity",
      "--experimental-sea-config", "--unhandled-rejections",
  };
  for (const char* option : kOptions) {
    if (name == option) return true;
  }
  return false;
}

// Node options whose whole point rt cannot deliver: a debugger, loader hooks, profilers,
// watch mode. They fail with a clear message instead of being ignored.
bool IsUnsupportedOption(const std::string& name) {
  static const char* const kOptions[] = {
      "--inspect", "--inspect-brk", "--inspect-wait", "--inspect-port", "--debug-port",
      "--experimental-loader", "--loader", "--import", "--cpu-prof", "--heap-prof", "--prof",
      "--prof-process", "--watch", "--watch-path", "--build-snapshot", "--snapshot-blob",
      "--enable-fips", "--force-fips",
  };
  for (const char* option : kOptions) {
    if (name == option) return true;
  }
  return false;
}

// V8 flags that crash V8 10.2 (its shared structs are unfinished): never passed on.
bool IsBrokenV8Flag(const std::string& name) {
  return name == "--harmony-struct" || name == "--harmony_struct";
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
    } else if (name == "--trace-uncaught") {
      o.trace_uncaught = true;
    } else if (IsNodeFlag(name) && !has_value) {
      // Accepted; lib/ reads them from process.execArgv (doc/compatibility.md says which
      // ones rt acts on).
    } else if (IsNodeValueOption(name)) {
      std::string option_value;
      if (!take_value(&option_value)) return fail(arg + " requires an argument");
      if (!has_value) o.exec_argv.push_back(option_value);
    } else if (IsUnsupportedOption(name)) {
      return fail(arg + " is not supported by rt");
    } else if (name == "--test" || name == "--test-only") {
      // Accepted; lib/internal/test_runner/options.js reads the test flags from execArgv.
    } else if (name == "--test-reporter" || name == "--test-reporter-destination") {
      std::string value;
      if (!take_value(&value)) return fail(arg + " requires an argument");
      if (!has_value) o.exec_argv.push_back(value);
    } else if (IsBrokenV8Flag(name)) {
      return fail(arg + " is not supported by rt");
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
