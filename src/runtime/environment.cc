// Environment: bootstrap, the MakeCallback contract, the uncaught-exception
// path and the exit sequence.
#include "runtime/environment.h"

#include <libplatform/libplatform.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>

#include "bindings/binding_list.h"
#include "runtime/base_object.h"
#include "runtime/builtins_compile.h"
#include "runtime/handle_wrap.h"
#include "runtime/platform.h"
#include "util/v8_util.h"

namespace rt {

using v8::Context;
using v8::Function;
using v8::FunctionCallbackInfo;
using v8::HandleScope;
using v8::Int32Array;
using v8::Integer;
using v8::Isolate;
using v8::Local;
using v8::MaybeLocal;
using v8::Message;
using v8::Object;
using v8::String;
using v8::TryCatch;
using v8::Value;

namespace {

constexpr int kEnvironmentSlot = 32;

void InternalBinding(const FunctionCallbackInfo<Value>& args) {
  Environment* env = Environment::GetCurrent(args.GetIsolate());
  Utf8Value name(args.GetIsolate(), args[0]);
  Local<Object> binding;
  if (env->GetBinding(*name).ToLocal(&binding)) args.GetReturnValue().Set(binding);
}

void OnPromiseReject(v8::PromiseRejectMessage message) {
  Local<v8::Promise> promise = message.GetPromise();
  Isolate* isolate = promise->GetIsolate();
  Environment* env = Environment::GetCurrent(isolate);
  if (env == nullptr || env->hooks().on_promise_reject.IsEmpty()) return;
  Local<Value> reason = message.GetValue();
  if (reason.IsEmpty()) reason = v8::Undefined(isolate);
  Local<Value> args[] = {Integer::New(isolate, message.GetEvent()), promise, reason};
  Local<Function> fn = env->hooks().on_promise_reject.Get(isolate);
  // Called from inside V8's microtask processing: no MakeCallback here.
  USE(fn->Call(env->context(), v8::Undefined(isolate), 3, args));
}

}  // namespace

Environment::Environment(Isolate* isolate, uv_loop_t* loop, const Options& options,
                         std::vector<std::string> argv)
    : isolate_(isolate), loop_(loop), options_(options), argv_(std::move(argv)) {
  HandleScope scope(isolate);
  Local<Context> context = Context::New(isolate);
  context->SetAlignedPointerInEmbedderData(kEnvironmentSlot, this);
  context_.Reset(isolate, context);
  isolate->SetData(0, this);
  tick_info_ = fallback_tick_info_;
  arrow_symbol_.Reset(isolate, v8::Private::New(isolate, Symbol(isolate, "rt:arrowMessage")));
  decorated_symbol_.Reset(isolate, v8::Private::New(isolate, Symbol(isolate, "rt:decorated")));
  isolate->SetPromiseRejectCallback(OnPromiseReject);
  // --trace-uncaught reports where an uncaught value was thrown: V8 keeps that stack on
  // the message of every exception.
  if (options_.trace_uncaught) isolate->SetCaptureStackTraceForUncaughtExceptions(true, 10);
  uv_async_init(loop_, &stop_async_, [](uv_async_t* handle) {
    auto* env = static_cast<Environment*>(handle->data);
    env->stopping_ = true;
    uv_stop(env->loop_);
  });
  stop_async_.data = this;
  uv_unref(reinterpret_cast<uv_handle_t*>(&stop_async_));
  AddCleanupHook([this] { uv_close(reinterpret_cast<uv_handle_t*>(&stop_async_), nullptr); });
}

Environment::~Environment() {
  RunCleanup();
  isolate_->SetData(0, nullptr);
}

Environment* Environment::GetCurrent(Isolate* isolate) {
  return static_cast<Environment*>(isolate->GetData(0));
}

void Environment::AssignToContext(Local<Context> context) {
  context->SetAlignedPointerInEmbedderData(kEnvironmentSlot, this);
  context->SetSecurityToken(this->context()->GetSecurityToken());
}

Environment* Environment::GetCurrent(Local<Context> context) {
  return static_cast<Environment*>(context->GetAlignedPointerFromEmbedderData(kEnvironmentSlot));
}

void Environment::set_tick_info(Local<Int32Array> array) {
  CHECK(array->Length() >= kTickInfoFields);
  tick_info_array_.Reset(isolate_, array);
  auto store = array->Buffer()->GetBackingStore();
  tick_info_ = reinterpret_cast<int32_t*>(static_cast<char*>(store->Data()) + array->ByteOffset());
}

MaybeLocal<Object> Environment::GetBinding(const std::string& name) {
  auto it = bindings_.find(name);
  if (it != bindings_.end()) return it->second.Get(isolate_);
  Local<Object> target = Object::New(isolate_);
  bool found = false;
#define RT_REGISTER_IF(binding_name)                \
  if (name == #binding_name) {                      \
    binding::Register_##binding_name(this, target); \
    found = true;                                   \
  }
  RT_BINDING_LIST(RT_REGISTER_IF)
#undef RT_REGISTER_IF
  if (!found) {
    isolate_->ThrowException(
        v8::Exception::Error(Utf8String(isolate_, "No such binding: " + name)));
    return MaybeLocal<Object>();
  }
  bindings_.emplace(name, v8::Global<Object>(isolate_, target));
  return target;
}

bool Environment::Bootstrap() {
  HandleScope scope(isolate_);
  Local<Context> context = this->context();
  Context::Scope context_scope(context);
  TryCatch try_catch(isolate_);

  Local<Object> process = Object::New(isolate_);
  process_object_.Reset(isolate_, process);
  Local<Function> internal_binding = Function::New(context, InternalBinding).ToLocalChecked();
  internal_binding_fn_.Reset(isolate_, internal_binding);

  // realm.js gets (exports, require = undefined, module, internalBinding, process)
  // and leaves { BuiltinModule, internalRequire } on module.exports.
  Local<Function> realm_fn;
  Local<Object> module = Object::New(isolate_);
  Local<Object> exports = Object::New(isolate_);
  module->Set(context, Symbol(isolate_, "exports"), exports).Check();
  Local<Value> realm_args[] = {exports, v8::Undefined(isolate_), module, internal_binding, process};
  Local<Value> realm_exports;
  Local<Value> require_value;
  if (!CompileBuiltin(this, "internal/bootstrap/realm").ToLocal(&realm_fn) ||
      realm_fn->Call(context, v8::Undefined(isolate_), 5, realm_args).IsEmpty() ||
      !module->Get(context, Symbol(isolate_, "exports")).ToLocal(&realm_exports) ||
      !realm_exports.As<Object>()
           ->Get(context, Symbol(isolate_, "internalRequire"))
           .ToLocal(&require_value) ||
      !require_value->IsFunction()) {
    TriggerUncaughtException(try_catch.Exception(), try_catch.Message());
    return false;
  }
  Local<Function> require = require_value.As<Function>();

  // node.js sets up process and the globals; run_main then picks the entry.
  Local<Value> id = OneByteString(isolate_, "internal/bootstrap/node");
  if (require->Call(context, v8::Undefined(isolate_), 1, &id).IsEmpty()) {
    TriggerUncaughtException(try_catch.Exception(), try_catch.Message());
    return false;
  }
  // A Worker's thread waits for its script from the parent (internal/main/worker_thread).
  Local<Value> main_id = OneByteString(
      isolate_, is_main_thread() ? "internal/main/run_main" : "internal/main/worker_thread");
  Local<Value> main_exports;
  Local<Value> run;
  {
    CallbackScope callback_scope(this);
    if (!require->Call(context, v8::Undefined(isolate_), 1, &main_id).ToLocal(&main_exports) ||
        !main_exports.As<Object>()->Get(context, Symbol(isolate_, "main")).ToLocal(&run) ||
        !run->IsFunction() ||
        run.As<Function>()->Call(context, v8::Undefined(isolate_), 0, nullptr).IsEmpty()) {
      if (try_catch.HasTerminated()) return false;
      TriggerUncaughtException(try_catch.Exception(), try_catch.Message());
      try_catch.Reset();
    }
  }
  return !stopping_;
}

CallbackScope::CallbackScope(Environment* env) : env_(env) {
  env_->callback_depth_++;
}

CallbackScope::~CallbackScope() {
  // The outermost scope drains ticks and microtasks while it still counts as open,
  // so a native callback that JS running in that drain makes synchronously is
  // nested and does not drain again (Node's InternalCallbackScope does the same):
  // a promise rejected just before it is not yet reported as unhandled.
  if (env_->callback_depth_ == 1 && !env_->stopping_) env_->DrainTasks();
  env_->callback_depth_--;
}

void Environment::DrainTasks() {
  if (stop_requested_.load()) return;
  Isolate* isolate = isolate_;
  HandleScope scope(isolate);
  if (tick_info_[kHasTickScheduled] == 0 && tick_info_[kHasRejectionToWarn] == 0) {
    isolate->PerformMicrotaskCheckpoint();
  }
  if (tick_info_[kHasTickScheduled] == 0 && tick_info_[kHasRejectionToWarn] == 0) return;
  if (hooks_.tick_callback.IsEmpty()) return;
  Local<Context> context = this->context();
  Context::Scope context_scope(context);
  TryCatch try_catch(isolate);
  Local<Function> tick = hooks_.tick_callback.Get(isolate);
  callback_depth_++;
  MaybeLocal<Value> result = tick->Call(context, process_object_.Get(isolate), 0, nullptr);
  callback_depth_--;
  if (result.IsEmpty() && !try_catch.HasTerminated()) {
    Local<Value> error = try_catch.Exception();
    Local<Message> message = try_catch.Message();
    try_catch.Reset();
    TriggerUncaughtException(error, message);
    // processTicksAndRejections stopped at the throwing tick: go on with the rest.
    if (!stopping_ && !stop_requested_.load()) DrainTasks();
  }
}

MaybeLocal<Value> Environment::CallIntoJS(Local<Object> recv, Local<Function> fn, int argc,
                                          Local<Value>* argv) {
  if (stop_requested_.load()) return MaybeLocal<Value>();
  TryCatch try_catch(isolate_);
  MaybeLocal<Value> result = fn->Call(context(), recv, argc, argv);
  if (result.IsEmpty() && !try_catch.HasTerminated()) {
    Local<Value> error = try_catch.Exception();
    Local<Message> message = try_catch.Message();
    try_catch.Reset();
    TriggerUncaughtException(error, message);
  }
  return result;
}

MaybeLocal<Value> Environment::MakeCallback(Local<Object> recv, Local<Function> fn, int argc,
                                            Local<Value>* argv) {
  v8::EscapableHandleScope scope(isolate_);
  Local<Context> context = this->context();
  Context::Scope context_scope(context);
  // A callback for a native object runs in the async context it was started in.
  Local<Value> frame;
  if (BaseObject* wrap = BaseObject::FromJSObject(recv)) frame = wrap->async_frame();
  Local<Value> previous_frame;
  if (!frame.IsEmpty()) {
    previous_frame = context->GetContinuationPreservedEmbedderData();
    context->SetContinuationPreservedEmbedderData(frame);
  }
  MaybeLocal<Value> result;
  {
    CallbackScope callback_scope(this);
    result = CallIntoJS(recv, fn, argc, argv);
  }
  if (!frame.IsEmpty()) context->SetContinuationPreservedEmbedderData(previous_frame);
  Local<Value> value;
  if (!result.ToLocal(&value)) return MaybeLocal<Value>();
  return scope.Escape(value);
}

std::string FormatSourceArrow(const std::string& resource, int line, const std::string& source_line,
                              int start_column, int end_column) {
  std::string out = resource + ":" + std::to_string(line) + "\n" + source_line + "\n";
  int n = static_cast<int>(source_line.size());
  if (start_column > n) start_column = n;
  if (end_column > n) end_column = n;
  if (end_column <= start_column) end_column = start_column + 1;
  for (int i = 0; i < start_column; i++) out += source_line[i] == '\t' ? '\t' : ' ';
  for (int i = start_column; i < end_column; i++) out += '^';
  out += '\n';
  return out;
}

std::string Environment::SourceArrow(Local<Message> message) {
  if (message.IsEmpty()) return std::string();
  Local<Context> context = this->context();
  Local<String> source_line;
  if (!message->GetSourceLine(context).ToLocal(&source_line)) return std::string();
  Local<Value> resource = message->GetScriptResourceName();
  return FormatSourceArrow(
      resource->IsString() ? Utf8Value(isolate_, resource).ToString() : std::string("<anonymous>"),
      message->GetLineNumber(context).FromMaybe(0), Utf8Value(isolate_, source_line).ToString(),
      message->GetStartColumn(context).FromMaybe(0), message->GetEndColumn(context).FromMaybe(0));
}

std::string Environment::ThrownAt(Local<Message> message) {
  std::string out;
  Local<v8::StackTrace> trace;
  if (message.IsEmpty() || (trace = message->GetStackTrace()).IsEmpty()) return out;
  for (int i = 0; i < trace->GetFrameCount(); i++) {
    Local<v8::StackFrame> frame = trace->GetFrame(isolate_, i);
    std::string name = Utf8Value(isolate_, frame->GetFunctionName()).ToString();
    std::string where = Utf8Value(isolate_, frame->GetScriptName()).ToString() + ":" +
                        std::to_string(frame->GetLineNumber()) + ":" +
                        std::to_string(frame->GetColumn());
    out += name.empty() ? "    at " + where + "\n" : "    at " + name + " (" + where + ")\n";
  }
  return out;
}

void Environment::DecorateErrorWithArrow(Local<Value> error, Local<Message> message) {
  if (message.IsEmpty() || !error->IsObject()) return;
  Local<Context> context = this->context();
  Local<Object> obj = error.As<Object>();
  if (obj->HasPrivate(context, arrow_symbol()).FromMaybe(true)) return;
  std::string text = SourceArrow(message);
  if (text.empty()) return;
  (void)obj->SetPrivate(context, arrow_symbol(), Utf8String(isolate_, text));
}

void Environment::DecorateErrorStack(Local<Value> error, Local<Message> message) {
  DecorateErrorWithArrow(error, message);
  if (!error->IsObject()) return;
  Local<Context> context = this->context();
  Local<Object> obj = error.As<Object>();
  if (obj->HasPrivate(context, decorated_symbol()).FromMaybe(true)) return;
  Local<Value> arrow;
  Local<Value> stack;
  if (!obj->GetPrivate(context, arrow_symbol()).ToLocal(&arrow) || !arrow->IsString() ||
      !obj->Get(context, Symbol(isolate_, "stack")).ToLocal(&stack) || !stack->IsString()) {
    return;
  }
  Local<String> decorated = String::Concat(
      isolate_, String::Concat(isolate_, arrow.As<String>(), OneByteString(isolate_, "\n")),
      stack.As<String>());
  if (obj->Set(context, Symbol(isolate_, "stack"), decorated).FromMaybe(false)) {
    USE(obj->SetPrivate(context, decorated_symbol(), v8::True(isolate_)));
  }
}

void Environment::TriggerUncaughtException(Local<Value> error, Local<Message> message,
                                           bool from_promise) {
  // A stopping Worker (terminate(), process.exit()) reports nothing more.
  if (stop_requested_.load() || isolate_->IsExecutionTerminating()) return;
  HandleScope scope(isolate_);
  Local<Context> context = this->context();
  Context::Scope context_scope(context);
  if (error.IsEmpty()) error = v8::Undefined(isolate_);
  if (message.IsEmpty()) message = v8::Exception::CreateMessage(isolate_, error);

  // The arrow of where the error happened; an error carries its own once decorated.
  // A thrown non-Error gets none recorded here: one it already carries says it left a
  // script run with displayed errors (eval, vm), which Node prints like an Error's.
  std::string arrow;
  if (error->IsObject() &&
      error.As<Object>()->HasPrivate(context, decorated_symbol()).FromMaybe(false)) {
    // The stack already starts with the arrow.
  } else if (error->IsNativeError()) {
    DecorateErrorWithArrow(error, message);
    Local<Value> stored;
    if (error.As<Object>()->GetPrivate(context, arrow_symbol()).ToLocal(&stored) &&
        stored->IsString()) {
      arrow = Utf8Value(isolate_, stored).ToString();
    }
  } else {
    Local<Value> stored;
    if (error->IsObject() &&
        error.As<Object>()->GetPrivate(context, arrow_symbol()).ToLocal(&stored) &&
        stored->IsString()) {
      arrow = Utf8Value(isolate_, stored).ToString();
    } else {
      arrow = SourceArrow(message);
    }
  }

  if (!hooks_.on_uncaught_exception.IsEmpty() && !in_fatal_) {
    in_fatal_ = true;
    TryCatch try_catch(isolate_);
    Local<Value> args[] = {error, v8::Boolean::New(isolate_, from_promise),
                           Utf8String(isolate_, arrow), v8::Undefined(isolate_)};
    if (options_.trace_uncaught) args[3] = Utf8String(isolate_, ThrownAt(message));
    Local<Value> handled;
    bool ok = hooks_.on_uncaught_exception.Get(isolate_)
                  ->Call(context, process_object_.Get(isolate_), 4, args)
                  .ToLocal(&handled);
    in_fatal_ = false;
    if (ok) {
      if (handled->IsTrue()) return;
      // Not handled: JS printed the error and emitted 'exit'.
      Exit(exit_code_from_js());
      return;
    }
    if (try_catch.HasTerminated()) return;
    // An 'uncaughtException' listener threw: print that error and exit 7 like Node.
    Local<Value> second = try_catch.Exception();
    Local<Message> second_message = try_catch.Message();
    Local<Value> second_arrow = v8::Undefined(isolate_);
    if (second->IsNativeError()) {
      DecorateErrorWithArrow(second, second_message);
    } else {
      second_arrow = Utf8String(isolate_, SourceArrow(second_message));
    }
    if (!hooks_.print_error.IsEmpty()) {
      TryCatch ignore(isolate_);
      Local<Value> print_args[] = {second, second_arrow};
      USE(hooks_.print_error.Get(isolate_)->Call(context, v8::Undefined(isolate_), 2, print_args));
    }
    Exit(7);
    return;
  }

  // Before lib/ could register its hooks (an error in bootstrap): print plainly.
  fprintf(stderr, "%s\n", arrow.c_str());
  Local<Value> stack;
  if (error->IsObject() &&
      error.As<Object>()->Get(context, Symbol(isolate_, "stack")).ToLocal(&stack) &&
      stack->IsString()) {
    fprintf(stderr, "%s\n", *Utf8Value(isolate_, stack));
  } else {
    fprintf(stderr, "Uncaught %s\n", *Utf8Value(isolate_, error));
  }
  Exit(in_fatal_ ? 7 : 1);
}

int Environment::exit_code_from_js() {
  HandleScope scope(isolate_);
  Local<Context> context = this->context();
  Local<Value> code;
  if (process_object_.IsEmpty() ||
      !process_object_.Get(isolate_)->Get(context, Symbol(isolate_, "exitCode")).ToLocal(&code)) {
    return 1;
  }
  if (code->IsUndefined()) return 0;
  return code->Int32Value(context).FromMaybe(1);
}

void Environment::StartPlatformTasks(Platform* platform) {
  platform_ = platform;
  auto run = [](auto* handle) { static_cast<Environment*>(handle->data)->RunPlatformTasks(); };
  // Both unrefed: pending V8 tasks alone do not keep the process alive.
  uv_prepare_init(loop_, &platform_tasks_);
  platform_tasks_.data = this;
  uv_unref(reinterpret_cast<uv_handle_t*>(&platform_tasks_));
  uv_prepare_start(&platform_tasks_, run);
  uv_async_init(loop_, &platform_wake_up_, run);
  platform_wake_up_.data = this;
  uv_unref(reinterpret_cast<uv_handle_t*>(&platform_wake_up_));
  platform->SetWakeUp(isolate_, &platform_wake_up_);
  AddCleanupHook([this] {
    platform_->ClearWakeUp(isolate_);
    uv_close(reinterpret_cast<uv_handle_t*>(&platform_tasks_), nullptr);
    uv_close(reinterpret_cast<uv_handle_t*>(&platform_wake_up_), nullptr);
  });
}

// Returns whether a task ran.
bool Environment::RunPlatformTasks() {
  if (platform_ == nullptr || stopping_) return false;
  HandleScope scope(isolate_);
  Context::Scope context_scope(context());
  // A task may run JS (FinalizationRegistry callbacks): ticks and microtasks after it.
  CallbackScope callback_scope(this);
  bool ran = false;
  while (v8::platform::PumpMessageLoop(platform_->task_queues(), isolate_,
                                       v8::platform::MessageLoopBehavior::kDoNotWait)) {
    ran = true;
    if (stopping_) break;
  }
  return ran;
}

// Where the loop would end: background work still running may hand results back as
// foreground tasks (async WebAssembly compilation). Wait for it and run them, until
// neither is left.
void Environment::DrainPlatformTasks() {
  if (platform_ == nullptr) return;
  do {
    platform_->DrainWorkerTasks();
  } while (RunPlatformTasks() && !stopping_);
}

int Environment::RunToCompletion() {
  HandleScope scope(isolate_);
  Local<Context> context = this->context();
  Context::Scope context_scope(context);
  bool more;
  if (loop_start_hrtime_ == 0) loop_start_hrtime_ = uv_hrtime();
  do {
    if (stopping_) break;
    uv_run(loop_, UV_RUN_DEFAULT);
    if (stopping_) break;
    DrainPlatformTasks();
    if (stopping_) break;
    more = uv_loop_alive(loop_);
    if (more) continue;
    if (!hooks_.emit_before_exit.IsEmpty()) {
      Local<Value> code = Integer::New(isolate_, exit_code_from_js());
      (void)MakeCallback(process_object_.Get(isolate_), hooks_.emit_before_exit.Get(isolate_), 1,
                         &code);
    }
    more = uv_loop_alive(loop_);
  } while (more && !stopping_);

  int code = exit_code_from_js();
  if (!hooks_.emit_exit.IsEmpty() && !stopping_) {
    // Like Node, 'exit' is emitted as a callback: when its listeners return, microtasks
    // they queued still run and a promise they rejected unhandled is fatal (ticks are
    // dropped, process._exiting being set). A listener that throws skips that drain, as
    // Node's failed callback scope does. The code is read again afterwards.
    bool emitted = false;
    callback_depth_++;
    {
      Local<Value> arg = Integer::New(isolate_, code);
      TryCatch try_catch(isolate_);
      Local<Value> result;
      if (hooks_.emit_exit.Get(isolate_)
              ->Call(context, process_object_.Get(isolate_), 1, &arg)
              .ToLocal(&result)) {
        emitted = true;
      } else if (!try_catch.HasTerminated()) {
        Local<Value> error = try_catch.Exception();
        Local<Message> message = try_catch.Message();
        try_catch.Reset();
        TriggerUncaughtException(error, message);
      }
    }
    if (emitted && !stopping_) DrainTasks();
    callback_depth_--;
    if (emitted || !stopping_) code = exit_code_from_js();
  }
  stopping_ = true;
  return code;
}

void Environment::Exit(int code) {
  if (!is_main_thread()) {
    RequestStop(code);
    stopping_ = true;
    uv_stop(loop_);
    return;
  }
  stopping_ = true;
  fflush(stdout);
  fflush(stderr);
  RunCleanup();
  _exit(code);
}

void Environment::RequestStop(int code) {
  bool expected = false;
  if (stop_requested_.compare_exchange_strong(expected, true)) stop_code_.store(code);
  isolate_->TerminateExecution();
  uv_async_send(&stop_async_);
}

void Environment::CloseLoop() {
  RunCleanup();
  uv_walk(
      loop_,
      [](uv_handle_t* handle, void*) {
        if (!uv_is_closing(handle)) uv_close(handle, nullptr);
      },
      nullptr);
  uv_run(loop_, UV_RUN_DEFAULT);
}

void Environment::RunCleanup() {
  stopping_ = true;
  std::vector<HandleWrap*> open(handle_wraps_.begin(), handle_wraps_.end());
  for (HandleWrap* wrap : open) wrap->Close();
  while (!cleanup_hooks_.empty()) {
    auto hooks = std::move(cleanup_hooks_);
    cleanup_hooks_.clear();
    for (auto it = hooks.rbegin(); it != hooks.rend(); ++it) (*it)();
  }
  // Let libuv deliver the close callbacks of what was just closed.
  uv_run(loop_, UV_RUN_NOWAIT);
}

}  // namespace rt
