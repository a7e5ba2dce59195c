// BaseObject (see base_object.h).
#include "runtime/base_object.h"

#include "runtime/environment.h"
#include "util/v8_util.h"

namespace rt {

namespace {
// Its address marks JS objects that carry a BaseObject.
const char kBaseObjectTag = 0;
}  // namespace

BaseObject::BaseObject(Environment* env, v8::Local<v8::Object> object)
    : env_(env), object_(env->isolate(), object) {
  CHECK(object->InternalFieldCount() >= kInternalFieldCount);
  object->SetAlignedPointerInInternalField(kTagField, const_cast<char*>(&kBaseObjectTag));
  object->SetAlignedPointerInInternalField(kSlotField, this);
  MakeWeak();
  CaptureAsyncFrame();
}

void BaseObject::CaptureAsyncFrame() {
  v8::Isolate* isolate = env_->isolate();
  v8::Local<v8::Value> frame = env_->context()->GetContinuationPreservedEmbedderData();
  if (frame.IsEmpty() || frame->IsUndefined()) {
    async_frame_.Reset();
  } else {
    async_frame_.Reset(isolate, frame);
  }
}

v8::Local<v8::Value> BaseObject::async_frame() const {
  if (async_frame_.IsEmpty()) return v8::Local<v8::Value>();
  return async_frame_.Get(env_->isolate());
}

BaseObject::~BaseObject() {
  if (object_.IsEmpty()) return;
  v8::HandleScope scope(env_->isolate());
  v8::Local<v8::Object> obj = object();
  obj->SetAlignedPointerInInternalField(kSlotField, nullptr);
  object_.Reset();
}

v8::Local<v8::Object> BaseObject::object() const {
  return object_.Get(env_->isolate());
}

BaseObject* BaseObject::FromJSObject(v8::Local<v8::Value> value) {
  if (!value->IsObject()) return nullptr;
  v8::Local<v8::Object> obj = value.As<v8::Object>();
  if (obj->InternalFieldCount() < kInternalFieldCount) return nullptr;
  if (obj->GetAlignedPointerFromInternalField(kTagField) != &kBaseObjectTag) return nullptr;
  return static_cast<BaseObject*>(obj->GetAlignedPointerFromInternalField(kSlotField));
}

void BaseObject::MakeWeak() {
  object_.SetWeak(this, OnWeak, v8::WeakCallbackType::kParameter);
}

void BaseObject::MakeStrong() {
  object_.ClearWeak();
}

void BaseObject::OnWeak(const v8::WeakCallbackInfo<BaseObject>& info) {
  BaseObject* self = info.GetParameter();
  self->object_.Reset();
  delete self;
}

v8::Local<v8::FunctionTemplate> BaseObject::MakeTemplate(Environment* env,
                                                         v8::FunctionCallback constructor,
                                                         const char* class_name) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::FunctionTemplate> tmpl = v8::FunctionTemplate::New(isolate, constructor);
  tmpl->InstanceTemplate()->SetInternalFieldCount(kInternalFieldCount);
  tmpl->SetClassName(Symbol(isolate, class_name));
  return tmpl;
}

void BaseObject::SetProtoMethod(Environment* env, v8::Local<v8::FunctionTemplate> tmpl,
                                const char* name, v8::FunctionCallback callback) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Signature> signature = v8::Signature::New(isolate, tmpl);
  v8::Local<v8::FunctionTemplate> method = v8::FunctionTemplate::New(
      isolate, callback, v8::Local<v8::Value>(), signature, 0, v8::ConstructorBehavior::kThrow);
  v8::Local<v8::String> key = Symbol(isolate, name);
  method->SetClassName(key);
  tmpl->PrototypeTemplate()->Set(key, method);
}

}  // namespace rt
