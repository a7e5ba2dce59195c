// The `worker` binding: Worker, one thread running its own uv loop, isolate and
// Environment, and what a worker's lib/ asks about itself (thread id, the port to its
// parent). lib/internal/worker.js builds worker_threads.Worker on it.
//
// Threading contract (see also bindings/messaging.h):
// - The parent owns a WorkerWrap (a HandleWrap around a uv_async_t on the parent's
//   loop). The child thread only touches, besides its own loop/isolate/Environment,
//   `mutex_`-guarded fields and uv_async_send(&exit_async_) when it ends.
// - terminate() and teardown call Environment::RequestStop on the child's Environment,
//   under `mutex_`, and only while the child has published it (child_env_).
// - The thread is always joined before the WorkerWrap is freed.
#include <libplatform/libplatform.h>
#include <uv.h>

#include <atomic>
#include <memory>
#include <mutex>

#include "bindings/binding_list.h"
#include "bindings/messaging.h"
#include "runtime/allocator.h"
#include "runtime/environment.h"
#include "runtime/handle_wrap.h"
#include "runtime/platform.h"
#include "util/v8_util.h"

namespace rt {
namespace {

using v8::Context;
using v8::Float64Array;
using v8::FunctionCallbackInfo;
using v8::Isolate;
using v8::Local;
using v8::Object;
using v8::Value;

enum ResourceLimit {
  kMaxYoungGenerationSizeMb = 0,
  kMaxOldGenerationSizeMb,
  kCodeRangeSizeMb,
  kStackSizeMb,
  kResourceLimitCount
};

constexpr size_t kMB = 1024 * 1024;
constexpr double kDefaultStackSizeMb = 4;
// Room left below V8's stack limit for native frames.
constexpr size_t kStackBufferSize = 192 * 1024;

// Thread ids are process-wide, like Node's.
std::atomic<uint64_t> next_thread_id{1};

// In a worker: the port to its parent (the internal one lib/ talks over).
struct WorkerBindingData : public BindingData {
  static constexpr int kKey = 0;
  explicit WorkerBindingData(Environment*) {}
  std::shared_ptr<MessagePortData> parent_port;
  v8::Global<Object> parent_port_object;
  double resource_limits[kResourceLimitCount] = {0, 0, 0, 0};
};

class WorkerWrap : public HandleWrap {
 public:
  WorkerWrap(Environment* env, Local<Object> object, Options options, std::vector<std::string> argv,
             const double* limits)
      : HandleWrap(env, object, reinterpret_cast<uv_handle_t*>(&exit_async_)),
        options_(std::move(options)),
        argv_(std::move(argv)),
        thread_id_(next_thread_id++) {
    CHECK_EQ(uv_async_init(env->loop(), &exit_async_, OnThreadExit), 0);
    exit_async_.data = static_cast<HandleWrap*>(this);
    for (int i = 0; i < kResourceLimitCount; i++) limits_[i] = limits[i];
    if (limits_[kStackSizeMb] <= 0) limits_[kStackSizeMb] = kDefaultStackSizeMb;
    stack_size_ = static_cast<size_t>(limits_[kStackSizeMb] * kMB);
    if (stack_size_ < 2 * kStackBufferSize) stack_size_ = 2 * kStackBufferSize;
  }

  ~WorkerWrap() override {
    if (thread_started_ && !thread_joined_) {
      RequestStop(1);
      uv_thread_join(&thread_);
    }
  }

  // new Worker(execArgv | undefined, resourceLimits: Float64Array(4))
  static void New(const FunctionCallbackInfo<Value>& args) {
    CHECK(args.IsConstructCall());
    Environment* env = Environment::GetCurrent(args.GetIsolate());
    Isolate* isolate = env->isolate();
    Local<Context> context = env->context();
    Options options = env->options();
    options.has_eval = false;
    options.eval_source.clear();
    options.print_eval = false;
    options.interactive = false;
    options.check_syntax = false;
    options.read_stdin = false;
    options.script.clear();
    options.script_args.clear();
    options.requires.clear();
    if (args[0]->IsArray()) {
      Local<v8::Array> list = args[0].As<v8::Array>();
      options.exec_argv.clear();
      for (uint32_t i = 0; i < list->Length(); i++) {
        Local<Value> item;
        if (!list->Get(context, i).ToLocal(&item)) return;
        options.exec_argv.push_back(Utf8Value(isolate, item).ToString());
      }
    }
    double limits[kResourceLimitCount] = {0, 0, 0, 0};
    if (args[1]->IsFloat64Array()) {
      Local<Float64Array> array = args[1].As<Float64Array>();
      if (array->Length() >= kResourceLimitCount) {
        array->CopyContents(limits, sizeof(limits));
      }
    }
    std::vector<std::string> argv;
    if (!env->argv().empty()) argv.push_back(env->argv()[0]);
    auto* wrap = new WorkerWrap(env, args.This(), std::move(options), std::move(argv), limits);

    std::shared_ptr<MessagePortData> parent_side;
    MessagePortData::CreatePair(&parent_side, &wrap->child_port_);
    Local<Object> port;
    if (!CreateMessagePort(env, parent_side).ToLocal(&port)) return;
    SetValue(context, args.This(), "messagePort", port);
    SetNumber(context, args.This(), "threadId", static_cast<double>(wrap->thread_id_));
  }

  // startThread() -> 0 or a negative libuv code.
  static void StartThread(const FunctionCallbackInfo<Value>& args) {
    WorkerWrap* self = Unwrap<WorkerWrap>(args.This());
    if (self->thread_started_) return args.GetReturnValue().Set(UV_EBUSY);
    self->platform_ = self->env()->platform();
    uv_thread_options_t thread_options;
    thread_options.flags = UV_THREAD_HAS_STACK_SIZE;
    thread_options.stack_size = self->stack_size_;
    int err = uv_thread_create_ex(&self->thread_, &thread_options, Run, self);
    if (err == 0) self->thread_started_ = true;
    args.GetReturnValue().Set(err);
  }

  // stopThread(): terminates the worker's JS and loop; 'exit' follows with code 1.
  static void StopThread(const FunctionCallbackInfo<Value>& args) {
    Unwrap<WorkerWrap>(args.This())->RequestStop(1);
  }

  // getResourceLimits() -> Float64Array(4) of the limits the worker runs with.
  static void GetResourceLimits(const FunctionCallbackInfo<Value>& args) {
    WorkerWrap* self = Unwrap<WorkerWrap>(args.This());
    Isolate* isolate = args.GetIsolate();
    Local<v8::ArrayBuffer> buffer =
        v8::ArrayBuffer::New(isolate, sizeof(double) * kResourceLimitCount);
    std::lock_guard<std::mutex> lock(self->mutex_);
    memcpy(buffer->Data(), self->limits_, sizeof(double) * kResourceLimitCount);
    args.GetReturnValue().Set(Float64Array::New(buffer, 0, kResourceLimitCount));
  }

 private:
  void RequestStop(int code) {
    std::lock_guard<std::mutex> lock(mutex_);
    if (child_env_ != nullptr) {
      child_env_->RequestStop(code);
    } else if (!stop_before_start_) {
      stop_before_start_ = true;
      stop_code_ = code;
    }
  }

  static void Run(void* arg) { static_cast<WorkerWrap*>(arg)->RunThread(); }

  // The worker's heap is full (resourceLimits): stop it instead of letting V8 abort the
  // process, with a little more room to unwind in. The parent reports
  // ERR_WORKER_OUT_OF_MEMORY.
  static size_t NearHeapLimit(void* data, size_t current_limit, size_t initial_limit) {
    auto* self = static_cast<WorkerWrap*>(data);
    self->out_of_memory_ = true;
    self->RequestStop(1);
    return current_limit + 32 * kMB;
  }

  void RunThread() {
    uv_loop_t loop;
    CHECK_EQ(uv_loop_init(&loop), 0);
    auto allocator = std::make_shared<ArrayBufferAllocator>();
    Isolate::CreateParams params;
    params.array_buffer_allocator_shared = allocator;
    params.constraints.ConfigureDefaults(uv_get_total_memory(), 0);
    if (limits_[kMaxYoungGenerationSizeMb] > 0) {
      params.constraints.set_max_young_generation_size_in_bytes(
          static_cast<size_t>(limits_[kMaxYoungGenerationSizeMb] * kMB));
    }
    if (limits_[kMaxOldGenerationSizeMb] > 0) {
      params.constraints.set_max_old_generation_size_in_bytes(
          static_cast<size_t>(limits_[kMaxOldGenerationSizeMb] * kMB));
    }
    if (limits_[kCodeRangeSizeMb] > 0) {
      params.constraints.set_code_range_size_in_bytes(
          static_cast<size_t>(limits_[kCodeRangeSizeMb] * kMB));
    }
    {
      // What the worker runs with: the defaults where no limit was given.
      std::lock_guard<std::mutex> lock(mutex_);
      limits_[kMaxYoungGenerationSizeMb] =
          static_cast<double>(params.constraints.max_young_generation_size_in_bytes() / kMB);
      limits_[kMaxOldGenerationSizeMb] =
          static_cast<double>(params.constraints.max_old_generation_size_in_bytes() / kMB);
      limits_[kCodeRangeSizeMb] =
          static_cast<double>(params.constraints.code_range_size_in_bytes() / kMB);
    }
    Isolate* isolate = Isolate::New(params);
    isolate->SetMicrotasksPolicy(v8::MicrotasksPolicy::kExplicit);
    isolate->AddNearHeapLimitCallback(NearHeapLimit, this);
    int code = 1;
    {
      v8::Locker locker(isolate);
      Isolate::Scope isolate_scope(isolate);
      // After the Locker, which sets the limit from --stack-size for this thread.
      uintptr_t stack_top = reinterpret_cast<uintptr_t>(&loop);
      isolate->SetStackLimit(stack_top - (stack_size_ - kStackBufferSize));
      v8::HandleScope handle_scope(isolate);
      Environment env(isolate, &loop, options_, argv_);
      env.set_thread_id(thread_id_);
      env.set_array_buffer_allocator(allocator.get());
      env.StartPlatformTasks(platform_);
      WorkerBindingData* data = env.GetBindingData<WorkerBindingData>();
      data->parent_port = std::move(child_port_);
      for (int i = 0; i < kResourceLimitCount; i++) data->resource_limits[i] = limits_[i];
      {
        std::lock_guard<std::mutex> lock(mutex_);
        child_env_ = &env;
        if (stop_before_start_) env.RequestStop(stop_code_);
      }
      v8::Context::Scope context_scope(env.context());
      if (!env.stop_requested()) {
        if (env.Bootstrap()) {
          code = env.RunToCompletion();
        } else {
          code = env.exit_code_from_js();
          if (code == 0) code = 1;
        }
      }
      {
        std::lock_guard<std::mutex> lock(mutex_);
        child_env_ = nullptr;
      }
      if (env.stop_requested()) code = env.stop_code();
      data->parent_port_object.Reset();
      data->parent_port.reset();
      env.CloseLoop();
    }
    isolate->Dispose();
    v8::platform::NotifyIsolateShutdown(platform_->task_queues(), isolate);
    uv_loop_close(&loop);
    exit_code_ = code;
    uv_async_send(&exit_async_);
  }

  // On the parent's loop once the thread has ended: this.onexit(code, errorCode), where
  // errorCode is 'ERR_WORKER_OUT_OF_MEMORY' when the heap limit stopped it.
  static void OnThreadExit(uv_async_t* handle) {
    auto* self = static_cast<WorkerWrap*>(static_cast<HandleWrap*>(handle->data));
    if (!self->thread_started_ || self->thread_joined_) return;
    uv_thread_join(&self->thread_);
    self->thread_joined_ = true;
    Environment* env = self->env();
    if (env->is_stopping()) return;
    Isolate* isolate = env->isolate();
    v8::HandleScope scope(isolate);
    Local<Value> fn;
    if (!self->object()->Get(env->context(), Symbol(isolate, "onexit")).ToLocal(&fn) ||
        !fn->IsFunction()) {
      return;
    }
    Local<Value> argv[] = {v8::Integer::New(isolate, self->exit_code_),
                           self->out_of_memory_
                               ? OneByteString(isolate, "ERR_WORKER_OUT_OF_MEMORY").As<Value>()
                               : v8::Undefined(isolate).As<Value>()};
    USE(env->MakeCallback(self->object(), fn.As<v8::Function>(), 2, argv));
  }

  uv_async_t exit_async_;
  uv_thread_t thread_;
  bool thread_started_ = false;
  bool thread_joined_ = false;
  Options options_;
  std::vector<std::string> argv_;
  uint64_t thread_id_;
  double limits_[kResourceLimitCount];
  size_t stack_size_;
  Platform* platform_ = nullptr;
  std::shared_ptr<MessagePortData> child_port_;
  std::atomic<int> exit_code_{0};
  std::atomic<bool> out_of_memory_{false};

  std::mutex mutex_;
  Environment* child_env_ = nullptr;
  bool stop_before_start_ = false;
  int stop_code_ = 1;
};

// getEnvMessagePort() -> in a worker, the MessagePort to its parent; else undefined.
void GetEnvMessagePort(const FunctionCallbackInfo<Value>& args) {
  Environment* env = Environment::GetCurrent(args.GetIsolate());
  WorkerBindingData* data = env->GetBindingData<WorkerBindingData>();
  if (!data->parent_port_object.IsEmpty()) {
    return args.GetReturnValue().Set(data->parent_port_object.Get(env->isolate()));
  }
  if (data->parent_port == nullptr) return;
  Local<Object> port;
  if (!CreateMessagePort(env, data->parent_port).ToLocal(&port)) return;
  data->parent_port_object.Reset(env->isolate(), port);
  args.GetReturnValue().Set(port);
}

void Initialize(Environment* env, Local<Object> target) {
  Isolate* isolate = env->isolate();
  Local<Context> context = env->context();
  Local<v8::FunctionTemplate> tmpl = BaseObject::MakeTemplate(env, WorkerWrap::New, "Worker");
  HandleWrap::AddMethods(env, tmpl);
  BaseObject::SetProtoMethod(env, tmpl, "startThread", WorkerWrap::StartThread);
  BaseObject::SetProtoMethod(env, tmpl, "stopThread", WorkerWrap::StopThread);
  BaseObject::SetProtoMethod(env, tmpl, "getResourceLimits", WorkerWrap::GetResourceLimits);
  SetValue(context, target, "Worker", tmpl->GetFunction(context).ToLocalChecked());
  SetMethod(context, target, "getEnvMessagePort", GetEnvMessagePort);
  SetValue(context, target, "isMainThread", v8::Boolean::New(isolate, env->is_main_thread()));
  SetNumber(context, target, "threadId", static_cast<double>(env->thread_id()));
  WorkerBindingData* data = env->GetBindingData<WorkerBindingData>();
  Local<v8::ArrayBuffer> buffer =
      v8::ArrayBuffer::New(isolate, sizeof(double) * kResourceLimitCount);
  memcpy(buffer->Data(), data->resource_limits, sizeof(double) * kResourceLimitCount);
  SetValue(context, target, "resourceLimits", Float64Array::New(buffer, 0, kResourceLimitCount));
  SetNumber(context, target, "kMaxYoungGenerationSizeMb", kMaxYoungGenerationSizeMb);
  SetNumber(context, target, "kMaxOldGenerationSizeMb", kMaxOldGenerationSizeMb);
  SetNumber(context, target, "kCodeRangeSizeMb", kCodeRangeSizeMb);
  SetNumber(context, target, "kStackSizeMb", kStackSizeMb);
  SetNumber(context, target, "kTotalResourceLimitCount", kResourceLimitCount);
}

}  // namespace
}  // namespace rt

RT_BINDING(worker, rt::Initialize)
