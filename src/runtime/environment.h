// Environment: everything one isolate needs (isolate, context, loop, JS hooks,
// binding data, cleanup hooks). One per isolate; never a static.
//
// Rules:
// - Every call from C++ into JS goes through MakeCallback (or a CallbackScope),
//   which drains process.nextTick and the microtask queue when the outermost
//   call returns, and routes an uncaught exception to TriggerUncaughtException.
// - Each binding keeps its own state in a BindingData subclass, found with
//   GetBindingData<T>() (keyed by T::kKey's address); the Environment knows
//   nothing about any one binding.
#ifndef RT_RUNTIME_ENVIRONMENT_H_
#define RT_RUNTIME_ENVIRONMENT_H_

#include <uv.h>
#include <v8.h>

#include <atomic>
#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "runtime/options.h"

namespace rt {

class ArrayBufferAllocator;
class Platform;
class HandleWrap;

class BindingData {
 public:
  virtual ~BindingData() = default;
};

// Indices of the Int32Array shared with lib/internal/process/task_queues.js.
enum TickInfoField { kHasTickScheduled = 0, kHasRejectionToWarn = 1, kTickInfoFields };

class Environment {
 public:
  Environment(v8::Isolate* isolate, uv_loop_t* loop, const Options& options,
              std::vector<std::string> argv);
  ~Environment();
  Environment(const Environment&) = delete;
  Environment& operator=(const Environment&) = delete;

  static Environment* GetCurrent(v8::Isolate* isolate);
  static Environment* GetCurrent(v8::Local<v8::Context> context);

  v8::Isolate* isolate() const { return isolate_; }
  v8::Local<v8::Context> context() const { return context_.Get(isolate_); }
  // Makes a further context (vm's) belong to this Environment and share the main
  // context's security token, so objects pass freely between the two.
  void AssignToContext(v8::Local<v8::Context> context);
  uv_loop_t* loop() const { return loop_; }
  const Options& options() const { return options_; }
  const std::vector<std::string>& argv() const { return argv_; }

  // Runs lib/internal/bootstrap/*, then the entry point. False if it threw
  // and the error was not handled (the process is then exiting).
  bool Bootstrap();
  // Runs the loop, beforeExit and exit; returns the process exit code.
  int RunToCompletion();

  // Calls fn; an exception goes to TriggerUncaughtException. Draining ticks is the
  // caller's business (hold a CallbackScope): most callers want MakeCallback.
  v8::MaybeLocal<v8::Value> CallIntoJS(v8::Local<v8::Object> recv, v8::Local<v8::Function> fn,
                                       int argc, v8::Local<v8::Value>* argv);

  // Calls fn and then drains ticks and microtasks if this is the outermost call.
  v8::MaybeLocal<v8::Value> MakeCallback(v8::Local<v8::Object> recv, v8::Local<v8::Function> fn,
                                         int argc, v8::Local<v8::Value>* argv);

  // The uncaught-exception path (process 'uncaughtException', or print and exit).
  void TriggerUncaughtException(v8::Local<v8::Value> error, v8::Local<v8::Message> message,
                                bool from_promise = false);

  // Leaves the process at once (after flushing stdio): used by process.reallyExit. On a
  // Worker's Environment it ends only that thread: it returns, with JS terminated and
  // the loop stopped.
  void Exit(int code);

  // Threads. The main thread's Environment has thread id 0; each Worker's has its own.
  uint64_t thread_id() const { return thread_id_; }
  bool is_main_thread() const { return thread_id_ == 0; }
  void set_thread_id(uint64_t id) { thread_id_ = id; }
  // May be called from any thread (Worker.terminate()): terminates the running JS,
  // stops the loop, and no JS runs on this Environment afterwards. The first code wins.
  void RequestStop(int code);
  bool stop_requested() const { return stop_requested_.load(); }
  int stop_code() const { return stop_code_.load(); }
  // For a Worker's thread once its loop is done: closes every handle and runs the loop
  // until nothing is left on it, so that the loop can be closed.
  void CloseLoop();
  Platform* platform() const { return platform_; }
  // uv_hrtime() when the event loop first started running, 0 before (perf_hooks'
  // nodeTiming.loopStart, which Node marks right before its first uv_run).
  uint64_t loop_start_hrtime() const { return loop_start_hrtime_; }

  // lib/ calls internalBinding(name): created lazily, cached.
  v8::MaybeLocal<v8::Object> GetBinding(const std::string& name);

  template <typename T>
  T* GetBindingData() {
    auto it = binding_data_.find(&T::kKey);
    if (it == binding_data_.end()) {
      it = binding_data_.emplace(&T::kKey, std::make_unique<T>(this)).first;
    }
    return static_cast<T*>(it->second.get());
  }

  void AddCleanupHook(std::function<void()> hook) { cleanup_hooks_.push_back(std::move(hook)); }

  // Every open HandleWrap, so that teardown can close them.
  void RegisterHandle(HandleWrap* wrap) { handle_wraps_.insert(wrap); }
  void UnregisterHandle(HandleWrap* wrap) { handle_wraps_.erase(wrap); }

  // JS functions lib/ registers with internalBinding('errors').setHooks().
  struct Hooks {
    v8::Global<v8::Function> tick_callback;          // processTicksAndRejections
    v8::Global<v8::Function> on_uncaught_exception;  // (err, fromPromise, arrow) -> handled
    v8::Global<v8::Function> on_promise_reject;      // (type, promise, reason)
    v8::Global<v8::Function> emit_before_exit;       // (code)
    v8::Global<v8::Function> emit_exit;              // (code) -> final exit code
    v8::Global<v8::Function> print_error;            // (err, arrow) for the fatal paths
  };
  Hooks& hooks() { return hooks_; }
  int32_t* tick_info() { return tick_info_; }
  void set_tick_info(v8::Local<v8::Int32Array> array);

  // Private symbol holding the "file:line\nsource\n   ^" text of an error.
  v8::Local<v8::Private> arrow_symbol() const { return arrow_symbol_.Get(isolate_); }
  v8::Local<v8::Private> decorated_symbol() const { return decorated_symbol_.Get(isolate_); }

  // "file:line\nsource line\n   ^^^\n" for where message points, or "" without a source line.
  std::string SourceArrow(v8::Local<v8::Message> message);
  // "    at fn (file:line:col)\n" per frame of the stack V8 kept on message
  // (--trace-uncaught), or "".
  std::string ThrownAt(v8::Local<v8::Message> message);
  // Records the source arrow of `message` on `error` unless it has one.
  void DecorateErrorWithArrow(v8::Local<v8::Value> error, v8::Local<v8::Message> message);
  // Also puts that arrow at the start of error.stack, as Node does for syntax errors
  // in loaded code; the fatal path then does not print it a second time.
  void DecorateErrorStack(v8::Local<v8::Value> error, v8::Local<v8::Message> message);

  // True once the Environment is ending (exit, teardown) or a stop was requested from
  // any thread: bindings then call no more JS.
  bool is_stopping() const { return stopping_ || stop_requested_.load(); }

  // rt_mkcodecache collects every lib/ function compiled, to serialise their code.
  using CompiledBuiltins = std::vector<std::pair<std::string, v8::Global<v8::Function>>>;
  void set_compiled_builtins(CompiledBuiltins* list) { compiled_builtins_ = list; }
  CompiledBuiltins* compiled_builtins() const { return compiled_builtins_; }

  void set_array_buffer_allocator(ArrayBufferAllocator* a) { array_buffer_allocator_ = a; }

  // V8's foreground tasks for this isolate (FinalizationRegistry clean-up, finished
  // WebAssembly compilations, ...) run from the loop, once per iteration.
  void StartPlatformTasks(Platform* platform);
  bool RunPlatformTasks();
  void DrainPlatformTasks();
  ArrayBufferAllocator* array_buffer_allocator() const { return array_buffer_allocator_; }
  int exit_code_from_js();

 private:
  friend class CallbackScope;
  void RunCleanup();
  void DrainTasks();

  v8::Isolate* isolate_;
  uv_loop_t* loop_;
  Options options_;
  std::vector<std::string> argv_;
  v8::Global<v8::Context> context_;
  v8::Global<v8::Object> process_object_;
  v8::Global<v8::Function> internal_binding_fn_;
  std::unordered_map<std::string, v8::Global<v8::Object>> bindings_;
  std::unordered_map<const void*, std::unique_ptr<BindingData>> binding_data_;
  std::vector<std::function<void()>> cleanup_hooks_;
  std::unordered_set<HandleWrap*> handle_wraps_;
  Hooks hooks_;
  v8::Global<v8::Int32Array> tick_info_array_;
  int32_t* tick_info_ = nullptr;
  int32_t fallback_tick_info_[kTickInfoFields] = {0, 0};
  v8::Global<v8::Private> arrow_symbol_;
  v8::Global<v8::Private> decorated_symbol_;
  ArrayBufferAllocator* array_buffer_allocator_ = nullptr;
  Platform* platform_ = nullptr;
  uv_prepare_t platform_tasks_;
  uv_async_t platform_wake_up_;
  CompiledBuiltins* compiled_builtins_ = nullptr;
  int callback_depth_ = 0;
  bool stopping_ = false;
  uint64_t loop_start_hrtime_ = 0;
  bool in_fatal_ = false;
  uint64_t thread_id_ = 0;
  std::atomic<bool> stop_requested_{false};
  std::atomic<int> stop_code_{0};
  // Wakes the loop for RequestStop from another thread.
  uv_async_t stop_async_;
};

// Marks a call from C++ into JS: on leaving the outermost scope, ticks and
// microtasks are drained (the MakeCallback contract).
class CallbackScope {
 public:
  explicit CallbackScope(Environment* env);
  ~CallbackScope();
  CallbackScope(const CallbackScope&) = delete;
  CallbackScope& operator=(const CallbackScope&) = delete;

 private:
  Environment* env_;
};

// The text Node prints above an uncaught error: "file:line\nsource\n    ^\n".
// Plain C++ so Catch2 tests reach it.
std::string FormatSourceArrow(const std::string& resource, int line, const std::string& source_line,
                              int start_column, int end_column);

}  // namespace rt

#endif  // RT_RUNTIME_ENVIRONMENT_H_
