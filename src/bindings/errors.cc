// The `errors` binding: lib/ registers its hooks (ticks, uncaught exceptions,
// promise rejections, exit) and reaches the uncaught-exception path.
#include "bindings/binding_list.h"
#include "runtime/environment.h"
#include "util/v8_util.h"

namespace rt {
namespace {

using v8::Context;
using v8::Function;
using v8::FunctionCallbackInfo;
using v8::Isolate;
using v8::Local;
using v8::Object;
using v8::Value;

void SetHook(Isolate* isolate, Local<Context> context, Local<Object> hooks, const char* name,
             v8::Global<Function>* slot) {
  Local<Value> fn;
  if (hooks->Get(context, Symbol(isolate, name)).ToLocal(&fn) && fn->IsFunction()) {
    slot->Reset(isolate, fn.As<Function>());
  }
}

// setHooks({ tickCallback, onUncaughtException, onPromiseReject, emitBeforeExit, emitExit,
//            printError, tickInfo })
void SetHooks(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  Environment* env = Environment::GetCurrent(isolate);
  Local<Context> context = env->context();
  CHECK(args[0]->IsObject());
  Local<Object> hooks = args[0].As<Object>();
  Environment::Hooks& h = env->hooks();
  SetHook(isolate, context, hooks, "tickCallback", &h.tick_callback);
  SetHook(isolate, context, hooks, "onUncaughtException", &h.on_uncaught_exception);
  SetHook(isolate, context, hooks, "onPromiseReject", &h.on_promise_reject);
  SetHook(isolate, context, hooks, "emitBeforeExit", &h.emit_before_exit);
  SetHook(isolate, context, hooks, "emitExit", &h.emit_exit);
  SetHook(isolate, context, hooks, "printError", &h.print_error);
  Local<Value> tick_info;
  if (hooks->Get(context, Symbol(isolate, "tickInfo")).ToLocal(&tick_info) &&
      tick_info->IsInt32Array()) {
    env->set_tick_info(tick_info.As<v8::Int32Array>());
  }
}

// triggerUncaughtException(err, fromPromise)
void TriggerUncaughtException(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  Environment* env = Environment::GetCurrent(isolate);
  env->TriggerUncaughtException(args[0], v8::Exception::CreateMessage(isolate, args[0]),
                                args[1]->IsTrue());
}

// getErrorSourceArrow(err) -> the "file:line\nsource\n  ^\n" recorded on err, or undefined.
void GetErrorSourceArrow(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  Environment* env = Environment::GetCurrent(isolate);
  if (!args[0]->IsObject()) return;
  Local<Value> arrow;
  if (args[0].As<Object>()->GetPrivate(env->context(), env->arrow_symbol()).ToLocal(&arrow) &&
      arrow->IsString()) {
    args.GetReturnValue().Set(arrow);
  }
}

// decorateModuleErrorStack(err): puts err's source arrow right in front of its stack,
// once, as Node does for errors from linking ES modules (no blank line between, unlike
// vm's decorated errors); printing it then adds no second arrow.
void DecorateModuleErrorStack(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  Environment* env = Environment::GetCurrent(isolate);
  if (!args[0]->IsObject()) return;
  Local<Context> context = env->context();
  Local<Object> error = args[0].As<Object>();
  if (error->HasPrivate(context, env->decorated_symbol()).FromMaybe(true)) return;
  env->DecorateErrorWithArrow(error, v8::Exception::CreateMessage(isolate, error));
  Local<Value> arrow;
  Local<Value> stack;
  if (!error->GetPrivate(context, env->arrow_symbol()).ToLocal(&arrow) || !arrow->IsString() ||
      !error->Get(context, Symbol(isolate, "stack")).ToLocal(&stack) || !stack->IsString()) {
    return;
  }
  Local<v8::String> decorated = v8::String::Concat(isolate, arrow.As<v8::String>(),
                                                   stack.As<v8::String>());
  if (error->Set(context, Symbol(isolate, "stack"), decorated).FromMaybe(false)) {
    USE(error->SetPrivate(context, env->decorated_symbol(), v8::True(isolate)));
  }
}

// setErrorSourceArrow(err, arrow): records the arrow an uncaught err prints, for errors whose
// place is not where JS threw them (JSON.parse points into the JSON text, as in Node).
// An arrow already recorded is kept.
void SetErrorSourceArrow(const FunctionCallbackInfo<Value>& args) {
  Environment* env = Environment::GetCurrent(args.GetIsolate());
  CHECK(args[0]->IsObject() && args[1]->IsString());
  Local<Object> err = args[0].As<Object>();
  if (err->HasPrivate(env->context(), env->arrow_symbol()).FromMaybe(true)) return;
  USE(err->SetPrivate(env->context(), env->arrow_symbol(), args[1]));
}

// runMicrotasks(): drains V8's microtask queue (process.nextTick's loop calls it).
void RunMicrotasks(const FunctionCallbackInfo<Value>& args) {
  args.GetIsolate()->PerformMicrotaskCheckpoint();
}

void Initialize(Environment* env, Local<Object> target) {
  Local<Context> context = env->context();
  SetMethod(context, target, "setHooks", SetHooks);
  SetMethod(context, target, "runMicrotasks", RunMicrotasks);
  SetMethod(context, target, "triggerUncaughtException", TriggerUncaughtException);
  SetMethod(context, target, "getErrorSourceArrow", GetErrorSourceArrow);
  SetMethod(context, target, "decorateModuleErrorStack", DecorateModuleErrorStack);
  SetMethod(context, target, "setErrorSourceArrow", SetErrorSourceArrow);
  SetNumber(context, target, "kPromiseRejectWithNoHandler", v8::kPromiseRejectWithNoHandler);
  SetNumber(context, target, "kPromiseHandlerAddedAfterReject",
            v8::kPromiseHandlerAddedAfterReject);
  SetNumber(context, target, "kPromiseResolveAfterResolved", v8::kPromiseResolveAfterResolved);
  SetNumber(context, target, "kPromiseRejectAfterResolved", v8::kPromiseRejectAfterResolved);
}

}  // namespace
}  // namespace rt

RT_BINDING(errors, rt::Initialize)
