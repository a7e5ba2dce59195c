// rt's v8::Platform: V8's default platform, except that posting a foreground task for
// an isolate wakes that isolate's libuv loop, which then runs it (Environment pumps
// the tasks once per loop iteration and on every wake-up).
#ifndef RT_RUNTIME_PLATFORM_H_
#define RT_RUNTIME_PLATFORM_H_

#include <libplatform/libplatform.h>
#include <uv.h>
#include <v8-platform.h>

#include <map>
#include <memory>
#include <mutex>

namespace rt {

class Platform final : public v8::Platform {
 public:
  explicit Platform(int worker_threads);

  // The platform that owns the task queues (for v8::platform::PumpMessageLoop).
  v8::Platform* task_queues() { return default_.get(); }

  // From now on, a foreground task posted for isolate (from any thread) sends `wake_up`.
  void SetWakeUp(v8::Isolate* isolate, uv_async_t* wake_up);
  void ClearWakeUp(v8::Isolate* isolate);
  void WakeUp(v8::Isolate* isolate);

  int NumberOfWorkerThreads() override { return default_->NumberOfWorkerThreads(); }
  std::shared_ptr<v8::TaskRunner> GetForegroundTaskRunner(v8::Isolate* isolate) override;
  void CallOnWorkerThread(std::unique_ptr<v8::Task> task) override {
    default_->CallOnWorkerThread(std::move(task));
  }
  void CallDelayedOnWorkerThread(std::unique_ptr<v8::Task> task, double delay) override {
    default_->CallDelayedOnWorkerThread(std::move(task), delay);
  }
  bool IdleTasksEnabled(v8::Isolate* isolate) override {
    return default_->IdleTasksEnabled(isolate);
  }
  std::unique_ptr<v8::JobHandle> PostJob(v8::TaskPriority priority,
                                         std::unique_ptr<v8::JobTask> job_task) override {
    return default_->PostJob(priority, std::move(job_task));
  }
  double MonotonicallyIncreasingTime() override { return default_->MonotonicallyIncreasingTime(); }
  double CurrentClockTimeMillis() override { return default_->CurrentClockTimeMillis(); }
  v8::TracingController* GetTracingController() override {
    return default_->GetTracingController();
  }
  v8::PageAllocator* GetPageAllocator() override { return default_->GetPageAllocator(); }

 private:
  std::unique_ptr<v8::Platform> default_;
  std::mutex mutex_;
  std::map<v8::Isolate*, uv_async_t*> wake_ups_;
};

}  // namespace rt

#endif  // RT_RUNTIME_PLATFORM_H_
