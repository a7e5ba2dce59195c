// Compiling lib/ files into functions of (exports, require, module, internalBinding, process).
#ifndef RT_RUNTIME_BUILTINS_COMPILE_H_
#define RT_RUNTIME_BUILTINS_COMPILE_H_

#include <v8.h>

namespace rt {

class Environment;

v8::MaybeLocal<v8::String> LoadBuiltinSource(v8::Isolate* isolate, const char* id);
v8::MaybeLocal<v8::Function> CompileBuiltin(Environment* env, const char* id);

}  // namespace rt

#endif  // RT_RUNTIME_BUILTINS_COMPILE_H_
