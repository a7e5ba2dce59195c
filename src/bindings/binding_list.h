// The one list of native bindings. Adding a binding: write src/bindings/<name>.cc
// ending in RT_BINDING(<name>, Initialize) and add V(<name>) here.
#ifndef RT_BINDINGS_BINDING_LIST_H_
#define RT_BINDINGS_BINDING_LIST_H_

#include <v8.h>

#define RT_BINDING_LIST(V) \
  V(async_context)         \
  V(buffer)                \
  V(builtins)              \
  V(cares_wrap)            \
  V(constants)             \
  V(contextify)            \
  V(crypto)                \
  V(encoding_binding)      \
  V(errors)                \
  V(fs)                    \
  V(http_parser)           \
  V(messaging)             \
  V(module_wrap)           \
  V(options)               \
  V(os)                    \
  V(performance)           \
  V(pipe_wrap)             \
  V(process_methods)       \
  V(process_wrap)          \
  V(serdes)                \
  V(signal_wrap)           \
  V(spawn_sync)            \
  V(stdio)                 \
  V(tcp_wrap)              \
  V(timers)                \
  V(tls_wrap)              \
  V(tty_wrap)              \
  V(types)                 \
  V(udp_wrap)              \
  V(url)                   \
  V(util)                  \
  V(worker)                \
  V(uv)                    \
  V(zlib)

namespace rt {
class Environment;
namespace binding {
#define RT_DECLARE_BINDING(name) \
  void Register_##name(Environment* env, v8::Local<v8::Object> target);
RT_BINDING_LIST(RT_DECLARE_BINDING)
#undef RT_DECLARE_BINDING
}  // namespace binding
}  // namespace rt

// Ends each binding file: `RT_BINDING(fs, Initialize)` where
// `void Initialize(Environment*, v8::Local<v8::Object> target)` fills the binding object.
#define RT_BINDING(name, init)                                                  \
  namespace rt {                                                                \
  namespace binding {                                                           \
  void Register_##name(Environment* env, v8::Local<v8::Object> target) {        \
    init(env, target);                                                          \
  }                                                                             \
  }                                                                             \
  }

#endif  // RT_BINDINGS_BINDING_LIST_H_
