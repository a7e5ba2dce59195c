// Start-up and shutdown of the process-wide V8 platform and the main Environment.
#ifndef RT_RUNTIME_RUNTIME_H_
#define RT_RUNTIME_RUNTIME_H_

#include <string>
#include <vector>

namespace rt {

constexpr const char* kVersion = "v" RT_VERSION;

// Runs rt with the full argv; returns the process exit code.
int Start(int argc, char** argv);

}  // namespace rt

#endif  // RT_RUNTIME_RUNTIME_H_
