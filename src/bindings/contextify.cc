// Compiling user code: CommonJS wrappers (compileFunction) and classic scripts (runScript).
#include "bindings/binding_list.h"
#include "runtime/environment.h"
#include "util/v8_util.h"

#include <vector>

namespace rt {
namespace {

using v8::Context;
using v8::Function;
using v8::FunctionCallbackInfo;
using v8::Isolate;
using v8::Local;
using v8::Object;
using v8::ScriptCompiler;
using v8::String;
using v8::TryCatch;
using v8::Value;

// compileFunction(code, filename, params, lineOffset = 0, columnOffset = 0)
void CompileFunction(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  Environment* env = Environment::GetCurrent(isolate);
  Local<Context> context = env->context();
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
  if (!ScriptCompiler::CompileFunction(context, &source, params.size(), params.data(), 0, nullptr)
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
}

}  // namespace
}  // namespace rt

RT_BINDING(contextify, rt::Initialize)
