// SpawnOptions: the uv_process_options_t of one spawn, read from the options object
// that lib/internal/child_process.js builds ({ file, args, cwd, envPairs, detached,
// uid, gid, stdio }), owning every string libuv points to. Shared by the process_wrap
// (async) and spawn_sync bindings; each fills the pipe entries of `stdio` itself.
#ifndef RT_UTIL_SPAWN_OPTIONS_H_
#define RT_UTIL_SPAWN_OPTIONS_H_

#include <uv.h>
#include <v8.h>

#include <string>
#include <vector>

namespace rt {

class SpawnOptions {
 public:
  // One entry of options.stdio, as lib/ wrote it.
  struct StdioEntry {
    enum Type { kIgnore, kPipe, kFd, kWrap } type = kIgnore;
    int fd = -1;                   // kFd (and 'inherit', which is kFd of its own index)
    v8::Local<v8::Object> object;  // the entry itself, for kPipe and kWrap
  };

  SpawnOptions() = default;
  SpawnOptions(const SpawnOptions&) = delete;
  SpawnOptions& operator=(const SpawnOptions&) = delete;

  // Reads everything but the pipes. Nothing (with a pending exception) if a getter threw.
  v8::Maybe<bool> Parse(v8::Local<v8::Context> context, v8::Local<v8::Object> js);

  const std::vector<StdioEntry>& stdio_entries() const { return stdio_entries_; }
  // Filled by Parse for ignore/fd entries; the binding sets the pipe/wrap ones.
  std::vector<uv_stdio_container_t>& stdio() { return stdio_; }
  const std::string& file() const { return file_; }

  // Valid while this object lives and stdio() is not resized.
  uv_process_options_t* Build(uv_exit_cb exit_cb);

 private:
  std::string file_;
  std::string cwd_;
  bool has_cwd_ = false;
  std::vector<std::string> args_;
  std::vector<std::string> env_;
  bool has_env_ = false;
  std::vector<char*> argv_;
  std::vector<char*> envp_;
  std::vector<StdioEntry> stdio_entries_;
  std::vector<uv_stdio_container_t> stdio_;
  unsigned int flags_ = 0;
  uv_uid_t uid_ = 0;
  uv_gid_t gid_ = 0;
  uv_process_options_t options_{};
};

// "SIGTERM" for 15; nullptr for a number that names no signal.
const char* SignalName(int signum);

}  // namespace rt

#endif  // RT_UTIL_SPAWN_OPTIONS_H_
