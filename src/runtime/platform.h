// rt's v8::Platform: V8's default platform, except that posting a foreground task for
// an isolate wakes that isolate's libuv loop, which then runs it (Environment pumps
// the tasks once per loop iteration and on every wake-up). Worker-thread tasks (jobs
// included) are counted, so that a loop about to end can first wait for background work
// whose results come back as foreground tasks (async WebAssembly compilation), as Node does.
#ifndef RT_RUNTIME_PLATFORM_H_
#define RT_RUNTIME_PLATFORM_H_

#include <libplatform/libplatform.h>
#include <uv.h>
#include <v8-platform.h>

#include <condition_variable>
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
  void CallOnWorkerThread(std::unique_ptr<v8::Task> task) override;
  void CallDelayedOnWorkerThread(std::unique_ptr<v8::Task> task, double delay) override {
    default_->CallDelayedOnWorkerThread(std::move(task), delay);
  }
  bool IdleTasksEnabled(v8::Isolate* isolate) override {
    return default_->IdleTasksEnabled(isolate);
  }
  // A job's workers go through this->CallOnWorkerThread, so they are counted too.
  std::unique_ptr<v8::JobHandle> PostJob(v8::TaskPriority priority,
                                         std::unique_ptr<v8::JobTask> job_task) override {
    return v8::platform::NewDefaultJobHandle(this, priority, std::move(job_task),
                                             NumberOfWorkerThreads());
  }
  double MonotonicallyIncreasingTime() override { return default_->MonotonicallyIncreasingTime(); }
  double CurrentClockTimeMillis() override { return default_->CurrentClockTimeMillis(); }
  v8::TracingController* GetTracingController() override {
    return default_->GetTracingController();
  }
  v8::PageAllocator* GetPageAllocator() override { return default_->GetPageAllocator(); }

  // Blocks until every task handed to the worker threads so far has run (delayed
  // ones once they are due are not waited for).
  void DrainWorkerTasks();
  void WorkerTaskDone();

 private:
  std::unique_ptr<v8::Platform> default_;
  std::mutex mutex_;
  std::map<v8::Isolate*, uv_async_t*> wake_ups_;
  std::mutex worker_mutex_;
  std::condition_variable worker_tasks_done_;
  size_t outstanding_worker_tasks_ = 0;
};

}  // namespace rt

#endif  // RT_RUNTIME_PLATFORM_H_
