// Cloneable JS objects: the classes of lib/ that structuredClone() and postMessage() copy
// (Blob, KeyObject, ...), although to V8 they are plain JS objects.
//
// Rules:
// - lib/ makes their instances with serdes' createCloneable(prototype): objects with two
//   internal fields (field 0 a tag of their own, never BaseObject's), which V8's
//   ValueSerializer hands to its delegate's WriteHostObject.
// - A delegate that meets one calls WriteCloneable: it writes kCloneableHostObject, then
//   the `[deserializeInfo, data]` that lib/'s clone hook returns, as two nested values.
//   The hook throws Node's error for objects that cannot be cloned.
// - The reading delegate, on kCloneableHostObject, calls ReadCloneable, which hands the two
//   values to lib/'s deserialize hook on the receiving Environment (possibly another thread).
#ifndef RT_BINDINGS_SERDES_H_
#define RT_BINDINGS_SERDES_H_

#include <v8.h>

#include <cstdint>

namespace rt {

class Environment;

// Written by WriteHostObject where a binding's own host objects write an index.
constexpr uint32_t kCloneableHostObject = 0xFFFFFFFFu;

bool IsCloneable(v8::Local<v8::Object> object);
v8::Maybe<bool> WriteCloneable(Environment* env, v8::ValueSerializer* serializer,
                               v8::Local<v8::Object> object);
// Reads what follows kCloneableHostObject.
v8::MaybeLocal<v8::Object> ReadCloneable(Environment* env, v8::ValueDeserializer* deserializer);

}  // namespace rt

#endif  // RT_BINDINGS_SERDES_H_
