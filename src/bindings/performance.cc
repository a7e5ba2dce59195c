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

// now() -> milliseconds since the process started (double, sub-microsecond).
void Now(const FunctionCallbackInfo<Value>& args) {
  args.GetReturnValue().Set(MillisSinceOrigin(uv_hrtime()));
}

// loopStart() -> ms since origin when the event loop started running, or -1 before.
void LoopStart(const FunctionCallbackInfo<Value>& args) {
  Environment* env = Environment::GetCurrent(args.GetIsolate());
  uint64_t start = env->loop_start_hrtime();
  args.GetReturnValue().Set(start == 0 ? -1.0 : MillisSinceOrigin(start));
}

// loopIdleTime() -> ms the loop has spent waiting in the kernel since measuring began.
void LoopIdleTime(const FunctionCallbackInfo<Value>& args) {
  Environment* env = Environment::GetCurrent(args.GetIsolate());
  args.GetReturnValue().Set(static_cast<double>(uv_metrics_idle_time(env->loop())) / 1e6);
}

void Initialize(Environment* env, Local<Object> target) {
  Local<Context> context = env->context();
  // Idle-time metrics count from when the binding is first loaded.
  uv_loop_configure(env->loop(), UV_METRICS_IDLE_TIME);
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
