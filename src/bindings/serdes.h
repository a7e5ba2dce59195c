// What the serdes binding shares with the other users of V8's serializer (messaging):
// the library objects that lib/ knows how to copy although V8 cannot (the crypto keys,
// see lib/internal/worker/cloneable.js).
#ifndef RT_BINDINGS_SERDES_H_
#define RT_BINDINGS_SERDES_H_

#include <v8.h>

#include <vector>

namespace rt {

class Environment;

// The plain data that stands for `object` in a clone, or undefined when `object` is not
// one lib/ can clone. The data is then written with the serializer's WriteValue.
v8::MaybeLocal<v8::Value> CloneData(Environment* env, v8::Local<v8::Object> object);

// V8 runs no JS while it deserializes, so these objects travel beside the message: the
// serializer's delegate gathers their CloneData and writes an index in their place,
// SerializeClones turns the gathered data into bytes, and DeserializeClones rebuilds the
// objects (possibly on another thread) before the message itself is read.
bool SerializeClones(Environment* env, v8::Local<v8::Array> data, std::vector<uint8_t>* out);
bool DeserializeClones(Environment* env, const std::vector<uint8_t>& bytes,
                       std::vector<v8::Local<v8::Object>>* out);

}  // namespace rt

#endif  // RT_BINDINGS_SERDES_H_
