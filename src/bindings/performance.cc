// The `performance` binding: the monotonic clock behind performance.now() and the
// event loop's idle time behind performance.eventLoopUtilization().
#include <uv.h>

#include "bindings/binding_list.h"
#include "runtime/environment.h"
#include "util/v8_util.h"

namespace rt {
namespace {

using v8::Context;
using v8::FunctionCallbackInfo;
using v8::Local;
using v8::Object;
using v8::Value;

// Process start: the zero of performance.now().
const uint64_t g_time_origin_ns = uv_hrtime();

double MillisSinceOrigin(uint64_t ns) { return static_cast<double>(ns - g_time_origin_ns) / 1e6; }

// Per-Environment: idle-time metrics are switched on when the binding is first loaded,
// and a prepare handle records when the loop next turns (the start of measurement).
// The handle is closed by a cleanup hook, which runs before binding data is destroyed;
// a script that never lets the loop turn leaves it unfired, so nothing else may touch
// the handle after that hook.
class PerformanceData : public BindingData {
 public:
  static const int kKey;
  explicit PerformanceData(Environment* env) : prepare_(new uv_prepare_t) {
    uv_loop_configure(env->loop(), UV_METRICS_IDLE_TIME);
    uv_prepare_init(env->loop(), prepare_);
    prepare_->data = this;
    uv_prepare_start(prepare_, OnPrepare);
    uv_unref(reinterpret_cast<uv_handle_t*>(prepare_));
    env->AddCleanupHook([this]() {
      uv_close(reinterpret_cast<uv_handle_t*>(prepare_),
               [](uv_handle_t* h) { delete reinterpret_cast<uv_prepare_t*>(h); });
      prepare_ = nullptr;
    });
  }
  double loop_start() const { return loop_start_; }

 private:
  static void OnPrepare(uv_prepare_t* handle) {
    static_cast<PerformanceData*>(handle->data)->loop_start_ = MillisSinceOrigin(uv_hrtime());
    uv_prepare_stop(handle);
  }
  uv_prepare_t* prepare_;
  double loop_start_ = -1;
};
const int PerformanceData::kKey = 0;

// now() -> milliseconds since the process started (double, sub-microsecond).
void Now(const FunctionCallbackInfo<Value>& args) {
  args.GetReturnValue().Set(MillisSinceOrigin(uv_hrtime()));
}

// loopStart() -> ms since origin when the loop was first measured, or -1.
void LoopStart(const FunctionCallbackInfo<Value>& args) {
  Environment* env = Environment::GetCurrent(args.GetIsolate());
  args.GetReturnValue().Set(env->GetBindingData<PerformanceData>()->loop_start());
}

// loopIdleTime() -> ms the loop has spent waiting in the kernel since measuring began.
void LoopIdleTime(const FunctionCallbackInfo<Value>& args) {
  Environment* env = Environment::GetCurrent(args.GetIsolate());
  args.GetReturnValue().Set(static_cast<double>(uv_metrics_idle_time(env->loop())) / 1e6);
}

void Initialize(Environment* env, Local<Object> target) {
  Local<Context> context = env->context();
  env->GetBindingData<PerformanceData>();
  uv_timeval64_t tv;
  uv_gettimeofday(&tv);
  double epoch_now_ms = static_cast<double>(tv.tv_sec) * 1e3 + static_cast<double>(tv.tv_usec) / 1e3;
  SetNumber(context, target, "timeOrigin", epoch_now_ms - MillisSinceOrigin(uv_hrtime()));
  SetMethod(context, target, "now", Now);
  SetMethod(context, target, "loopStart", LoopStart);
  SetMethod(context, target, "loopIdleTime", LoopIdleTime);
}

}  // namespace
}  // namespace rt

RT_BINDING(performance, rt::Initialize)
