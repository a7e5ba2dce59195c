// The `timers` binding: one uv timer for all JS timers (lib/internal/timers.js
// keeps the lists), and a check/idle pair that runs setImmediate callbacks.
#include "bindings/binding_list.h"
#include "runtime/environment.h"
#include "util/v8_util.h"

namespace rt {
namespace {

using v8::Context;
using v8::Function;
using v8::FunctionCallbackInfo;
using v8::HandleScope;
using v8::Isolate;
using v8::Local;
using v8::Object;
using v8::Value;

enum ImmediateInfoField { kCount = 0, kRefCount = 1, kHasOutstanding = 2, kImmediateFields };

class TimersData : public BindingData {
 public:
  static const char kKey;

  explicit TimersData(Environment* env) : env_(env) {
    uv_timer_init(env->loop(), &timer_);
    uv_unref(reinterpret_cast<uv_handle_t*>(&timer_));
    uv_check_init(env->loop(), &check_);
    uv_unref(reinterpret_cast<uv_handle_t*>(&check_));
    uv_idle_init(env->loop(), &idle_);
    timer_.data = check_.data = idle_.data = this;
    uv_check_start(&check_, OnCheck);
    uv_update_time(env->loop());
    base_ = uv_now(env->loop());
    Isolate* isolate = env->isolate();
    Local<v8::ArrayBuffer> buffer =
        v8::ArrayBuffer::New(isolate, sizeof(uint32_t) * kImmediateFields);
    Local<v8::Uint32Array> info = v8::Uint32Array::New(buffer, 0, kImmediateFields);
    immediate_info_.Reset(isolate, info);
    immediate_fields_ = static_cast<uint32_t*>(buffer->Data());
    env->AddCleanupHook([this] {
      uv_close(reinterpret_cast<uv_handle_t*>(&timer_), nullptr);
      uv_close(reinterpret_cast<uv_handle_t*>(&check_), nullptr);
      uv_close(reinterpret_cast<uv_handle_t*>(&idle_), nullptr);
    });
  }

  Local<v8::Uint32Array> immediate_info(Isolate* isolate) { return immediate_info_.Get(isolate); }

  void Setup(Local<Function> process_immediate, Local<Function> process_timers) {
    process_immediate_.Reset(env_->isolate(), process_immediate);
    process_timers_.Reset(env_->isolate(), process_timers);
  }

  void Schedule(int64_t ms) { uv_timer_start(&timer_, OnTimer, ms < 1 ? 1 : ms, 0); }

  void ToggleTimerRef(bool ref) {
    if (ref) {
      uv_ref(reinterpret_cast<uv_handle_t*>(&timer_));
    } else {
      uv_unref(reinterpret_cast<uv_handle_t*>(&timer_));
    }
  }

  void ToggleImmediateRef(bool ref) {
    // An active idle handle keeps the loop from blocking in poll while immediates wait.
    if (ref) {
      uv_idle_start(&idle_, [](uv_idle_t*) {});
    } else {
      uv_idle_stop(&idle_);
    }
  }

  // Like Node, reading the clock refreshes the loop's cached time first, and the clock
  // counts from start-up (timer._idleStart is small, as in Node).
  double Now() {
    uv_update_time(env_->loop());
    return static_cast<double>(uv_now(env_->loop()) - base_);
  }

 private:
  // Like Node: the next expiry is taken from processTimers before ticks and microtasks
  // drain (they may schedule earlier timers themselves), and processTimers is called
  // again at once when a callback threw, so the other due timers still run.
  static void OnTimer(uv_timer_t* handle) {
    TimersData* self = static_cast<TimersData*>(handle->data);
    Environment* env = self->env_;
    if (env->is_stopping() || self->process_timers_.IsEmpty()) return;
    Isolate* isolate = env->isolate();
    HandleScope scope(isolate);
    v8::Context::Scope context_scope(env->context());
    CallbackScope callback_scope(env);
    Local<Value> ret;
    do {
      Local<Value> now = v8::Number::New(isolate, self->Now());
      if (env->CallIntoJS(env->context()->Global(), self->process_timers_.Get(isolate), 1, &now)
              .ToLocal(&ret)) {
        break;
      }
    } while (!env->is_stopping());
    if (env->is_stopping()) return;
    double next = ret->NumberValue(env->context()).FromMaybe(0);
    if (next == 0) return;
    double abs_next = next < 0 ? -next : next;
    self->Schedule(static_cast<int64_t>(abs_next - self->Now()));
    self->ToggleTimerRef(next > 0);
  }

  static void OnCheck(uv_check_t* handle) {
    TimersData* self = static_cast<TimersData*>(handle->data);
    Environment* env = self->env_;
    if (env->is_stopping()) return;
    if (self->immediate_fields_[kCount] == 0 || self->process_immediate_.IsEmpty()) return;
    Isolate* isolate = env->isolate();
    HandleScope scope(isolate);
    (void)env->MakeCallback(env->context()->Global(), self->process_immediate_.Get(isolate), 0,
                            nullptr);
    if (self->immediate_fields_[kRefCount] == 0) self->ToggleImmediateRef(false);
  }

  Environment* env_;
  uv_timer_t timer_;
  uv_check_t check_;
  uv_idle_t idle_;
  uint64_t base_ = 0;
  v8::Global<Function> process_immediate_;
  v8::Global<Function> process_timers_;
  v8::Global<v8::Uint32Array> immediate_info_;
  uint32_t* immediate_fields_;
};

const char TimersData::kKey = 0;

TimersData* Data(const FunctionCallbackInfo<Value>& args) {
  return Environment::GetCurrent(args.GetIsolate())->GetBindingData<TimersData>();
}

void SetupTimers(const FunctionCallbackInfo<Value>& args) {
  CHECK(args[0]->IsFunction() && args[1]->IsFunction());
  Data(args)->Setup(args[0].As<Function>(), args[1].As<Function>());
}

void ScheduleTimer(const FunctionCallbackInfo<Value>& args) {
  double ms = args[0]->NumberValue(args.GetIsolate()->GetCurrentContext()).FromMaybe(1);
  Data(args)->Schedule(static_cast<int64_t>(ms));
}

void ToggleTimerRef(const FunctionCallbackInfo<Value>& args) {
  Data(args)->ToggleTimerRef(args[0]->IsTrue());
}

void ToggleImmediateRef(const FunctionCallbackInfo<Value>& args) {
  Data(args)->ToggleImmediateRef(args[0]->IsTrue());
}

void GetLibuvNow(const FunctionCallbackInfo<Value>& args) {
  args.GetReturnValue().Set(Data(args)->Now());
}

void Initialize(Environment* env, Local<Object> target) {
  Local<Context> context = env->context();
  TimersData* data = env->GetBindingData<TimersData>();
  SetMethod(context, target, "setupTimers", SetupTimers);
  SetMethod(context, target, "scheduleTimer", ScheduleTimer);
  SetMethod(context, target, "toggleTimerRef", ToggleTimerRef);
  SetMethod(context, target, "toggleImmediateRef", ToggleImmediateRef);
  SetMethod(context, target, "getLibuvNow", GetLibuvNow);
  SetValue(context, target, "immediateInfo", data->immediate_info(env->isolate()));
  // timerInfo[0]: the number of refed timers, kept by lib/internal/timers.js.
  SetValue(context, target, "timerInfo",
           v8::Int32Array::New(v8::ArrayBuffer::New(env->isolate(), sizeof(int32_t)), 0, 1));
}

}  // namespace
}  // namespace rt

RT_BINDING(timers, rt::Initialize)
