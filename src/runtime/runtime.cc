// Start(): options -> V8 platform -> isolate + Environment -> loop -> exit code.
#include "runtime/runtime.h"

#include <libplatform/libplatform.h>
#include <uv.h>
#include <v8.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>

#include "runtime/allocator.h"
#include "runtime/environment.h"
#include "runtime/platform.h"
#include "runtime/options.h"

namespace rt {

namespace {

// Node gives the main thread's stack 984 KB to V8 by default; deep recursion then
// ends in RangeError rather than a crash.
// Import assertions (`assert { type: 'json' }`) and attributes (`with { type: 'json' }`,
// also in import(specifier, { with })) are behind flags in V8 10.2; Node 20 has both.
constexpr const char* kDefaultV8Flags =
    "--stack-size=984 --harmony-import-assertions --harmony-import-attributes";

// Like Node: start from default signal actions whatever the parent left us (a shell
// ignores SIGINT in background jobs), except SIGPIPE and SIGXFSZ, which are ignored so
// that writing to a closed pipe or past a file size limit fails with an error instead
// of killing the process.
void ResetSignalDispositions() {
  struct sigaction action = {};
  sigemptyset(&action.sa_mask);
  for (int sig = 1; sig < NSIG; sig++) {
    if (sig == SIGKILL || sig == SIGSTOP) continue;
    action.sa_handler = (sig == SIGPIPE || sig == SIGXFSZ) ? SIG_IGN : SIG_DFL;
    sigaction(sig, &action, nullptr);
  }
  sigset_t none;
  sigemptyset(&none);
  sigprocmask(SIG_SETMASK, &none, nullptr);
}

// Like Node: a closed fd 0, 1 or 2 is reopened on /dev/null before anything else opens
// a file. Otherwise the next open() (the event loop's epoll fd, a file the script opens)
// would take that number, and console.log would write into it.
void EnsureStdioOpen() {
  for (int fd = 0; fd <= 2; fd++) {
    struct stat st;
    if (fstat(fd, &st) == 0 || errno != EBADF) continue;
    if (open("/dev/null", O_RDWR) != fd) abort();
  }
}

int RunEnvironment(Platform* platform, v8::Isolate* isolate, ArrayBufferAllocator* allocator,
                   const Options& options, std::vector<std::string> argv,
                   const StartHooks* hooks) {
  uv_loop_t* loop = uv_default_loop();
  int code;
  {
    v8::Locker locker(isolate);
    v8::Isolate::Scope isolate_scope(isolate);
    v8::HandleScope handle_scope(isolate);
    Environment env(isolate, loop, options, std::move(argv));
    env.set_array_buffer_allocator(allocator);
    env.StartPlatformTasks(platform);
    v8::Context::Scope context_scope(env.context());
    if (hooks != nullptr && hooks->before_bootstrap) hooks->before_bootstrap(&env);
    if (!env.Bootstrap()) {
      code = env.exit_code_from_js();
      if (code == 0) code = 1;
    } else {
      code = env.RunToCompletion();
    }
    if (hooks != nullptr && hooks->after_run) hooks->after_run(&env);
  }
  return code;
}

}  // namespace

int Start(int argc, char** argv, const StartHooks* hooks) {
  EnsureStdioOpen();
  ResetSignalDispositions();
  // libuv's process title and stdio setup want the original argv.
  argv = uv_setup_args(argc, argv);
  std::vector<std::string> args(argv + 1, argv + argc);
  Options options = ParseOptions(args);
  switch (options.action) {
    case Options::Action::kVersion:
      printf("%s\n", kVersion);
      return 0;
    case Options::Action::kHelp:
      fputs(HelpText(), stdout);
      return 0;
    case Options::Action::kError:
      fprintf(stderr, "%s: %s\n", argv[0], options.error.c_str());
      return 9;
    default:
      break;
  }

  v8::V8::SetFlagsFromString(kDefaultV8Flags);
  if (!options.v8_flags.empty()) {
    // V8 removes the flags it knows from this argv; what is left is a bad option.
    std::vector<std::string> flags = options.v8_flags;
    std::vector<char*> v8_argv = {argv[0]};
    for (std::string& flag : flags) v8_argv.push_back(flag.data());
    int v8_argc = static_cast<int>(v8_argv.size());
    v8::V8::SetFlagsFromCommandLine(&v8_argc, v8_argv.data(), true);
    if (v8_argc > 1) {
      fprintf(stderr, "%s: bad option: %s\n", argv[0], v8_argv[1]);
      return 9;
    }
  }
  if (options.action == Options::Action::kV8Options) {
    v8::V8::SetFlagsFromString("--help");
    return 0;
  }

  auto platform = std::make_unique<Platform>(4);
  v8::V8::InitializePlatform(platform.get());
  v8::V8::Initialize();

  v8::Isolate::CreateParams params;
  auto allocator = std::make_unique<ArrayBufferAllocator>();
  params.array_buffer_allocator = allocator.get();
  v8::Isolate* isolate = v8::Isolate::New(params);
  isolate->SetMicrotasksPolicy(v8::MicrotasksPolicy::kExplicit);

  std::vector<std::string> full_argv(argv, argv + argc);
  int code =
      RunEnvironment(platform.get(), isolate, allocator.get(), options, std::move(full_argv), hooks);

  isolate->Dispose();
  v8::V8::Dispose();
  v8::V8::DisposePlatform();
  fflush(stdout);
  fflush(stderr);
  return code;
}

}  // namespace rt
