// Compiling user code: CommonJS wrappers (compileFunction), classic scripts (runScript,
// ContextifyScript) and vm's contexts (makeContext).
//
// A vm context is a new v8::Context whose global object forwards property access to a
// "sandbox" object through interceptors. Ownership: the sandbox holds (by a private symbol)
// a wrapper object backing a ContextifyContext; the wrapper holds the context's global
// proxy; the context holds the sandbox. That cycle has no strong root from C++, so all of it
// is collected once the sandbox is unreachable.
#include "bindings/binding_list.h"
#include "runtime/base_object.h"
#include "runtime/environment.h"
#include "util/errors.h"
#include "util/v8_util.h"

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace rt {
namespace {

using v8::Array;
using v8::Context;
using v8::Function;
using v8::FunctionCallbackInfo;
using v8::FunctionTemplate;
using v8::Integer;
using v8::Isolate;
using v8::Local;
using v8::Maybe;
using v8::MaybeLocal;
using v8::Name;
using v8::Object;
using v8::ObjectTemplate;
using v8::PropertyAttribute;
using v8::PropertyCallbackInfo;
using v8::PropertyDescriptor;
using v8::ScriptCompiler;
using v8::String;
using v8::TryCatch;
using v8::UnboundScript;
using v8::Value;

struct ContextifyData : public BindingData {
  static const char kKey;
  explicit ContextifyData(Environment* env) {
    Isolate* isolate = env->isolate();
    context_symbol.Reset(isolate, v8::Private::New(isolate, Symbol(isolate, "rt:contextify")));
    Local<ObjectTemplate> tmpl = ObjectTemplate::New(isolate);
    tmpl->SetInternalFieldCount(kWrapperFields);
    wrapper_template.Reset(isolate, tmpl);
  }
  // BaseObject's two fields, then the context's global proxy (keeps the context alive).
  static constexpr int kGlobalProxyField = BaseObject::kInternalFieldCount;
  static constexpr int kWrapperFields = kGlobalProxyField + 1;
  // Embedder data slot of a vm context holding its sandbox (32 is the Environment's).
  static constexpr int kSandboxSlot = 33;
  v8::Global<v8::Private> context_symbol;
  v8::Global<ObjectTemplate> wrapper_template;
};
const char ContextifyData::kKey = 0;

class ContextifyContext : public BaseObject {
 public:
  ContextifyContext(Environment* env, Local<Object> wrapper, Local<Context> context,
                    Local<Object> sandbox)
      : BaseObject(env, wrapper),
        context_(env->isolate(), context),
        sandbox_(env->isolate(), sandbox) {
    context_.SetWeak();
    sandbox_.SetWeak();
  }

  bool alive() const { return !context_.IsEmpty() && !sandbox_.IsEmpty(); }
  Local<Context> context() const { return context_.Get(env()->isolate()); }
  Local<Object> sandbox() const { return sandbox_.Get(env()->isolate()); }
  Local<Object> global_proxy() const { return context()->Global(); }

  // The ContextifyContext of a sandbox passed to vm.createContext, or nullptr.
  static ContextifyContext* FromSandbox(Environment* env, Local<Value> value) {
    if (!value->IsObject()) return nullptr;
    Local<Value> wrapper;
    Local<v8::Private> symbol = env->GetBindingData<ContextifyData>()->context_symbol.Get(
        env->isolate());
    if (!value.As<Object>()->GetPrivate(env->context(), symbol).ToLocal(&wrapper)) {
      return nullptr;
    }
    return Unwrap<ContextifyContext>(wrapper);
  }

  template <typename T>
  static ContextifyContext* From(const PropertyCallbackInfo<T>& info) {
    ContextifyContext* ctx = Unwrap<ContextifyContext>(info.Data());
    return ctx != nullptr && ctx->alive() ? ctx : nullptr;
  }

 private:
  v8::Global<Context> context_;
  v8::Global<Object> sandbox_;
};

bool IsReadOnly(PropertyAttribute attributes) {
  return (static_cast<int>(attributes) & static_cast<int>(PropertyAttribute::ReadOnly)) != 0;
}

// --- Interceptors on a vm context's global object. Named ones do the work; the indexed
// ones turn the index into a string key and call them. Not setting a return value lets
// V8 go on to the global object's own properties.

void PropertyGetter(Local<Name> property, const PropertyCallbackInfo<Value>& info) {
  ContextifyContext* ctx = ContextifyContext::From(info);
  if (ctx == nullptr) return;
  Local<Value> value;
  if (ctx->sandbox()->GetRealNamedProperty(ctx->context(), property).ToLocal(&value)) {
    info.GetReturnValue().Set(value);
  }
}

void PropertySetter(Local<Name> property, Local<Value> value,
                    const PropertyCallbackInfo<Value>& info) {
  ContextifyContext* ctx = ContextifyContext::From(info);
  if (ctx == nullptr) return;
  Local<Context> context = ctx->context();
  Local<Object> sandbox = ctx->sandbox();
  PropertyAttribute attributes = PropertyAttribute::None;
  bool on_global =
      ctx->global_proxy()->GetRealNamedPropertyAttributes(context, property).To(&attributes);
  bool read_only = IsReadOnly(attributes);
  attributes = PropertyAttribute::None;
  bool on_sandbox = sandbox->GetRealNamedPropertyAttributes(context, property).To(&attributes);
  read_only = read_only || IsReadOnly(attributes);
  if (read_only) return;
  // `x = 1` for an undeclared x in strict code must stay a ReferenceError.
  bool is_contextual_store = ctx->global_proxy() != info.This();
  if (!on_global && !on_sandbox && info.ShouldThrowOnError() && is_contextual_store &&
      !value->IsFunction()) {
    return;
  }
  if (sandbox->Set(context, property, value).IsNothing()) return;
  info.GetReturnValue().Set(value);
}

void PropertyQuery(Local<Name> property, const PropertyCallbackInfo<Integer>& info) {
  ContextifyContext* ctx = ContextifyContext::From(info);
  if (ctx == nullptr) return;
  Local<Context> context = ctx->context();
  Local<Object> sandbox = ctx->sandbox();
  if (!sandbox->HasRealNamedProperty(context, property).FromMaybe(false)) return;
  PropertyAttribute attributes;
  if (sandbox->GetRealNamedPropertyAttributes(context, property).To(&attributes)) {
    info.GetReturnValue().Set(static_cast<int32_t>(attributes));
  }
}

void PropertyDescriptorCallback(Local<Name> property, const PropertyCallbackInfo<Value>& info) {
  ContextifyContext* ctx = ContextifyContext::From(info);
  if (ctx == nullptr) return;
  Local<Context> context = ctx->context();
  Local<Object> sandbox = ctx->sandbox();
  if (!sandbox->HasOwnProperty(context, property).FromMaybe(false)) return;
  Local<Value> desc;
  if (sandbox->GetOwnPropertyDescriptor(context, property).ToLocal(&desc)) {
    info.GetReturnValue().Set(desc);
  }
}

void PropertyDefiner(Local<Name> property, const PropertyDescriptor& desc,
                     const PropertyCallbackInfo<Value>& info) {
  ContextifyContext* ctx = ContextifyContext::From(info);
  if (ctx == nullptr) return;
  Isolate* isolate = info.GetIsolate();
  Local<Context> context = ctx->context();
  PropertyAttribute attributes = PropertyAttribute::None;
  bool on_global =
      ctx->global_proxy()->GetRealNamedPropertyAttributes(context, property).To(&attributes);
  if (on_global && IsReadOnly(attributes)) return;
  auto define_on_sandbox = [&](PropertyDescriptor* copy) {
    if (desc.has_enumerable()) copy->set_enumerable(desc.enumerable());
    if (desc.has_configurable()) copy->set_configurable(desc.configurable());
    // Defined on the sandbox only (intercepted), so the sandbox stays the one place it lives.
    if (ctx->sandbox()->DefineProperty(context, property, *copy).FromMaybe(false)) {
      info.GetReturnValue().Set(true);
    }
  };
  if (desc.has_get() || desc.has_set()) {
    PropertyDescriptor copy(desc.has_get() ? desc.get() : v8::Undefined(isolate).As<Value>(),
                            desc.has_set() ? desc.set() : v8::Undefined(isolate).As<Value>());
    define_on_sandbox(&copy);
  } else {
    Local<Value> value = desc.has_value() ? desc.value() : v8::Undefined(isolate).As<Value>();
    if (desc.has_writable()) {
      PropertyDescriptor copy(value, desc.writable());
      define_on_sandbox(&copy);
    } else {
      PropertyDescriptor copy(value);
      define_on_sandbox(&copy);
    }
  }
}

void PropertyDeleter(Local<Name> property, const PropertyCallbackInfo<v8::Boolean>& info) {
  ContextifyContext* ctx = ContextifyContext::From(info);
  if (ctx == nullptr) return;
  if (ctx->sandbox()->Delete(ctx->context(), property).FromMaybe(false)) return;
  info.GetReturnValue().Set(false);
}

void PropertyEnumerator(const PropertyCallbackInfo<Array>& info) {
  ContextifyContext* ctx = ContextifyContext::From(info);
  if (ctx == nullptr) return;
  Local<Array> names;
  if (ctx->sandbox()
          ->GetPropertyNames(ctx->context(), v8::KeyCollectionMode::kOwnOnly,
                             v8::PropertyFilter::SKIP_SYMBOLS, v8::IndexFilter::kSkipIndices)
          .ToLocal(&names)) {
    info.GetReturnValue().Set(names);
  }
}

// V8 wants only the sandbox's array indices (as numbers) from the indexed enumerator.
void IndexedEnumerator(const PropertyCallbackInfo<Array>& info) {
  ContextifyContext* ctx = ContextifyContext::From(info);
  if (ctx == nullptr) return;
  Local<Context> context = ctx->context();
  Local<Array> keys;
  if (!ctx->sandbox()
           ->GetPropertyNames(context, v8::KeyCollectionMode::kOwnOnly,
                              v8::PropertyFilter::SKIP_SYMBOLS, v8::IndexFilter::kIncludeIndices,
                              v8::KeyConversionMode::kKeepNumbers)
           .ToLocal(&keys)) {
    return;
  }
  std::vector<Local<Value>> indices;
  for (uint32_t i = 0; i < keys->Length(); i++) {
    Local<Value> key;
    if (!keys->Get(context, i).ToLocal(&key)) return;
    if (key->IsNumber()) indices.push_back(key);
  }
  info.GetReturnValue().Set(Array::New(info.GetIsolate(), indices.data(), indices.size()));
}

Local<String> IndexKey(Isolate* isolate, uint32_t index) {
  return v8::Uint32::New(isolate, index)->ToString(isolate->GetCurrentContext()).ToLocalChecked();
}

void IndexedGetter(uint32_t index, const PropertyCallbackInfo<Value>& info) {
  PropertyGetter(IndexKey(info.GetIsolate(), index), info);
}
void IndexedSetter(uint32_t index, Local<Value> value, const PropertyCallbackInfo<Value>& info) {
  PropertySetter(IndexKey(info.GetIsolate(), index), value, info);
}
void IndexedQuery(uint32_t index, const PropertyCallbackInfo<Integer>& info) {
  PropertyQuery(IndexKey(info.GetIsolate(), index), info);
}
void IndexedDescriptor(uint32_t index, const PropertyCallbackInfo<Value>& info) {
  PropertyDescriptorCallback(IndexKey(info.GetIsolate(), index), info);
}
void IndexedDefiner(uint32_t index, const PropertyDescriptor& desc,
                    const PropertyCallbackInfo<Value>& info) {
  PropertyDefiner(IndexKey(info.GetIsolate(), index), desc, info);
}
void IndexedDeleter(uint32_t index, const PropertyCallbackInfo<v8::Boolean>& info) {
  PropertyDeleter(IndexKey(info.GetIsolate(), index), info);
}

// makeContext(sandbox, name): makes a new context for sandbox and ties them together.
void MakeContext(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  Environment* env = Environment::GetCurrent(isolate);
  Local<Context> main_context = env->context();
  CHECK(args[0]->IsObject());
  Local<Object> sandbox = args[0].As<Object>();
  ContextifyData* data = env->GetBindingData<ContextifyData>();
  Local<v8::Private> symbol = data->context_symbol.Get(isolate);
  if (sandbox->HasPrivate(main_context, symbol).FromMaybe(true)) return;

  Local<Object> wrapper;
  if (!data->wrapper_template.Get(isolate)->NewInstance(main_context).ToLocal(&wrapper)) return;

  Local<FunctionTemplate> function_template = FunctionTemplate::New(isolate);
  function_template->SetClassName(sandbox->GetConstructorName());
  Local<ObjectTemplate> global_template = function_template->InstanceTemplate();
  global_template->SetHandler(v8::NamedPropertyHandlerConfiguration(
      PropertyGetter, PropertySetter, PropertyQuery, PropertyDeleter, PropertyEnumerator,
      PropertyDefiner, PropertyDescriptorCallback, wrapper));
  global_template->SetHandler(v8::IndexedPropertyHandlerConfiguration(
      IndexedGetter, IndexedSetter, IndexedQuery, IndexedDeleter, IndexedEnumerator,
      IndexedDefiner, IndexedDescriptor, wrapper));

  Local<Context> context = Context::New(isolate, nullptr, global_template);
  if (context.IsEmpty()) return;
  env->AssignToContext(context);
  // The context keeps its sandbox alive; the wrapper keeps the context alive.
  context->SetEmbedderData(ContextifyData::kSandboxSlot, sandbox);
  wrapper->SetInternalField(ContextifyData::kGlobalProxyField, context->Global());
  new ContextifyContext(env, wrapper, context, sandbox);
  USE(sandbox->SetPrivate(main_context, symbol, wrapper));
}

void IsContext(const FunctionCallbackInfo<Value>& args) {
  Environment* env = Environment::GetCurrent(args.GetIsolate());
  args.GetReturnValue().Set(ContextifyContext::FromSandbox(env, args[0]) != nullptr);
}

// The context to run in: the main one for undefined/null, else the sandbox's.
bool ContextFor(Environment* env, Local<Value> sandbox, Local<Context>* out) {
  if (sandbox->IsNullOrUndefined()) {
    *out = env->context();
    return true;
  }
  ContextifyContext* ctx = ContextifyContext::FromSandbox(env, sandbox);
  if (ctx == nullptr || !ctx->alive()) return false;
  *out = ctx->context();
  return true;
}

Local<Value> ToUint8Array(Isolate* isolate, const ScriptCompiler::CachedData* data) {
  std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(isolate, data->length);
  if (data->length > 0) memcpy(store->Data(), data->data, data->length);
  Local<v8::ArrayBuffer> ab = v8::ArrayBuffer::New(isolate, std::move(store));
  return v8::Uint8Array::New(ab, 0, data->length);
}

// new ContextifyScript(code, filename, lineOffset, columnOffset, cachedData?, produceCachedData)
// Sets this.cachedDataRejected when cachedData was given, this.cachedData when asked to
// produce it, and this.sourceMapURL.
// Terminates the isolate's JavaScript if it still runs after `ms` milliseconds (vm's
// `timeout`). Stop() ends the wait and says whether it fired.
class Watchdog {
 public:
  Watchdog(Isolate* isolate, int64_t ms)
      : isolate_(isolate), thread_([this, ms] {
          std::unique_lock<std::mutex> lock(mutex_);
          if (!cv_.wait_for(lock, std::chrono::milliseconds(ms), [this] { return stopped_; })) {
            fired_ = true;
            isolate_->TerminateExecution();
          }
        }) {}

  ~Watchdog() { Stop(); }

  bool Stop() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      stopped_ = true;
    }
    cv_.notify_one();
    if (thread_.joinable()) thread_.join();
    return fired_;
  }

 private:
  Isolate* isolate_;
  std::mutex mutex_;
  std::condition_variable cv_;
  bool stopped_ = false;
  bool fired_ = false;
  std::thread thread_;
};

class ContextifyScript : public BaseObject {
 public:
  ContextifyScript(Environment* env, Local<Object> object, Local<UnboundScript> script)
      : BaseObject(env, object), script_(env->isolate(), script) {}

  static void New(const FunctionCallbackInfo<Value>& args) {
    Isolate* isolate = args.GetIsolate();
    Environment* env = Environment::GetCurrent(isolate);
    Local<Context> context = env->context();
    if (!args.IsConstructCall()) return;
    Local<String> code;
    Local<String> filename;
    if (!args[0]->ToString(context).ToLocal(&code) ||
        !args[1]->ToString(context).ToLocal(&filename)) {
      return;
    }
    int line_offset = args[2]->IsInt32() ? args[2].As<v8::Int32>()->Value() : 0;
    int column_offset = args[3]->IsInt32() ? args[3].As<v8::Int32>()->Value() : 0;
    ScriptCompiler::CachedData* cached = nullptr;
    if (args[4]->IsArrayBufferView()) {
      Local<v8::ArrayBufferView> view = args[4].As<v8::ArrayBufferView>();
      uint8_t* bytes = static_cast<uint8_t*>(view->Buffer()->GetBackingStore()->Data());
      cached = new ScriptCompiler::CachedData(bytes + view->ByteOffset(),
                                              static_cast<int>(view->ByteLength()));
    }
    bool produce = args[5]->IsTrue();
    v8::ScriptOrigin origin(isolate, filename, line_offset, column_offset);
    ScriptCompiler::Source source(code, origin, cached);  // source owns `cached`
    TryCatch try_catch(isolate);
    Local<UnboundScript> script;
    ScriptCompiler::CompileOptions options =
        cached != nullptr ? ScriptCompiler::kConsumeCodeCache : ScriptCompiler::kNoCompileOptions;
    if (!ScriptCompiler::CompileUnboundScript(isolate, &source, options).ToLocal(&script)) {
      if (!try_catch.HasTerminated()) {
        env->DecorateErrorStack(try_catch.Exception(), try_catch.Message());
        try_catch.ReThrow();
      }
      return;
    }
    Local<Object> self = args.This();
    new ContextifyScript(env, self, script);
    if (cached != nullptr) {
      USE(self->Set(context, Symbol(isolate, "cachedDataRejected"),
                    v8::Boolean::New(isolate, source.GetCachedData()->rejected)));
    }
    if (produce) {
      std::unique_ptr<ScriptCompiler::CachedData> data(ScriptCompiler::CreateCodeCache(script));
      USE(self->Set(context, Symbol(isolate, "cachedData"),
                    data ? ToUint8Array(isolate, data.get()) : v8::Undefined(isolate).As<Value>()));
    }
    Local<Value> url = script->GetSourceMappingURL();
    bool has_url = url->IsString() && url.As<String>()->Length() > 0;
    USE(self->Set(context, Symbol(isolate, "sourceMapURL"),
                  has_url ? url : v8::Undefined(isolate).As<Value>()));
  }

  // runInContext(sandbox or null, displayErrors, timeout?) -> completion value. A timeout
  // (ms) stops the script and throws ERR_SCRIPT_EXECUTION_TIMEOUT, as Node's does.
  static void RunInContext(const FunctionCallbackInfo<Value>& args) {
    Isolate* isolate = args.GetIsolate();
    ContextifyScript* self = Unwrap<ContextifyScript>(args.This());
    Environment* env = self->env();
    Local<Context> context;
    if (!ContextFor(env, args[0], &context)) return;
    bool display_errors = !args[1]->IsFalse();
    int64_t timeout = args[2]->IsNumber() ? static_cast<int64_t>(args[2].As<v8::Number>()->Value()) : 0;
    Context::Scope context_scope(context);
    Local<v8::Script> script = self->script_.Get(isolate)->BindToCurrentContext();
    TryCatch try_catch(isolate);
    Local<Value> result;
    bool ran;
    bool timed_out = false;
    if (timeout > 0) {
      Watchdog watchdog(isolate, timeout);
      ran = script->Run(context).ToLocal(&result);
      timed_out = watchdog.Stop();
    } else {
      ran = script->Run(context).ToLocal(&result);
    }
    if (timed_out) {
      // Only the watchdog that fired ends the termination; an outer one keeps it going.
      isolate->CancelTerminateExecution();
      ThrowCodedError(isolate, ErrorKind::kError, "ERR_SCRIPT_EXECUTION_TIMEOUT",
                      "Script execution timed out after " + std::to_string(timeout) + "ms");
      try_catch.ReThrow();
      return;
    }
    if (!ran) {
      if (try_catch.HasTerminated()) return;
      if (display_errors) env->DecorateErrorStack(try_catch.Exception(), try_catch.Message());
      try_catch.ReThrow();
      return;
    }
    args.GetReturnValue().Set(result);
  }

  static void CreateCachedData(const FunctionCallbackInfo<Value>& args) {
    ContextifyScript* self = Unwrap<ContextifyScript>(args.This());
    Isolate* isolate = args.GetIsolate();
    std::unique_ptr<ScriptCompiler::CachedData> data(
        ScriptCompiler::CreateCodeCache(self->script_.Get(isolate)));
    if (!data) return;
    args.GetReturnValue().Set(ToUint8Array(isolate, data.get()));
  }

 private:
  v8::Global<UnboundScript> script_;
};

// compileFunction(code, filename, params, lineOffset = 0, columnOffset = 0,
//                 contextifiedSandbox?, contextExtensions?)
void CompileFunction(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  Environment* env = Environment::GetCurrent(isolate);
  Local<Context> context = env->context();
  Local<Context> target = context;
  if (args.Length() > 5 && !ContextFor(env, args[5], &target)) return;
  std::vector<Local<Object>> extensions;
  if (args.Length() > 6 && args[6]->IsArray()) {
    Local<v8::Array> list = args[6].As<v8::Array>();
    for (uint32_t i = 0; i < list->Length(); i++) {
      Local<Value> ext;
      if (!list->Get(context, i).ToLocal(&ext)) return;
      if (ext->IsObject()) extensions.push_back(ext.As<Object>());
    }
  }
  Local<String> code = args[0]->ToString(context).ToLocalChecked();
  Local<String> filename = args[1]->ToString(context).ToLocalChecked();
  std::vector<Local<String>> params;
  if (args[2]->IsArray()) {
    Local<v8::Array> list = args[2].As<v8::Array>();
    for (uint32_t i = 0; i < list->Length(); i++) {
      Local<Value> p = list->Get(context, i).ToLocalChecked();
      params.push_back(p->ToString(context).ToLocalChecked());
    }
  }
  int line_offset = args[3]->IsInt32() ? args[3].As<v8::Int32>()->Value() : 0;
  int column_offset = args[4]->IsInt32() ? args[4].As<v8::Int32>()->Value() : 0;
  v8::ScriptOrigin origin(isolate, filename, line_offset, column_offset);
  ScriptCompiler::Source source(code, origin);
  TryCatch try_catch(isolate);
  Local<Function> fn;
  if (!ScriptCompiler::CompileFunction(target, &source, params.size(), params.data(),
                                      extensions.size(), extensions.data())
           .ToLocal(&fn)) {
    // Like Node, a syntax error in loaded code shows where it is at the top of its stack.
    env->DecorateErrorStack(try_catch.Exception(), try_catch.Message());
    try_catch.ReThrow();
    return;
  }
  args.GetReturnValue().Set(fn);
}

// runScript(code, filename) -> the completion value of a classic script.
void RunScript(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  Environment* env = Environment::GetCurrent(isolate);
  Local<Context> context = env->context();
  Local<String> code = args[0]->ToString(context).ToLocalChecked();
  Local<String> filename = args[1]->ToString(context).ToLocalChecked();
  v8::ScriptOrigin origin(isolate, filename);
  ScriptCompiler::Source source(code, origin);
  TryCatch try_catch(isolate);
  Local<v8::Script> script;
  if (!ScriptCompiler::Compile(context, &source).ToLocal(&script)) {
    env->DecorateErrorWithArrow(try_catch.Exception(), try_catch.Message());
    try_catch.ReThrow();
    return;
  }
  Local<Value> result;
  if (!script->Run(context).ToLocal(&result)) {
    if (!try_catch.HasTerminated()) {
      env->DecorateErrorWithArrow(try_catch.Exception(), try_catch.Message());
      try_catch.ReThrow();
    }
    return;
  }
  args.GetReturnValue().Set(result);
}

// containsModuleSyntax is not here yet; the ES module issue adds the module side.
void Initialize(Environment* env, Local<Object> target) {
  Local<Context> context = env->context();
  SetMethod(context, target, "compileFunction", CompileFunction);
  SetMethod(context, target, "runScript", RunScript);
  SetMethod(context, target, "makeContext", MakeContext);
  SetMethod(context, target, "isContext", IsContext);
  Local<FunctionTemplate> script_tmpl =
      BaseObject::MakeTemplate(env, ContextifyScript::New, "ContextifyScript");
  BaseObject::SetProtoMethod(env, script_tmpl, "runInContext", ContextifyScript::RunInContext);
  BaseObject::SetProtoMethod(env, script_tmpl, "createCachedData",
                             ContextifyScript::CreateCachedData);
  SetValue(context, target, "ContextifyScript",
           script_tmpl->GetFunction(context).ToLocalChecked());
}

}  // namespace
}  // namespace rt

RT_BINDING(contextify, rt::Initialize)
