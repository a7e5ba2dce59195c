// rt's built-in init for PID 1 (see init.h).
#include "runtime/init.h"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>

namespace rt {

namespace {

[[noreturn]] void RunInit(pid_t child, const sigset_t& all) {
  for (;;) {
    int sig = 0;
    if (sigwait(&all, &sig) != 0) continue;
    if (sig != SIGCHLD) {
      // Everything else is the runtime's business (SIGTERM, SIGINT, SIGHUP, ...).
      kill(child, sig);
      continue;
    }
    // Reap every child that has exited: the runtime, or orphans re-parented to us.
    for (;;) {
      int status = 0;
      pid_t pid = waitpid(-1, &status, WNOHANG);
      if (pid <= 0) break;
      if (pid != child) continue;
      if (WIFEXITED(status)) _exit(WEXITSTATUS(status));
      if (WIFSIGNALED(status)) _exit(128 + WTERMSIG(status));
    }
  }
}

}  // namespace

void MaybeBecomeInit() {
  if (getpid() != 1) return;
  const char* opt_out = getenv("RT_NO_INIT");
  if (opt_out != nullptr && *opt_out != '\0') return;

  sigset_t all;
  sigset_t old;
  sigfillset(&all);
  sigprocmask(SIG_BLOCK, &all, &old);
  pid_t child = fork();
  if (child < 0) {
    perror("rt: fork");
    sigprocmask(SIG_SETMASK, &old, nullptr);
    return;  // run as PID 1 anyway
  }
  if (child == 0) {
    sigprocmask(SIG_SETMASK, &old, nullptr);
    return;
  }
  RunInit(child, all);
}

}  // namespace rt
