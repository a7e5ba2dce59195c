// Start-up and shutdown of the process-wide V8 platform and the main Environment.
#ifndef RT_RUNTIME_RUNTIME_H_
#define RT_RUNTIME_RUNTIME_H_

#include <functional>
#include <string>
#include <vector>

namespace rt {

class Environment;

constexpr const char* kVersion = "v" RT_VERSION;

// Lets a tool built on the runtime (rt_mkcodecache) look at the Environment
// before bootstrap and after the loop has finished.
struct StartHooks {
  std::function<void(Environment*)> before_bootstrap;
  std::function<void(Environment*)> after_run;
};

// Runs rt with the full argv; returns the process exit code.
int Start(int argc, char** argv, const StartHooks* hooks = nullptr);

}  // namespace rt

#endif  // RT_RUNTIME_RUNTIME_H_
