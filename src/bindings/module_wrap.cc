// The `module_wrap` binding: ES modules on V8's Module API. lib/internal/modules/esm/
// resolves and loads; this file compiles, links, instantiates and evaluates, and
// forwards V8's host hooks (import() and import.meta) to the functions lib/ registers.
//
// Rules:
// - A ModuleWrap owns one v8::Module. JS links it before instantiating: link()
//   stores, per request specifier, the ModuleWrap that specifier resolved to, and
//   V8's resolve callback only looks that up (it never calls into JS).
// - V8 hands back a bare v8::Module in its callbacks; the per-Environment
//   ModuleWrapData maps it to its ModuleWrap by identity hash.
#include <string>
#include <unordered_map>
#include <vector>

#include "bindings/binding_list.h"
#include "runtime/base_object.h"
#include "runtime/environment.h"
#include "util/v8_util.h"

namespace rt {
namespace {

using v8::Array;
using v8::Context;
using v8::EscapableHandleScope;
using v8::FixedArray;
using v8::Function;
using v8::FunctionCallbackInfo;
using v8::Global;
using v8::HandleScope;
using v8::Isolate;
using v8::Local;
using v8::MaybeLocal;
using v8::Module;
using v8::ModuleRequest;
using v8::Object;
using v8::Promise;
using v8::ScriptCompiler;
using v8::String;
using v8::TryCatch;
using v8::Value;

class ModuleWrap;

// Per-Environment state: the Module -> ModuleWrap index and the JS host hooks.
class ModuleWrapData : public BindingData {
 public:
  static const char kKey;
  explicit ModuleWrapData(Environment* env) {}

  std::unordered_multimap<int, ModuleWrap*> by_hash;
  Global<Function> import_dynamically;  // (specifier, referrerName, attributes) -> Promise
  Global<Function> init_import_meta;    // (wrap, meta)
};
const char ModuleWrapData::kKey = 0;

// A plain object { key: value } from V8's flat [key, value, (offset,)...] attributes.
Local<Object> AttributesToObject(Local<Context> context, Local<FixedArray> list, int stride) {
  Isolate* isolate = context->GetIsolate();
  Local<Object> out = Object::New(isolate, v8::Null(isolate), nullptr, nullptr, 0);
  for (int i = 0; i + 1 < list->Length(); i += stride) {
    Local<Value> key = list->Get(context, i).As<Value>();
    Local<Value> value = list->Get(context, i + 1).As<Value>();
    USE(out->CreateDataProperty(context, key.As<String>(), value));
  }
  return out;
}

class ModuleWrap : public BaseObject {
 public:
  ModuleWrap(Environment* env, Local<Object> object, Local<Module> module,
             Local<Function> synthetic_steps)
      : BaseObject(env, object), module_(env->isolate(), module), hash_(module->GetIdentityHash()) {
    if (!synthetic_steps.IsEmpty()) synthetic_steps_.Reset(env->isolate(), synthetic_steps);
    data()->by_hash.emplace(hash_, this);
  }

  ~ModuleWrap() override {
    auto& index = data()->by_hash;
    auto range = index.equal_range(hash_);
    for (auto it = range.first; it != range.second; ++it) {
      if (it->second == this) {
        index.erase(it);
        break;
      }
    }
  }

  Local<Module> module() const { return module_.Get(env()->isolate()); }

  static ModuleWrap* FromModule(Environment* env, Local<Module> module) {
    auto range = env->GetBindingData<ModuleWrapData>()->by_hash.equal_range(
        module->GetIdentityHash());
    for (auto it = range.first; it != range.second; ++it) {
      if (it->second->module() == module) return it->second;
    }
    return nullptr;
  }

  // new ModuleWrap(url, source, lineOffset, columnOffset): a source text module.
  // new ModuleWrap(url, exportNames, evaluationSteps): a synthetic module whose
  //   steps (called with this = the wrap) fill its exports with setExport().
  static void New(const FunctionCallbackInfo<Value>& args) {
    CHECK(args.IsConstructCall());
    Isolate* isolate = args.GetIsolate();
    Environment* env = Environment::GetCurrent(isolate);
    Local<Context> context = env->context();
    CHECK(args[0]->IsString());
    Local<String> url = args[0].As<String>();
    Local<Module> module;
    Local<Function> steps;
    if (args[1]->IsArray()) {
      CHECK(args[2]->IsFunction());
      steps = args[2].As<Function>();
      Local<Array> names = args[1].As<Array>();
      std::vector<Local<String>> export_names;
      for (uint32_t i = 0; i < names->Length(); i++) {
        Local<Value> name;
        if (!names->Get(context, i).ToLocal(&name)) return;
        CHECK(name->IsString());
        export_names.push_back(name.As<String>());
      }
      module = Module::CreateSyntheticModule(isolate, url, export_names, SyntheticSteps);
    } else {
      CHECK(args[1]->IsString());
      int line_offset = args[2]->IsInt32() ? args[2].As<v8::Int32>()->Value() : 0;
      int column_offset = args[3]->IsInt32() ? args[3].As<v8::Int32>()->Value() : 0;
      v8::ScriptOrigin origin(isolate, url, line_offset, column_offset, false, -1,
                              Local<Value>(), false, false, true);
      ScriptCompiler::Source source(args[1].As<String>(), origin);
      TryCatch try_catch(isolate);
      if (!ScriptCompiler::CompileModule(isolate, &source).ToLocal(&module)) {
        if (try_catch.HasCaught() && !try_catch.HasTerminated()) {
          // Printed with file:line and a caret if nobody catches it, like Node.
          env->DecorateErrorWithArrow(try_catch.Exception(), try_catch.Message());
          try_catch.ReThrow();
        }
        return;
      }
    }
    new ModuleWrap(env, args.This(), module, steps);
  }

  // link(specifiers, wraps): the module each request specifier resolved to.
  static void Link(const FunctionCallbackInfo<Value>& args) {
    Isolate* isolate = args.GetIsolate();
    ModuleWrap* wrap = Unwrap<ModuleWrap>(args.This());
    Local<Context> context = wrap->env()->context();
    CHECK(args[0]->IsArray() && args[1]->IsArray());
    Local<Array> specifiers = args[0].As<Array>();
    Local<Array> wraps = args[1].As<Array>();
    CHECK_EQ(specifiers->Length(), wraps->Length());
    for (uint32_t i = 0; i < specifiers->Length(); i++) {
      Local<Value> specifier;
      Local<Value> target;
      if (!specifiers->Get(context, i).ToLocal(&specifier) ||
          !wraps->Get(context, i).ToLocal(&target)) {
        return;
      }
      CHECK(Unwrap<ModuleWrap>(target) != nullptr);
      wrap->linked_[Utf8Value(isolate, specifier).ToString()].Reset(isolate, target.As<Object>());
    }
  }

  // getModuleRequests() -> [[specifier, attributes], ...] in source order.
  static void GetModuleRequests(const FunctionCallbackInfo<Value>& args) {
    Isolate* isolate = args.GetIsolate();
    ModuleWrap* wrap = Unwrap<ModuleWrap>(args.This());
    Local<Context> context = wrap->env()->context();
    Local<FixedArray> requests = wrap->module()->GetModuleRequests();
    Local<Array> out = Array::New(isolate, requests->Length());
    for (int i = 0; i < requests->Length(); i++) {
      Local<ModuleRequest> request = requests->Get(context, i).As<ModuleRequest>();
      Local<Value> pair[] = {request->GetSpecifier(),
                             AttributesToObject(context, request->GetImportAssertions(), 3)};
      USE(out->Set(context, i, Array::New(isolate, pair, 2)));
    }
    args.GetReturnValue().Set(out);
  }

  static void Instantiate(const FunctionCallbackInfo<Value>& args) {
    ModuleWrap* wrap = Unwrap<ModuleWrap>(args.This());
    Environment* env = wrap->env();
    TryCatch try_catch(env->isolate());
    if (wrap->module()->InstantiateModule(env->context(), ResolveModule).IsNothing()) {
      if (try_catch.HasCaught() && !try_catch.HasTerminated()) {
        // "does not provide an export named" points at the import statement.
        env->DecorateErrorWithArrow(try_catch.Exception(), try_catch.Message());
        try_catch.ReThrow();
      }
    }
  }

  // evaluate() -> the promise V8 returns (settled at once unless the graph awaits).
  static void Evaluate(const FunctionCallbackInfo<Value>& args) {
    ModuleWrap* wrap = Unwrap<ModuleWrap>(args.This());
    Local<Value> result;
    if (wrap->module()->Evaluate(wrap->env()->context()).ToLocal(&result)) {
      args.GetReturnValue().Set(result);
    }
  }

  static void GetNamespace(const FunctionCallbackInfo<Value>& args) {
    ModuleWrap* wrap = Unwrap<ModuleWrap>(args.This());
    Local<Module> module = wrap->module();
    if (module->GetStatus() < Module::kInstantiated) {
      args.GetIsolate()->ThrowException(v8::Exception::Error(
          OneByteString(args.GetIsolate(), "cannot get namespace, module has not been instantiated")));
      return;
    }
    args.GetReturnValue().Set(module->GetModuleNamespace());
  }

  static void GetStatus(const FunctionCallbackInfo<Value>& args) {
    ModuleWrap* wrap = Unwrap<ModuleWrap>(args.This());
    args.GetReturnValue().Set(static_cast<int>(wrap->module()->GetStatus()));
  }

  static void GetError(const FunctionCallbackInfo<Value>& args) {
    ModuleWrap* wrap = Unwrap<ModuleWrap>(args.This());
    if (wrap->module()->GetStatus() == Module::kErrored) {
      args.GetReturnValue().Set(wrap->module()->GetException());
    }
  }

  // Only meaningful once instantiated: whether any module in the graph awaits at top level.
  static void IsGraphAsync(const FunctionCallbackInfo<Value>& args) {
    ModuleWrap* wrap = Unwrap<ModuleWrap>(args.This());
    args.GetReturnValue().Set(wrap->module()->IsGraphAsync());
  }

  // setExport(name, value), from a synthetic module's evaluation steps.
  static void SetExport(const FunctionCallbackInfo<Value>& args) {
    Isolate* isolate = args.GetIsolate();
    ModuleWrap* wrap = Unwrap<ModuleWrap>(args.This());
    CHECK(args[0]->IsString());
    USE(wrap->module()->SetSyntheticModuleExport(isolate, args[0].As<String>(), args[1]));
  }

 private:
  static ModuleWrapData* DataOf(Environment* env) { return env->GetBindingData<ModuleWrapData>(); }
  ModuleWrapData* data() const { return DataOf(env()); }

  static MaybeLocal<Module> ResolveModule(Local<Context> context, Local<String> specifier,
                                          Local<FixedArray> import_assertions,
                                          Local<Module> referrer) {
    Environment* env = Environment::GetCurrent(context);
    Isolate* isolate = env->isolate();
    ModuleWrap* wrap = FromModule(env, referrer);
    std::string name = Utf8Value(isolate, specifier).ToString();
    if (wrap != nullptr) {
      auto it = wrap->linked_.find(name);
      if (it != wrap->linked_.end()) {
        ModuleWrap* target = Unwrap<ModuleWrap>(it->second.Get(isolate));
        if (target != nullptr) return target->module();
      }
    }
    isolate->ThrowException(v8::Exception::Error(
        Utf8String(isolate, "request for '" + name + "' is not in cache")));
    return MaybeLocal<Module>();
  }

  static MaybeLocal<Value> SyntheticSteps(Local<Context> context, Local<Module> module) {
    Environment* env = Environment::GetCurrent(context);
    Isolate* isolate = env->isolate();
    EscapableHandleScope scope(isolate);
    ModuleWrap* wrap = FromModule(env, module);
    CHECK(wrap != nullptr && !wrap->synthetic_steps_.IsEmpty());
    Local<Function> steps = wrap->synthetic_steps_.Get(isolate);
    if (steps->Call(context, wrap->object(), 0, nullptr).IsEmpty()) return MaybeLocal<Value>();
    // With top-level await, V8 expects a promise from the steps.
    Local<Promise::Resolver> resolver;
    if (!Promise::Resolver::New(context).ToLocal(&resolver) ||
        resolver->Resolve(context, v8::Undefined(isolate)).IsNothing()) {
      return MaybeLocal<Value>();
    }
    return scope.Escape(resolver->GetPromise());
  }

  Global<Module> module_;
  int hash_;
  Global<Function> synthetic_steps_;
  std::unordered_map<std::string, Global<Object>> linked_;
};

// import(specifier) anywhere: lib/ gets the referrer's resource name (a module URL,
// a CommonJS filename, or '[eval]'-like names) and returns the promise.
MaybeLocal<Promise> ImportModuleDynamically(Local<Context> context,
                                            Local<v8::Data> host_defined_options,
                                            Local<Value> resource_name,
                                            Local<String> specifier,
                                            Local<FixedArray> import_assertions) {
  Environment* env = Environment::GetCurrent(context);
  Isolate* isolate = env->isolate();
  EscapableHandleScope scope(isolate);
  ModuleWrapData* data = env->GetBindingData<ModuleWrapData>();
  if (data->import_dynamically.IsEmpty()) {
    isolate->ThrowException(v8::Exception::TypeError(
        OneByteString(isolate, "A dynamic import callback was not specified.")));
    return MaybeLocal<Promise>();
  }
  Local<Value> args[] = {specifier,
                         resource_name.IsEmpty() ? v8::Undefined(isolate).As<Value>()
                                                 : resource_name,
                         AttributesToObject(context, import_assertions, 2)};
  Local<Value> result;
  if (!data->import_dynamically.Get(isolate)
           ->Call(context, v8::Undefined(isolate), 3, args)
           .ToLocal(&result)) {
    return MaybeLocal<Promise>();
  }
  CHECK(result->IsPromise());
  return scope.Escape(result.As<Promise>());
}

void InitializeImportMeta(Local<Context> context, Local<Module> module, Local<Object> meta) {
  Environment* env = Environment::GetCurrent(context);
  Isolate* isolate = env->isolate();
  HandleScope scope(isolate);
  ModuleWrapData* data = env->GetBindingData<ModuleWrapData>();
  ModuleWrap* wrap = ModuleWrap::FromModule(env, module);
  if (wrap == nullptr || data->init_import_meta.IsEmpty()) return;
  Local<Value> args[] = {wrap->object(), meta};
  // An exception propagates to the import.meta expression.
  USE(data->init_import_meta.Get(isolate)->Call(context, v8::Undefined(isolate), 2, args));
}

// setImportModuleDynamicallyCallback(fn), setInitializeImportMetaObjectCallback(fn)
void SetImportModuleDynamicallyCallback(const FunctionCallbackInfo<Value>& args) {
  Environment* env = Environment::GetCurrent(args.GetIsolate());
  CHECK(args[0]->IsFunction());
  env->GetBindingData<ModuleWrapData>()->import_dynamically.Reset(args.GetIsolate(),
                                                                 args[0].As<Function>());
  args.GetIsolate()->SetHostImportModuleDynamicallyCallback(ImportModuleDynamically);
}

void SetInitializeImportMetaObjectCallback(const FunctionCallbackInfo<Value>& args) {
  Environment* env = Environment::GetCurrent(args.GetIsolate());
  CHECK(args[0]->IsFunction());
  env->GetBindingData<ModuleWrapData>()->init_import_meta.Reset(args.GetIsolate(),
                                                               args[0].As<Function>());
  args.GetIsolate()->SetHostInitializeImportMetaObjectCallback(InitializeImportMeta);
}

void Initialize(Environment* env, Local<Object> target) {
  Local<Context> context = env->context();
  Local<v8::FunctionTemplate> tmpl = BaseObject::MakeTemplate(env, ModuleWrap::New, "ModuleWrap");
  BaseObject::SetProtoMethod(env, tmpl, "link", ModuleWrap::Link);
  BaseObject::SetProtoMethod(env, tmpl, "getModuleRequests", ModuleWrap::GetModuleRequests);
  BaseObject::SetProtoMethod(env, tmpl, "instantiate", ModuleWrap::Instantiate);
  BaseObject::SetProtoMethod(env, tmpl, "evaluate", ModuleWrap::Evaluate);
  BaseObject::SetProtoMethod(env, tmpl, "getNamespace", ModuleWrap::GetNamespace);
  BaseObject::SetProtoMethod(env, tmpl, "getStatus", ModuleWrap::GetStatus);
  BaseObject::SetProtoMethod(env, tmpl, "getError", ModuleWrap::GetError);
  BaseObject::SetProtoMethod(env, tmpl, "isGraphAsync", ModuleWrap::IsGraphAsync);
  BaseObject::SetProtoMethod(env, tmpl, "setExport", ModuleWrap::SetExport);
  SetValue(context, target, "ModuleWrap", tmpl->GetFunction(context).ToLocalChecked());
  SetMethod(context, target, "setImportModuleDynamicallyCallback",
            SetImportModuleDynamicallyCallback);
  SetMethod(context, target, "setInitializeImportMetaObjectCallback",
            SetInitializeImportMetaObjectCallback);
  SetNumber(context, target, "kUninstantiated", Module::kUninstantiated);
  SetNumber(context, target, "kInstantiating", Module::kInstantiating);
  SetNumber(context, target, "kInstantiated", Module::kInstantiated);
  SetNumber(context, target, "kEvaluating", Module::kEvaluating);
  SetNumber(context, target, "kEvaluated", Module::kEvaluated);
  SetNumber(context, target, "kErrored", Module::kErrored);
}

}  // namespace
}  // namespace rt

RT_BINDING(module_wrap, rt::Initialize)
