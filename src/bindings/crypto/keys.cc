// KeyObjectHandle for the `crypto` binding: the key material behind a KeyObject,
// either secret bytes or an EVP_PKEY.
//
// JS API (see lib/internal/crypto/keys.js):
//   new KeyObjectHandle(); initSecret(view); getSymmetricKeySize(); export() -> Buffer
//   (secret); equals(other) -> bool; getKeyType() -> 0 secret | 1 public | 2 private.
//   The asymmetric methods are in pkey.cc.
#include <openssl/crypto.h>

#include <vector>

#include "bindings/crypto/keys.h"

namespace rt {
namespace crypto {

using v8::Context;
using v8::FunctionCallbackInfo;
using v8::Isolate;
using v8::Local;
using v8::Object;
using v8::Value;

const char KeysData::kKey = 0;

KeyObjectHandle::~KeyObjectHandle() {
  if (!secret_.empty()) OPENSSL_cleanse(secret_.data(), secret_.size());
  EVP_PKEY_free(pkey_);
}

void KeyObjectHandle::New(const FunctionCallbackInfo<Value>& args) {
  CHECK(args.IsConstructCall());
  new KeyObjectHandle(Environment::GetCurrent(args.GetIsolate()), args.This());
}

KeyObjectHandle* KeyObjectHandle::Create(Environment* env, KeyType type, EVP_PKEY* pkey) {
  Local<v8::Function> ctor =
      env->GetBindingData<KeysData>()->handle_constructor.Get(env->isolate());
  Local<Object> obj;
  if (!ctor->NewInstance(env->context()).ToLocal(&obj)) {
    EVP_PKEY_free(pkey);
    return nullptr;
  }
  KeyObjectHandle* handle = Unwrap<KeyObjectHandle>(obj);
  handle->type_ = type;
  handle->pkey_ = pkey;
  return handle;
}

void KeyObjectHandle::InitSecret(const FunctionCallbackInfo<Value>& args) {
  KeyObjectHandle* self = Unwrap<KeyObjectHandle>(args.This());
  ByteView key(args[0]);
  self->type_ = kKeyTypeSecret;
  self->secret_.assign(key.data(), key.data() + key.size());
}

void KeyObjectHandle::GetSymmetricKeySize(const FunctionCallbackInfo<Value>& args) {
  KeyObjectHandle* self = Unwrap<KeyObjectHandle>(args.This());
  args.GetReturnValue().Set(static_cast<double>(self->secret_.size()));
}

void KeyObjectHandle::GetKeyType(const FunctionCallbackInfo<Value>& args) {
  args.GetReturnValue().Set(static_cast<int>(Unwrap<KeyObjectHandle>(args.This())->type_));
}

void KeyObjectHandle::Equals(const FunctionCallbackInfo<Value>& args) {
  KeyObjectHandle* self = Unwrap<KeyObjectHandle>(args.This());
  KeyObjectHandle* other = Unwrap<KeyObjectHandle>(args[0]);
  CHECK(other != nullptr);
  bool equal = false;
  if (self->type_ == kKeyTypeSecret) {
    equal = other->type_ == kKeyTypeSecret && self->secret_.size() == other->secret_.size() &&
            CRYPTO_memcmp(self->secret_.data(), other->secret_.data(), self->secret_.size()) == 0;
  } else if (self->pkey_ != nullptr && other->pkey_ != nullptr) {
    equal = EVP_PKEY_eq(self->pkey_, other->pkey_) == 1;
  }
  args.GetReturnValue().Set(equal);
}

void KeyObjectHandle::Export(const FunctionCallbackInfo<Value>& args) {
  KeyObjectHandle* self = Unwrap<KeyObjectHandle>(args.This());
  if (self->type_ != kKeyTypeSecret) return ExportAsymmetricKey(args, self);
  Local<Object> buffer;
  if (NewBuffer(self->env(), self->secret_.data(), self->secret_.size()).ToLocal(&buffer)) {
    args.GetReturnValue().Set(buffer);
  }
}

void InitKeys(Environment* env, Local<Object> target) {
  Local<Context> context = env->context();
  Local<v8::FunctionTemplate> tmpl =
      BaseObject::MakeTemplate(env, KeyObjectHandle::New, "KeyObjectHandle");
  BaseObject::SetProtoMethod(env, tmpl, "initSecret", KeyObjectHandle::InitSecret);
  BaseObject::SetProtoMethod(env, tmpl, "getSymmetricKeySize",
                             KeyObjectHandle::GetSymmetricKeySize);
  BaseObject::SetProtoMethod(env, tmpl, "getKeyType", KeyObjectHandle::GetKeyType);
  BaseObject::SetProtoMethod(env, tmpl, "equals", KeyObjectHandle::Equals);
  BaseObject::SetProtoMethod(env, tmpl, "export", KeyObjectHandle::Export);
  InitAsymmetricKeyMethods(env, tmpl);
  Local<v8::Function> ctor = tmpl->GetFunction(context).ToLocalChecked();
  env->GetBindingData<KeysData>()->handle_constructor.Reset(env->isolate(), ctor);
  SetValue(context, target, "KeyObjectHandle", ctor);
}

}  // namespace crypto
}  // namespace rt
