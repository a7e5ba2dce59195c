// The `serdes` binding: V8's ValueSerializer/ValueDeserializer as the classes behind
// the `v8` module's Serializer and Deserializer, structuredClone(), and the heap
// statistics and flag setters of the `v8` module.
//
// Serializer calls back into its JS object the way Node's does: `_getDataCloneError`
// (message) -> error to throw, `_writeHostObject(object)`, `_getSharedArrayBufferId`;
// Deserializer calls `_readHostObject()`.
#include "bindings/serdes.h"

#include <string.h>

#include <memory>
#include <vector>

#include "bindings/binding_list.h"
#include "runtime/base_object.h"
#include "runtime/environment.h"
#include "util/v8_util.h"

namespace rt {
namespace {

using v8::ArrayBuffer;
using v8::Context;
using v8::Function;
using v8::FunctionCallbackInfo;
using v8::Isolate;
using v8::Just;
using v8::Local;
using v8::Maybe;
using v8::MaybeLocal;
using v8::Nothing;
using v8::Object;
using v8::String;
using v8::Value;

struct SerdesBindingData : public BindingData {
  static constexpr int kKey = 0;
  explicit SerdesBindingData(Environment*) {}
  // (message) -> the DataCloneError structuredClone() throws; set by lib/.
  v8::Global<Function> data_clone_error;
  // Cloneable objects (serdes.h): their template, and lib/'s hooks
  // clone(object) -> [deserializeInfo, data] and deserialize(deserializeInfo, data) -> object.
  v8::Global<v8::ObjectTemplate> cloneable_template;
  v8::Global<Function> clone_hook;
  v8::Global<Function> deserialize_hook;
};

alignas(8) const char kCloneableTag = 0;
constexpr int kCloneableFieldCount = 2;

// A JS method of `object` named `name`, or an empty handle when it is not a function.
MaybeLocal<Function> GetMethod(Local<Context> context, Local<Object> object, const char* name) {
  Local<Value> fn;
  if (!object->Get(context, Symbol(context->GetIsolate(), name)).ToLocal(&fn)) return {};
  if (!fn->IsFunction()) return {};
  return fn.As<Function>();
}

// Bytes of an ArrayBufferView (lib/ checks the type).
struct ViewBytes {
  explicit ViewBytes(Local<Value> value) {
    if (value->IsArrayBufferView()) {
      Local<v8::ArrayBufferView> view = value.As<v8::ArrayBufferView>();
      length = view->ByteLength();
      if (length > 0) {
        data = static_cast<const uint8_t*>(view->Buffer()->Data()) + view->ByteOffset();
      }
    }
  }
  const uint8_t* data = nullptr;
  size_t length = 0;
};

// An ArrayBuffer that takes over memory the serializer allocated with realloc().
Local<ArrayBuffer> AdoptBuffer(Isolate* isolate, std::pair<uint8_t*, size_t> data) {
  std::unique_ptr<v8::BackingStore> store = ArrayBuffer::NewBackingStore(
      data.first, data.second, [](void* p, size_t, void*) { free(p); }, nullptr);
  return ArrayBuffer::New(isolate, std::move(store));
}

// createCloneable(prototype) -> a new cloneable object (serdes.h) with that prototype.
void CreateCloneable(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  Environment* env = Environment::GetCurrent(isolate);
  Local<Context> context = env->context();
  SerdesBindingData* data = env->GetBindingData<SerdesBindingData>();
  if (data->cloneable_template.IsEmpty()) {
    Local<v8::ObjectTemplate> tmpl = v8::ObjectTemplate::New(isolate);
    tmpl->SetInternalFieldCount(kCloneableFieldCount);
    data->cloneable_template.Reset(isolate, tmpl);
  }
  Local<Object> object;
  if (!data->cloneable_template.Get(isolate)->NewInstance(context).ToLocal(&object)) return;
  object->SetAlignedPointerInInternalField(0, const_cast<char*>(&kCloneableTag));
  object->SetAlignedPointerInInternalField(1, nullptr);
  if (object->SetPrototype(context, args[0]).IsNothing()) return;
  args.GetReturnValue().Set(object);
}

// setCloneableHooks(clone, deserialize)
void SetCloneableHooks(const FunctionCallbackInfo<Value>& args) {
  Environment* env = Environment::GetCurrent(args.GetIsolate());
  CHECK(args[0]->IsFunction() && args[1]->IsFunction());
  SerdesBindingData* data = env->GetBindingData<SerdesBindingData>();
  data->clone_hook.Reset(args.GetIsolate(), args[0].As<Function>());
  data->deserialize_hook.Reset(args.GetIsolate(), args[1].As<Function>());
}

}  // namespace

bool IsCloneable(Local<Object> object) {
  return object->InternalFieldCount() == kCloneableFieldCount &&
         object->GetAlignedPointerFromInternalField(0) == &kCloneableTag;
}

Maybe<bool> WriteCloneable(Environment* env, v8::ValueSerializer* serializer,
                           Local<Object> object) {
  Isolate* isolate = env->isolate();
  Local<Context> context = env->context();
  Local<Function> hook = env->GetBindingData<SerdesBindingData>()->clone_hook.Get(isolate);
  CHECK(!hook.IsEmpty());  // set at bootstrap, before any cloneable object exists
  Local<Value> argv[] = {object};
  Local<Value> result;
  if (!hook->Call(context, v8::Undefined(isolate), 1, argv).ToLocal(&result)) {
    return Nothing<bool>();
  }
  CHECK(result->IsArray());
  Local<Value> info;
  Local<Value> payload;
  if (!result.As<v8::Array>()->Get(context, 0).ToLocal(&info) ||
      !result.As<v8::Array>()->Get(context, 1).ToLocal(&payload)) {
    return Nothing<bool>();
  }
  serializer->WriteUint32(kCloneableHostObject);
  if (serializer->WriteValue(context, info).IsNothing()) return Nothing<bool>();
  return serializer->WriteValue(context, payload);
}

MaybeLocal<Object> ReadCloneable(Environment* env, v8::ValueDeserializer* deserializer) {
  Isolate* isolate = env->isolate();
  Local<Context> context = env->context();
  Local<Value> info;
  Local<Value> payload;
  if (!deserializer->ReadValue(context).ToLocal(&info) ||
      !deserializer->ReadValue(context).ToLocal(&payload)) {
    return {};
  }
  Local<Function> hook = env->GetBindingData<SerdesBindingData>()->deserialize_hook.Get(isolate);
  CHECK(!hook.IsEmpty());
  // V8 forbids script while it deserializes unless the embedder allows it here.
  Isolate::AllowJavascriptExecutionScope allow_js(isolate);
  Local<Value> argv[] = {info, payload};
  Local<Value> result;
  if (!hook->Call(context, v8::Undefined(isolate), 2, argv).ToLocal(&result)) return {};
  CHECK(result->IsObject());
  return result.As<Object>();
}

namespace {

class SerializerContext : public BaseObject, public v8::ValueSerializer::Delegate {
 public:
  SerializerContext(Environment* env, Local<Object> object)
      : BaseObject(env, object), serializer_(env->isolate(), this) {}

  static void New(const FunctionCallbackInfo<Value>& args) {
    Environment* env = Environment::GetCurrent(args.GetIsolate());
    if (!args.IsConstructCall()) {
      return ThrowTypeError(args.GetIsolate(),
                            "Class constructor Serializer cannot be invoked "
                            "without 'new'");
    }
    new SerializerContext(env, args.This());
  }

  void ThrowDataCloneError(Local<String> message) override {
    Isolate* isolate = env()->isolate();
    Local<Context> context = env()->context();
    Local<Function> fn;
    Local<Value> error;
    if (GetMethod(context, object(), "_getDataCloneError").ToLocal(&fn)) {
      Local<Value> argv[] = {message};
      if (!fn->Call(context, object(), 1, argv).ToLocal(&error)) return;
    } else {
      error = v8::Exception::Error(message);
    }
    isolate->ThrowException(error);
  }

  Maybe<bool> WriteHostObject(Isolate* isolate, Local<Object> host) override {
    Local<Context> context = env()->context();
    Local<Function> fn;
    if (!GetMethod(context, object(), "_writeHostObject").ToLocal(&fn)) {
      return v8::ValueSerializer::Delegate::WriteHostObject(isolate, host);
    }
    Local<Value> argv[] = {host};
    if (fn->Call(context, object(), 1, argv).IsEmpty()) return Nothing<bool>();
    return Just(true);
  }

  Maybe<uint32_t> GetSharedArrayBufferId(Isolate* isolate,
                                         Local<v8::SharedArrayBuffer> buffer) override {
    Local<Context> context = env()->context();
    Local<Function> fn;
    if (!GetMethod(context, object(), "_getSharedArrayBufferId").ToLocal(&fn)) {
      return v8::ValueSerializer::Delegate::GetSharedArrayBufferId(isolate, buffer);
    }
    Local<Value> argv[] = {buffer};
    Local<Value> id;
    if (!fn->Call(context, object(), 1, argv).ToLocal(&id)) return Nothing<uint32_t>();
    return id->Uint32Value(context);
  }

  static SerializerContext* From(const FunctionCallbackInfo<Value>& args) {
    SerializerContext* self = Unwrap<SerializerContext>(args.This());
    CHECK(self != nullptr);
    return self;
  }

  static void WriteHeader(const FunctionCallbackInfo<Value>& args) {
    From(args)->serializer_.WriteHeader();
  }

  static void WriteValue(const FunctionCallbackInfo<Value>& args) {
    SerializerContext* self = From(args);
    Maybe<bool> ok = self->serializer_.WriteValue(self->env()->context(), args[0]);
    if (ok.IsJust()) args.GetReturnValue().Set(ok.FromJust());
  }

  // releaseBuffer() -> ArrayBuffer (lib/ wraps it in a Buffer).
  static void ReleaseBuffer(const FunctionCallbackInfo<Value>& args) {
    SerializerContext* self = From(args);
    args.GetReturnValue().Set(AdoptBuffer(args.GetIsolate(), self->serializer_.Release()));
  }

  static void TransferArrayBuffer(const FunctionCallbackInfo<Value>& args) {
    SerializerContext* self = From(args);
    Local<Context> context = self->env()->context();
    uint32_t id = args[0]->Uint32Value(context).FromMaybe(0);
    self->serializer_.TransferArrayBuffer(id, args[1].As<ArrayBuffer>());
  }

  static void WriteUint32(const FunctionCallbackInfo<Value>& args) {
    SerializerContext* self = From(args);
    Maybe<uint32_t> value = args[0]->Uint32Value(self->env()->context());
    if (value.IsJust()) self->serializer_.WriteUint32(value.FromJust());
  }

  // writeUint64(hi, lo)
  static void WriteUint64(const FunctionCallbackInfo<Value>& args) {
    SerializerContext* self = From(args);
    Local<Context> context = self->env()->context();
    Maybe<uint32_t> hi = args[0]->Uint32Value(context);
    if (hi.IsNothing()) return;
    Maybe<uint32_t> lo = args[1]->Uint32Value(context);
    if (lo.IsNothing()) return;
    self->serializer_.WriteUint64((uint64_t{hi.FromJust()} << 32) | lo.FromJust());
  }

  static void WriteDouble(const FunctionCallbackInfo<Value>& args) {
    SerializerContext* self = From(args);
    Maybe<double> value = args[0]->NumberValue(self->env()->context());
    if (value.IsJust()) self->serializer_.WriteDouble(value.FromJust());
  }

  static void WriteRawBytes(const FunctionCallbackInfo<Value>& args) {
    ViewBytes bytes(args[0]);
    From(args)->serializer_.WriteRawBytes(bytes.data, bytes.length);
  }

  static void SetTreatArrayBufferViewsAsHostObjects(const FunctionCallbackInfo<Value>& args) {
    From(args)->serializer_.SetTreatArrayBufferViewsAsHostObjects(args[0]->IsTrue());
  }

  static void ThrowTypeError(Isolate* isolate, const char* message) {
    isolate->ThrowException(v8::Exception::TypeError(OneByteString(isolate, message)));
  }

 private:
  v8::ValueSerializer serializer_;
};

class DeserializerContext : public BaseObject, public v8::ValueDeserializer::Delegate {
 public:
  DeserializerContext(Environment* env, Local<Object> object, const uint8_t* data, size_t length)
      : BaseObject(env, object),
        data_(data, data + length),
        deserializer_(env->isolate(), data_.data(), data_.size(), this) {}

  // new Deserializer(buffer): lib/ has checked that buffer is an ArrayBufferView.
  static void New(const FunctionCallbackInfo<Value>& args) {
    Isolate* isolate = args.GetIsolate();
    Environment* env = Environment::GetCurrent(isolate);
    if (!args.IsConstructCall()) {
      return SerializerContext::ThrowTypeError(
          isolate, "Class constructor Deserializer cannot be invoked without 'new'");
    }
    if (!args[0]->IsArrayBufferView()) {
      Local<Value> error = v8::Exception::TypeError(
          OneByteString(isolate, "buffer must be a TypedArray or a DataView"));
      USE(error.As<Object>()->Set(env->context(), OneByteString(isolate, "code"),
                                  OneByteString(isolate, "ERR_INVALID_ARG_TYPE")));
      isolate->ThrowException(error);
      return;
    }
    ViewBytes bytes(args[0]);
    // The copy keeps the data alive and in place for the deserializer's lifetime.
    new DeserializerContext(env, args.This(), bytes.data, bytes.length);
    USE(args.This()->Set(env->context(), OneByteString(isolate, "buffer"), args[0]));
  }

  MaybeLocal<Object> ReadHostObject(Isolate* isolate) override {
    Local<Context> context = env()->context();
    Local<Function> fn;
    if (!GetMethod(context, object(), "_readHostObject").ToLocal(&fn)) {
      return v8::ValueDeserializer::Delegate::ReadHostObject(isolate);
    }
    // V8 forbids script while it deserializes unless the embedder allows it here.
    Isolate::AllowJavascriptExecutionScope allow_js(isolate);
    Local<Value> result;
    if (!fn->Call(context, object(), 0, nullptr).ToLocal(&result)) return {};
    if (!result->IsObject()) {
      isolate->ThrowException(
          v8::Exception::TypeError(OneByteString(isolate, "readHostObject must return an object")));
      return {};
    }
    return result.As<Object>();
  }

  static DeserializerContext* From(const FunctionCallbackInfo<Value>& args) {
    DeserializerContext* self = Unwrap<DeserializerContext>(args.This());
    CHECK(self != nullptr);
    return self;
  }

  static void ReadHeader(const FunctionCallbackInfo<Value>& args) {
    DeserializerContext* self = From(args);
    Maybe<bool> ok = self->deserializer_.ReadHeader(self->env()->context());
    if (ok.IsJust()) args.GetReturnValue().Set(ok.FromJust());
  }

  static void ReadValue(const FunctionCallbackInfo<Value>& args) {
    DeserializerContext* self = From(args);
    Local<Value> value;
    if (self->deserializer_.ReadValue(self->env()->context()).ToLocal(&value)) {
      args.GetReturnValue().Set(value);
    }
  }

  static void TransferArrayBuffer(const FunctionCallbackInfo<Value>& args) {
    DeserializerContext* self = From(args);
    uint32_t id = args[0]->Uint32Value(self->env()->context()).FromMaybe(0);
    if (args[1]->IsArrayBuffer()) {
      self->deserializer_.TransferArrayBuffer(id, args[1].As<ArrayBuffer>());
    } else if (args[1]->IsSharedArrayBuffer()) {
      self->deserializer_.TransferSharedArrayBuffer(id, args[1].As<v8::SharedArrayBuffer>());
    }
  }

  static void GetWireFormatVersion(const FunctionCallbackInfo<Value>& args) {
    args.GetReturnValue().Set(From(args)->deserializer_.GetWireFormatVersion());
  }

  static void ReadUint32(const FunctionCallbackInfo<Value>& args) {
    DeserializerContext* self = From(args);
    uint32_t value;
    if (!self->deserializer_.ReadUint32(&value)) {
      return ThrowReadFailed(args.GetIsolate(), "ReadUint32() failed");
    }
    args.GetReturnValue().Set(value);
  }

  // readUint64() -> [hi, lo]
  static void ReadUint64(const FunctionCallbackInfo<Value>& args) {
    DeserializerContext* self = From(args);
    Isolate* isolate = args.GetIsolate();
    uint64_t value;
    if (!self->deserializer_.ReadUint64(&value)) {
      return ThrowReadFailed(isolate, "ReadUint64() failed");
    }
    Local<Value> parts[] = {
        v8::Integer::NewFromUnsigned(isolate, static_cast<uint32_t>(value >> 32)),
        v8::Integer::NewFromUnsigned(isolate, static_cast<uint32_t>(value))};
    args.GetReturnValue().Set(v8::Array::New(isolate, parts, 2));
  }

  static void ReadDouble(const FunctionCallbackInfo<Value>& args) {
    DeserializerContext* self = From(args);
    double value;
    if (!self->deserializer_.ReadDouble(&value)) {
      return ThrowReadFailed(args.GetIsolate(), "ReadDouble() failed");
    }
    args.GetReturnValue().Set(value);
  }

  // _readRawBytes(length) -> offset of the bytes in the original buffer.
  static void ReadRawBytes(const FunctionCallbackInfo<Value>& args) {
    DeserializerContext* self = From(args);
    Isolate* isolate = args.GetIsolate();
    int64_t length = args[0]->IntegerValue(self->env()->context()).FromMaybe(-1);
    if (length < 0) return;
    const void* data;
    if (!self->deserializer_.ReadRawBytes(static_cast<size_t>(length), &data)) {
      return ThrowReadFailed(isolate, "ReadRawBytes() failed");
    }
    const uint8_t* position = static_cast<const uint8_t*>(data);
    args.GetReturnValue().Set(static_cast<double>(position - self->data_.data()));
  }

  static void ThrowReadFailed(Isolate* isolate, const char* message) {
    isolate->ThrowException(v8::Exception::Error(OneByteString(isolate, message)));
  }

 private:
  std::vector<uint8_t> data_;
  v8::ValueDeserializer deserializer_;
};

// The delegates of structuredClone(): errors come from lib/'s DataCloneError factory;
// SharedArrayBuffers come out as new objects over the same memory.
class CloneDelegate : public v8::ValueSerializer::Delegate, public v8::ValueDeserializer::Delegate {
 public:
  explicit CloneDelegate(Environment* env) : env_(env) {}

  void ThrowDataCloneError(Local<String> message) override {
    Isolate* isolate = env_->isolate();
    Local<Function> factory =
        env_->GetBindingData<SerdesBindingData>()->data_clone_error.Get(isolate);
    Local<Value> error;
    if (factory.IsEmpty()) {
      error = v8::Exception::Error(message);
    } else {
      Local<Value> argv[] = {message};
      if (!factory->Call(env_->context(), v8::Undefined(isolate), 1, argv).ToLocal(&error)) return;
    }
    isolate->ThrowException(error);
  }

  // Objects with internal fields: lib/'s cloneable objects, or native wrappers (none of
  // which structuredClone() copies; lib/ retries MessagePorts through a channel).
  Maybe<bool> WriteHostObject(Isolate* isolate, Local<Object> object) override {
    if (IsCloneable(object)) return WriteCloneable(env_, serializer, object);
    ThrowDataCloneError(OneByteString(isolate, "Cannot clone object of unsupported type."));
    return Nothing<bool>();
  }

  MaybeLocal<Object> ReadHostObject(Isolate* isolate) override {
    uint32_t marker;
    if (!deserializer->ReadUint32(&marker) || marker != kCloneableHostObject) {
      isolate->ThrowException(
          v8::Exception::Error(OneByteString(isolate, "Unable to deserialize cloned data.")));
      return {};
    }
    return ReadCloneable(env_, deserializer);
  }

  Maybe<uint32_t> GetSharedArrayBufferId(Isolate* isolate,
                                         Local<v8::SharedArrayBuffer> buffer) override {
    for (size_t i = 0; i < shared_.size(); i++) {
      if (shared_[i] == buffer) return Just(static_cast<uint32_t>(i));
    }
    shared_.push_back(buffer);
    return Just(static_cast<uint32_t>(shared_.size() - 1));
  }

  MaybeLocal<v8::SharedArrayBuffer> GetSharedArrayBufferFromId(Isolate* isolate,
                                                               uint32_t id) override {
    CHECK(id < shared_.size());
    return v8::SharedArrayBuffer::New(isolate, shared_[id]->GetBackingStore());
  }

  v8::ValueSerializer* serializer = nullptr;
  v8::ValueDeserializer* deserializer = nullptr;

 private:
  Environment* env_;
  std::vector<Local<v8::SharedArrayBuffer>> shared_;
};

// structuredClone(value, transferList: ArrayBuffer[] without duplicates) -> clone. The
// transferred buffers are detached and their memory moves to the clone.
void StructuredClone(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  Environment* env = Environment::GetCurrent(isolate);
  Local<Context> context = env->context();
  std::vector<Local<ArrayBuffer>> transfer;
  if (args[1]->IsArray()) {
    Local<v8::Array> list = args[1].As<v8::Array>();
    for (uint32_t i = 0; i < list->Length(); i++) {
      Local<Value> item;
      if (!list->Get(context, i).ToLocal(&item)) return;
      if (item->IsArrayBuffer()) transfer.push_back(item.As<ArrayBuffer>());
    }
  }
  CloneDelegate delegate(env);
  v8::ValueSerializer serializer(isolate, &delegate);
  delegate.serializer = &serializer;
  for (size_t i = 0; i < transfer.size(); i++) {
    serializer.TransferArrayBuffer(static_cast<uint32_t>(i), transfer[i]);
  }
  serializer.WriteHeader();
  if (serializer.WriteValue(context, args[0]).IsNothing()) return;
  std::pair<uint8_t*, size_t> data = serializer.Release();
  std::unique_ptr<uint8_t, decltype(&free)> owned(data.first, free);

  std::vector<std::shared_ptr<v8::BackingStore>> stores;
  for (Local<ArrayBuffer> buffer : transfer) {
    stores.push_back(buffer->GetBackingStore());
    buffer->Detach();
  }
  v8::ValueDeserializer deserializer(isolate, data.first, data.second, &delegate);
  delegate.deserializer = &deserializer;
  for (size_t i = 0; i < stores.size(); i++) {
    deserializer.TransferArrayBuffer(static_cast<uint32_t>(i),
                                     ArrayBuffer::New(isolate, stores[i]));
  }
  if (deserializer.ReadHeader(context).IsNothing()) return;
  Local<Value> result;
  if (deserializer.ReadValue(context).ToLocal(&result)) args.GetReturnValue().Set(result);
}

// setDataCloneErrorFactory(fn)
void SetDataCloneErrorFactory(const FunctionCallbackInfo<Value>& args) {
  Environment* env = Environment::GetCurrent(args.GetIsolate());
  env->GetBindingData<SerdesBindingData>()->data_clone_error.Reset(args.GetIsolate(),
                                                                   args[0].As<Function>());
}

void SetField(Local<Context> context, Local<Object> target, const char* name, double value) {
  SetNumber(context, target, name, value);
}

// getHeapStatistics() -> object with Node's snake_case fields.
void GetHeapStatistics(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  v8::HeapStatistics s;
  isolate->GetHeapStatistics(&s);
  Local<Object> out = Object::New(isolate);
  SetField(context, out, "total_heap_size", s.total_heap_size());
  SetField(context, out, "total_heap_size_executable", s.total_heap_size_executable());
  SetField(context, out, "total_physical_size", s.total_physical_size());
  SetField(context, out, "total_available_size", s.total_available_size());
  SetField(context, out, "used_heap_size", s.used_heap_size());
  SetField(context, out, "heap_size_limit", s.heap_size_limit());
  SetField(context, out, "malloced_memory", s.malloced_memory());
  SetField(context, out, "peak_malloced_memory", s.peak_malloced_memory());
  SetField(context, out, "does_zap_garbage", s.does_zap_garbage());
  SetField(context, out, "number_of_native_contexts", s.number_of_native_contexts());
  SetField(context, out, "number_of_detached_contexts", s.number_of_detached_contexts());
  SetField(context, out, "total_global_handles_size", s.total_global_handles_size());
  SetField(context, out, "used_global_handles_size", s.used_global_handles_size());
  SetField(context, out, "external_memory", s.external_memory());
  args.GetReturnValue().Set(out);
}

// getHeapSpaceStatistics() -> [{ space_name, space_size, ... }]
void GetHeapSpaceStatistics(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  size_t count = isolate->NumberOfHeapSpaces();
  std::vector<Local<Value>> spaces;
  for (size_t i = 0; i < count; i++) {
    v8::HeapSpaceStatistics s;
    if (!isolate->GetHeapSpaceStatistics(&s, i)) continue;
    Local<Object> space = Object::New(isolate);
    SetValue(context, space, "space_name", OneByteString(isolate, s.space_name()));
    SetField(context, space, "space_size", s.space_size());
    SetField(context, space, "space_used_size", s.space_used_size());
    SetField(context, space, "space_available_size", s.space_available_size());
    SetField(context, space, "physical_space_size", s.physical_space_size());
    spaces.push_back(space);
  }
  args.GetReturnValue().Set(v8::Array::New(isolate, spaces.data(), spaces.size()));
}

void GetHeapCodeStatistics(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  v8::HeapCodeStatistics s;
  isolate->GetHeapCodeAndMetadataStatistics(&s);
  Local<Object> out = Object::New(isolate);
  SetField(context, out, "code_and_metadata_size", s.code_and_metadata_size());
  SetField(context, out, "bytecode_and_metadata_size", s.bytecode_and_metadata_size());
  SetField(context, out, "external_script_source_size", s.external_script_source_size());
  SetField(context, out, "cpu_profiler_metadata_size", s.cpu_profiler_metadata_size());
  args.GetReturnValue().Set(out);
}

void CachedDataVersionTag(const FunctionCallbackInfo<Value>& args) {
  args.GetReturnValue().Set(v8::ScriptCompiler::CachedDataVersionTag());
}

void SetFlagsFromString(const FunctionCallbackInfo<Value>& args) {
  Utf8Value flags(args.GetIsolate(), args[0]);
  v8::V8::SetFlagsFromString(*flags, flags.length());
}

void Initialize(Environment* env, Local<Object> target) {
  Local<Context> context = env->context();
  Local<v8::FunctionTemplate> ser =
      BaseObject::MakeTemplate(env, SerializerContext::New, "Serializer");
  BaseObject::SetProtoMethod(env, ser, "writeHeader", SerializerContext::WriteHeader);
  BaseObject::SetProtoMethod(env, ser, "writeValue", SerializerContext::WriteValue);
  BaseObject::SetProtoMethod(env, ser, "releaseBuffer", SerializerContext::ReleaseBuffer);
  BaseObject::SetProtoMethod(env, ser, "transferArrayBuffer",
                             SerializerContext::TransferArrayBuffer);
  BaseObject::SetProtoMethod(env, ser, "writeUint32", SerializerContext::WriteUint32);
  BaseObject::SetProtoMethod(env, ser, "writeUint64", SerializerContext::WriteUint64);
  BaseObject::SetProtoMethod(env, ser, "writeDouble", SerializerContext::WriteDouble);
  BaseObject::SetProtoMethod(env, ser, "writeRawBytes", SerializerContext::WriteRawBytes);
  BaseObject::SetProtoMethod(env, ser, "_setTreatArrayBufferViewsAsHostObjects",
                             SerializerContext::SetTreatArrayBufferViewsAsHostObjects);
  SetValue(context, target, "Serializer", ser->GetFunction(context).ToLocalChecked());

  Local<v8::FunctionTemplate> des =
      BaseObject::MakeTemplate(env, DeserializerContext::New, "Deserializer");
  BaseObject::SetProtoMethod(env, des, "readHeader", DeserializerContext::ReadHeader);
  BaseObject::SetProtoMethod(env, des, "readValue", DeserializerContext::ReadValue);
  BaseObject::SetProtoMethod(env, des, "getWireFormatVersion",
                             DeserializerContext::GetWireFormatVersion);
  BaseObject::SetProtoMethod(env, des, "transferArrayBuffer",
                             DeserializerContext::TransferArrayBuffer);
  BaseObject::SetProtoMethod(env, des, "readUint32", DeserializerContext::ReadUint32);
  BaseObject::SetProtoMethod(env, des, "readUint64", DeserializerContext::ReadUint64);
  BaseObject::SetProtoMethod(env, des, "readDouble", DeserializerContext::ReadDouble);
  BaseObject::SetProtoMethod(env, des, "_readRawBytes", DeserializerContext::ReadRawBytes);
  SetValue(context, target, "Deserializer", des->GetFunction(context).ToLocalChecked());

  SetMethod(context, target, "structuredClone", StructuredClone);
  SetMethod(context, target, "setDataCloneErrorFactory", SetDataCloneErrorFactory);
  SetMethod(context, target, "createCloneable", CreateCloneable);
  SetMethod(context, target, "setCloneableHooks", SetCloneableHooks);
  SetMethod(context, target, "getHeapStatistics", GetHeapStatistics);
  SetMethod(context, target, "getHeapSpaceStatistics", GetHeapSpaceStatistics);
  SetMethod(context, target, "getHeapCodeStatistics", GetHeapCodeStatistics);
  SetMethod(context, target, "cachedDataVersionTag", CachedDataVersionTag);
  SetMethod(context, target, "setFlagsFromString", SetFlagsFromString);
}

}  // namespace
}  // namespace rt

RT_BINDING(serdes, rt::Initialize)
