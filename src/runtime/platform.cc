// rt's v8::Platform (see platform.h).
#include "runtime/platform.h"

namespace rt {

namespace {

// Forwards to V8's own runner for the isolate, then wakes the isolate's loop.
class WakingTaskRunner final : public v8::TaskRunner {
 public:
  WakingTaskRunner(std::shared_ptr<v8::TaskRunner> inner, Platform* platform,
                   v8::Isolate* isolate)
      : inner_(std::move(inner)), platform_(platform), isolate_(isolate) {}

  void PostTask(std::unique_ptr<v8::Task> task) override {
    inner_->PostTask(std::move(task));
    platform_->WakeUp(isolate_);
  }
  void PostNonNestableTask(std::unique_ptr<v8::Task> task) override {
    inner_->PostNonNestableTask(std::move(task));
    platform_->WakeUp(isolate_);
  }
  // Delayed tasks run at the first loop iteration after they are due.
  void PostDelayedTask(std::unique_ptr<v8::Task> task, double delay) override {
    inner_->PostDelayedTask(std::move(task), delay);
  }
  void PostNonNestableDelayedTask(std::unique_ptr<v8::Task> task, double delay) override {
    inner_->PostNonNestableDelayedTask(std::move(task), delay);
  }
  void PostIdleTask(std::unique_ptr<v8::IdleTask> task) override {
    inner_->PostIdleTask(std::move(task));
  }
  bool IdleTasksEnabled() override { return inner_->IdleTasksEnabled(); }
  bool NonNestableTasksEnabled() const override { return inner_->NonNestableTasksEnabled(); }
  bool NonNestableDelayedTasksEnabled() const override {
    return inner_->NonNestableDelayedTasksEnabled();
  }

 private:
  std::shared_ptr<v8::TaskRunner> inner_;
  Platform* platform_;
  v8::Isolate* isolate_;
};

// A worker-thread task that tells the platform when it has run.
class CountedTask final : public v8::Task {
 public:
  CountedTask(std::unique_ptr<v8::Task> inner, Platform* platform)
      : inner_(std::move(inner)), platform_(platform) {}
  void Run() override {
    inner_->Run();
    inner_.reset();
    platform_->WorkerTaskDone();
  }

 private:
  std::unique_ptr<v8::Task> inner_;
  Platform* platform_;
};

}  // namespace

Platform::Platform(int worker_threads)
    : default_(v8::platform::NewDefaultPlatform(worker_threads)) {}

std::shared_ptr<v8::TaskRunner> Platform::GetForegroundTaskRunner(v8::Isolate* isolate) {
  return std::make_shared<WakingTaskRunner>(default_->GetForegroundTaskRunner(isolate), this,
                                            isolate);
}

void Platform::CallOnWorkerThread(std::unique_ptr<v8::Task> task) {
  {
    std::lock_guard<std::mutex> lock(worker_mutex_);
    outstanding_worker_tasks_++;
  }
  default_->CallOnWorkerThread(std::make_unique<CountedTask>(std::move(task), this));
}

void Platform::WorkerTaskDone() {
  std::lock_guard<std::mutex> lock(worker_mutex_);
  if (--outstanding_worker_tasks_ == 0) worker_tasks_done_.notify_all();
}

void Platform::DrainWorkerTasks() {
  std::unique_lock<std::mutex> lock(worker_mutex_);
  worker_tasks_done_.wait(lock, [this] { return outstanding_worker_tasks_ == 0; });
}

void Platform::SetWakeUp(v8::Isolate* isolate, uv_async_t* wake_up) {
  std::lock_guard<std::mutex> lock(mutex_);
  wake_ups_[isolate] = wake_up;
}

void Platform::ClearWakeUp(v8::Isolate* isolate) {
  std::lock_guard<std::mutex> lock(mutex_);
  wake_ups_.erase(isolate);
}

void Platform::WakeUp(v8::Isolate* isolate) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = wake_ups_.find(isolate);
  if (it != wake_ups_.end()) uv_async_send(it->second);
}

}  // namespace rt
