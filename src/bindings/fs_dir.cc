// The `fs` binding's directory streams: opendir(path, req) -> DirHandle, whose
// read(asBuffer, bufferSize, req) returns [name, type, name, type, ...] or null at the
// end, and close(req). lib/internal/fs/dir.js builds fs.Dir on them.
#include <uv.h>

#include <vector>

#include "bindings/fs.h"

namespace rt {
namespace fs {
namespace {

using v8::Array;
using v8::Context;
using v8::FunctionCallbackInfo;
using v8::Isolate;
using v8::Local;
using v8::MaybeLocal;
using v8::Object;
using v8::Value;

class DirHandle : public BaseObject {
 public:
  DirHandle(Environment* env, Local<Object> object, uv_dir_t* dir)
      : BaseObject(env, object), dir_(dir) {}

  // A handle collected without close() still releases its directory.
  ~DirHandle() override {
    if (dir_ != nullptr) {
      uv_fs_t req;
      uv_fs_closedir(nullptr, &req, dir_, nullptr);
      uv_fs_req_cleanup(&req);
    }
  }

  static void New(const FunctionCallbackInfo<Value>&) {}

  // read(asBuffer, bufferSize, req)
  static void Read(const FunctionCallbackInfo<Value>& args) {
    DirHandle* self = Unwrap<DirHandle>(args.This());
    CHECK(self != nullptr && self->dir_ != nullptr);
    size_t size = static_cast<size_t>(ToInt32(args[1]));
    if (size == 0) size = 32;
    self->entries_.resize(size);
    self->dir_->dirents = self->entries_.data();
    self->dir_->nentries = size;
    FsCall call;
    call.result = ReadResult;
    call.as_buffer = args[0]->IsTrue();
    call.keep_alive.Reset(args.GetIsolate(), args.This());
    Run(args, 2, std::move(call), uv_fs_readdir, self->dir_);
  }

  // close(req)
  static void Close(const FunctionCallbackInfo<Value>& args) {
    DirHandle* self = Unwrap<DirHandle>(args.This());
    CHECK(self != nullptr && self->dir_ != nullptr);
    uv_dir_t* dir = self->dir_;
    self->dir_ = nullptr;
    FsCall call;
    call.keep_alive.Reset(args.GetIsolate(), args.This());
    Run(args, 0, std::move(call), uv_fs_closedir, dir);
  }

  static MaybeLocal<Value> OpenResult(Environment* env, uv_fs_t* req, FsCall*) {
    FsBindingData* data = env->GetBindingData<FsBindingData>();
    Local<Object> object;
    if (!data->dir_constructor.Get(env->isolate())->NewInstance(env->context()).ToLocal(&object)) {
      return {};
    }
    new DirHandle(env, object, static_cast<uv_dir_t*>(req->ptr));
    req->ptr = nullptr;
    return object;
  }

 private:
  static MaybeLocal<Value> ReadResult(Environment* env, uv_fs_t* req, FsCall* call) {
    Isolate* isolate = env->isolate();
    if (req->result == 0) return v8::Null(isolate);
    uv_dir_t* dir = static_cast<uv_dir_t*>(req->ptr);
    std::vector<Local<Value>> items;
    for (ssize_t i = 0; i < req->result; i++) {
      Local<Value> name;
      if (!NameValue(isolate, dir->dirents[i].name, call->as_buffer).ToLocal(&name)) return {};
      items.push_back(name);
      items.push_back(v8::Integer::New(isolate, dir->dirents[i].type));
    }
    return Array::New(isolate, items.data(), items.size());
  }

  uv_dir_t* dir_;
  std::vector<uv_dirent_t> entries_;
};

// opendir(path, req) -> DirHandle
void OpenDir(const FunctionCallbackInfo<Value>& args) {
  Utf8Value path(args.GetIsolate(), args[0]);
  FsCall call;
  call.result = DirHandle::OpenResult;
  Run(args, 1, std::move(call), uv_fs_opendir, *path);
}

}  // namespace

void InitializeDir(Environment* env, Local<Object> target) {
  Local<Context> context = env->context();
  Local<v8::FunctionTemplate> tmpl = BaseObject::MakeTemplate(env, DirHandle::New, "DirHandle");
  BaseObject::SetProtoMethod(env, tmpl, "read", DirHandle::Read);
  BaseObject::SetProtoMethod(env, tmpl, "close", DirHandle::Close);
  Local<v8::Function> ctor = tmpl->GetFunction(context).ToLocalChecked();
  env->GetBindingData<FsBindingData>()->dir_constructor.Reset(env->isolate(), ctor);
  SetMethod(context, target, "opendir", OpenDir);
}

}  // namespace fs
}  // namespace rt
