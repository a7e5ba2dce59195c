// Compiles the embedded lib/ files into functions, and the `builtins` binding.
#include "runtime/builtins.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <uv.h>

#include "bindings/binding_list.h"
#include "runtime/builtins_compile.h"
#include "runtime/code_cache.h"
#include "runtime/environment.h"
#include "util/v8_util.h"

namespace rt {

using v8::Array;
using v8::Context;
using v8::FunctionCallbackInfo;
using v8::Isolate;
using v8::Local;
using v8::MaybeLocal;
using v8::Object;
using v8::String;
using v8::Value;

const BuiltinSource* FindBuiltinSource(const char* id) {
  for (size_t i = 0; i < kBuiltinSourceCount; i++) {
    if (strcmp(kBuiltinSources[i].id, id) == 0) return &kBuiltinSources[i];
  }
  return nullptr;
}

namespace {

class ExternalOneByte : public String::ExternalOneByteStringResource {
 public:
  ExternalOneByte(const char* data, size_t length) : data_(data), length_(length) {}
  const char* data() const override { return data_; }
  size_t length() const override { return length_; }

 private:
  const char* data_;
  size_t length_;
};

// RT_LIB_DIR=/path/to/lib makes rt read lib/ from disk: edit-and-run without a rebuild.
MaybeLocal<String> ReadFromLibDir(Isolate* isolate, const char* id) {
  const char* dir = getenv("RT_LIB_DIR");
  if (dir == nullptr || *dir == '\0') return MaybeLocal<String>();
  std::ifstream in(std::string(dir) + "/" + id + ".js", std::ios::binary);
  if (!in) return MaybeLocal<String>();
  std::stringstream ss;
  ss << in.rdbuf();
  return Utf8String(isolate, ss.str());
}

}  // namespace

MaybeLocal<String> LoadBuiltinSource(Isolate* isolate, const char* id) {
  Local<String> from_disk;
  if (ReadFromLibDir(isolate, id).ToLocal(&from_disk)) return from_disk;
  const BuiltinSource* source = FindBuiltinSource(id);
  if (source == nullptr) return MaybeLocal<String>();
  if (source->one_byte) {
    // The data is static: V8 may keep pointing at it.
    return String::NewExternalOneByte(isolate, new ExternalOneByte(source->data, source->length));
  }
  return Utf8String(isolate, source->data, static_cast<int>(source->length));
}

MaybeLocal<v8::Function> CompileBuiltin(Environment* env, const char* id) {
  Isolate* isolate = env->isolate();
  Local<Context> context = env->context();
  Local<String> source;
  if (!LoadBuiltinSource(isolate, id).ToLocal(&source)) {
    isolate->ThrowException(
        v8::Exception::Error(Utf8String(isolate, std::string("No such built-in module: ") + id)));
    return MaybeLocal<v8::Function>();
  }
  Local<String> params[] = {
      Symbol(isolate, "exports"),         Symbol(isolate, "require"), Symbol(isolate, "module"),
      Symbol(isolate, "internalBinding"), Symbol(isolate, "process"),
  };
  v8::ScriptOrigin origin(isolate, Utf8String(isolate, std::string("node:") + id));
  // The build-time code cache matches the embedded sources only, not RT_LIB_DIR's.
  const CodeCacheEntry* cache = nullptr;
  const char* lib_dir = getenv("RT_LIB_DIR");
  if (lib_dir == nullptr || *lib_dir == '\0') cache = FindCodeCache(id);
  v8::ScriptCompiler::CachedData* cached_data = nullptr;
  if (cache != nullptr) {
    cached_data =
        new v8::ScriptCompiler::CachedData(cache->data, static_cast<int>(cache->length),
                                           v8::ScriptCompiler::CachedData::BufferNotOwned);
  }
  v8::ScriptCompiler::Source script_source(source, origin, cached_data);
  MaybeLocal<v8::Function> fn = v8::ScriptCompiler::CompileFunction(
      context, &script_source, 5, params, 0, nullptr,
      cached_data != nullptr ? v8::ScriptCompiler::kConsumeCodeCache
                             : v8::ScriptCompiler::kNoCompileOptions);
  if (cached_data != nullptr && script_source.GetCachedData()->rejected &&
      getenv("RT_DEBUG_CODE_CACHE") != nullptr) {
    fprintf(stderr, "rt: code cache rejected for %s\n", id);
  }
  Local<v8::Function> compiled;
  if (env->compiled_builtins() != nullptr && fn.ToLocal(&compiled)) {
    env->compiled_builtins()->emplace_back(id, v8::Global<v8::Function>(isolate, compiled));
  }
  return fn;
}

const CodeCacheEntry* FindCodeCache(const char* id) {
  for (size_t i = 0; i < kCodeCacheCount; i++) {
    if (strcmp(kCodeCache[i].id, id) == 0) return &kCodeCache[i];
  }
  return nullptr;
}

namespace {

void Compile(const FunctionCallbackInfo<Value>& args) {
  Environment* env = Environment::GetCurrent(args.GetIsolate());
  Utf8Value id(args.GetIsolate(), args[0]);
  Local<v8::Function> fn;
  if (CompileBuiltin(env, *id).ToLocal(&fn)) args.GetReturnValue().Set(fn);
}

void HasSource(const FunctionCallbackInfo<Value>& args) {
  Utf8Value id(args.GetIsolate(), args[0]);
  args.GetReturnValue().Set(FindBuiltinSource(*id) != nullptr);
}

// With RT_LIB_DIR, the ids are the .js files found there (new files need no rebuild).
void ListLibDir(const std::string& root, const std::string& prefix, std::vector<std::string>* out) {
  uv_fs_t req;
  if (uv_fs_scandir(nullptr, &req, (root + "/" + prefix).c_str(), 0, nullptr) < 0) {
    uv_fs_req_cleanup(&req);
    return;
  }
  uv_dirent_t ent;
  while (uv_fs_scandir_next(&req, &ent) != UV_EOF) {
    std::string name = ent.name;
    if (ent.type == UV_DIRENT_DIR) {
      ListLibDir(root, prefix + name + "/", out);
    } else if (name.size() > 3 && name.compare(name.size() - 3, 3, ".js") == 0) {
      out->push_back(prefix + name.substr(0, name.size() - 3));
    }
  }
  uv_fs_req_cleanup(&req);
}

std::vector<std::string> BuiltinIds() {
  std::vector<std::string> ids;
  const char* dir = getenv("RT_LIB_DIR");
  if (dir != nullptr && *dir != '\0') ListLibDir(dir, "", &ids);
  if (!ids.empty()) return ids;
  for (size_t i = 0; i < kBuiltinSourceCount; i++) ids.push_back(kBuiltinSources[i].id);
  return ids;
}

void Initialize(Environment* env, Local<Object> target) {
  Isolate* isolate = env->isolate();
  Local<Context> context = env->context();
  std::vector<std::string> list = BuiltinIds();
  Local<Array> ids = Array::New(isolate, static_cast<int>(list.size()));
  for (size_t i = 0; i < list.size(); i++) {
    ids->Set(context, static_cast<uint32_t>(i), OneByteString(isolate, list[i].c_str())).Check();
  }
  SetValue(context, target, "ids", ids);
  SetMethod(context, target, "compile", Compile);
  SetMethod(context, target, "hasSource", HasSource);
}

}  // namespace
}  // namespace rt

RT_BINDING(builtins, rt::Initialize)
