// The `process_wrap` binding: Process, a HandleWrap around uv_process_t, behind
// lib/internal/child_process.js's ChildProcess.
//
// A uv_process_t is only initialised by uv_spawn, so the C++ wrap is made by spawn()
// rather than by the constructor: a Process that never spawned has no wrap, and its
// close/ref/unref are no-ops (HandleWrap's JS methods skip a missing wrap).
#include <csignal>

#include "bindings/binding_list.h"
#include "runtime/environment.h"
#include "runtime/handle_wrap.h"
#include "runtime/stream_wrap.h"
#include "util/spawn_options.h"
#include "util/v8_util.h"

namespace rt {
namespace {

using v8::Context;
using v8::FunctionCallbackInfo;
using v8::Isolate;
using v8::Local;
using v8::Object;
using v8::Value;

class ProcessWrap : public HandleWrap {
 public:
  ProcessWrap(Environment* env, Local<Object> object)
      : HandleWrap(env, object, reinterpret_cast<uv_handle_t*>(&process_)) {}

  // new Process(): an empty shell until spawn().
  static void New(const FunctionCallbackInfo<Value>& args) {
    CHECK(args.IsConstructCall());
    args.This()->SetAlignedPointerInInternalField(kTagField, nullptr);
    args.This()->SetAlignedPointerInInternalField(kSlotField, nullptr);
  }

  // spawn(options) -> 0 or a negative code; sets this.pid on success.
  static void Spawn(const FunctionCallbackInfo<Value>& args) {
    Environment* env = Environment::GetCurrent(args.GetIsolate());
    Isolate* isolate = env->isolate();
    Local<Context> context = env->context();
    CHECK(args[0]->IsObject());
    CHECK(Unwrap<ProcessWrap>(args.This()) == nullptr);  // spawns once

    SpawnOptions options;
    if (options.Parse(context, args[0].As<Object>()).IsNothing()) return;
    const auto& entries = options.stdio_entries();
    for (size_t i = 0; i < entries.size(); i++) {
      if (entries[i].type != SpawnOptions::StdioEntry::kPipe &&
          entries[i].type != SpawnOptions::StdioEntry::kWrap) {
        continue;
      }
      Local<Value> handle;
      if (!entries[i].object->Get(context, Symbol(isolate, "handle")).ToLocal(&handle)) return;
      StreamWrap* stream = Unwrap<StreamWrap>(handle);
      CHECK(stream != nullptr);
      uv_stdio_container_t& container = options.stdio()[i];
      if (entries[i].type == SpawnOptions::StdioEntry::kPipe) {
        container.flags =
            static_cast<uv_stdio_flags>(UV_CREATE_PIPE | UV_READABLE_PIPE | UV_WRITABLE_PIPE);
      } else {
        container.flags = UV_INHERIT_STREAM;
      }
      container.data.stream = stream->stream();
    }

    ProcessWrap* wrap = new ProcessWrap(env, args.This());
    int err = uv_spawn(env->loop(), &wrap->process_, options.Build(OnExit));
    if (err == 0) {
      SetNumber(context, args.This(), "pid", wrap->process_.pid);
    }
    // On failure the handle is initialised but inactive; lib/ closes it from onexit.
    args.GetReturnValue().Set(err);
  }

  // kill(signal) -> 0 or a negative code
  static void Kill(const FunctionCallbackInfo<Value>& args) {
    ProcessWrap* wrap = Unwrap<ProcessWrap>(args.This());
    if (wrap == nullptr || wrap->state() != State::kOpen) {
      return args.GetReturnValue().Set(UV_ESRCH);
    }
    int signal = args[0]->Int32Value(args.GetIsolate()->GetCurrentContext()).FromMaybe(SIGTERM);
    args.GetReturnValue().Set(uv_process_kill(&wrap->process_, signal));
  }

 private:
  // Calls this.onexit(exitCode, signalName), signalName '' when no signal ended it.
  static void OnExit(uv_process_t* process, int64_t exit_status, int term_signal) {
    ProcessWrap* wrap = static_cast<ProcessWrap*>(process->data);
    Environment* env = wrap->env();
    if (env->is_stopping()) return;
    Isolate* isolate = env->isolate();
    v8::HandleScope scope(isolate);
    Context::Scope context_scope(env->context());
    Local<Object> object = wrap->object();
    Local<Value> fn;
    if (!object->Get(env->context(), Symbol(isolate, "onexit")).ToLocal(&fn) || !fn->IsFunction()) {
      return;
    }
    const char* signal = term_signal > 0 ? SignalName(term_signal) : nullptr;
    Local<Value> argv[2] = {v8::Number::New(isolate, static_cast<double>(exit_status)),
                            OneByteString(isolate, signal != nullptr ? signal : "")};
    USE(env->MakeCallback(object, fn.As<v8::Function>(), 2, argv));
  }

  uv_process_t process_;
};

void Initialize(Environment* env, Local<Object> target) {
  Local<Context> context = env->context();
  Local<v8::FunctionTemplate> tmpl = BaseObject::MakeTemplate(env, ProcessWrap::New, "Process");
  HandleWrap::AddMethods(env, tmpl);
  BaseObject::SetProtoMethod(env, tmpl, "spawn", ProcessWrap::Spawn);
  BaseObject::SetProtoMethod(env, tmpl, "kill", ProcessWrap::Kill);
  SetValue(context, target, "Process", tmpl->GetFunction(context).ToLocalChecked());
}

}  // namespace
}  // namespace rt

RT_BINDING(process_wrap, rt::Initialize)
