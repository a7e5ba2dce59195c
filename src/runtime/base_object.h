// BaseObject: a C++ object that backs one JS object.
//
// Rules:
// - The JS object's internal field 0 holds kBaseObjectTag and field 1 the BaseObject*;
//   Unwrap checks the tag, so a plain object passed from JS can never be taken for one.
//   Prototype methods are created with a Signature, so V8 itself rejects a receiver of
//   the wrong class before Unwrap<T>'s static_cast.
// - The C++ object is owned by its JS object: the reference is weak, and the C++ object
//   is deleted when the JS object is collected. Subclasses that own an active libuv
//   handle or request call MakeStrong() while it is active (see HandleWrap, ReqWrap).
// - Never throw from deep inside: methods return negative libuv codes; lib/ builds errors.
// - Each BaseObject remembers the async context frame (AsyncLocalStorage's stores) that was
//   current when it was made; Environment::MakeCallback with it as receiver restores that
//   frame, so a callback from C++ sees the stores its operation was started with.
#ifndef RT_RUNTIME_BASE_OBJECT_H_
#define RT_RUNTIME_BASE_OBJECT_H_

#include <v8.h>

namespace rt {

class Environment;

class BaseObject {
 public:
  enum InternalFields { kTagField = 0, kSlotField = 1, kInternalFieldCount = 2 };

  BaseObject(Environment* env, v8::Local<v8::Object> object);
  virtual ~BaseObject();
  BaseObject(const BaseObject&) = delete;
  BaseObject& operator=(const BaseObject&) = delete;

  Environment* env() const { return env_; }
  v8::Local<v8::Object> object() const;

  // The BaseObject behind value, or nullptr if value is not one.
  static BaseObject* FromJSObject(v8::Local<v8::Value> value);
  template <typename T>
  static T* Unwrap(v8::Local<v8::Value> value) {
    return static_cast<T*>(FromJSObject(value));
  }

  void MakeWeak();
  void MakeStrong();

  // The async context frame to restore around callbacks into JS (see the rules above).
  v8::Local<v8::Value> async_frame() const;
  void CaptureAsyncFrame();

  // A FunctionTemplate whose instances have the internal fields of a BaseObject.
  static v8::Local<v8::FunctionTemplate> MakeTemplate(Environment* env,
                                                      v8::FunctionCallback constructor,
                                                      const char* class_name);
  // A prototype method that only accepts receivers made from `tmpl`.
  static void SetProtoMethod(Environment* env, v8::Local<v8::FunctionTemplate> tmpl,
                             const char* name, v8::FunctionCallback callback);

 private:
  static void OnWeak(const v8::WeakCallbackInfo<BaseObject>& info);

  Environment* env_;
  v8::Global<v8::Object> object_;
  v8::Global<v8::Value> async_frame_;
};

}  // namespace rt

#endif  // RT_RUNTIME_BASE_OBJECT_H_
