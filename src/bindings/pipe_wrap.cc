// The `pipe_wrap` binding: Pipe, a StreamWrap around uv_pipe_t (Unix domain sockets,
// anonymous pipes to child processes, named pipes), plus the stream request classes.
#include "bindings/binding_list.h"
#include "runtime/environment.h"
#include "runtime/stream_wrap.h"
#include "util/v8_util.h"

namespace rt {
namespace {

using v8::Context;
using v8::Function;
using v8::FunctionCallbackInfo;
using v8::Local;
using v8::Object;
using v8::Value;

enum PipeType { kSocket = 0, kServer = 1, kIPC = 2 };

class PipeData : public BindingData {
 public:
  static const char kKey;
  explicit PipeData(Environment*) {}
  v8::Global<Function> constructor;
};
const char PipeData::kKey = 0;

class PipeWrap : public StreamWrap {
 public:
  PipeWrap(Environment* env, Local<Object> object, bool ipc)
      : StreamWrap(env, object, reinterpret_cast<uv_stream_t*>(&handle_)) {
    CHECK_EQ(uv_pipe_init(env->loop(), &handle_, ipc ? 1 : 0), 0);
  }

  // new Pipe(type)
  static void New(const FunctionCallbackInfo<Value>& args) {
    CHECK(args.IsConstructCall());
    int type = args[0]->Int32Value(args.GetIsolate()->GetCurrentContext()).FromMaybe(kSocket);
    new PipeWrap(Environment::GetCurrent(args.GetIsolate()), args.This(), type == kIPC);
  }

  // open(fd) -> 0 or a negative code
  static void Open(const FunctionCallbackInfo<Value>& args) {
    PipeWrap* self = Unwrap<PipeWrap>(args.This());
    int fd = args[0]->Int32Value(args.GetIsolate()->GetCurrentContext()).FromMaybe(-1);
    args.GetReturnValue().Set(uv_pipe_open(&self->handle_, fd));
  }

  // bind(path) -> 0 or a negative code
  static void Bind(const FunctionCallbackInfo<Value>& args) {
    PipeWrap* self = Unwrap<PipeWrap>(args.This());
    Utf8Value name(args.GetIsolate(), args[0]);
    args.GetReturnValue().Set(uv_pipe_bind(&self->handle_, *name));
  }

  // connect(req, path): completes through req.oncomplete(status, handle, req, r, w).
  static void Connect(const FunctionCallbackInfo<Value>& args) {
    PipeWrap* self = Unwrap<PipeWrap>(args.This());
    ConnectWrap* req = Unwrap<ConnectWrap>(args[0]);
    CHECK(req != nullptr);
    Utf8Value name(args.GetIsolate(), args[1]);
    req->Dispatch(uv_pipe_connect, req->req(), &self->handle_, *name, ConnectWrap::OnConnect);
    args.GetReturnValue().Set(0);
  }

  static void Fchmod(const FunctionCallbackInfo<Value>& args) {
    PipeWrap* self = Unwrap<PipeWrap>(args.This());
    int mode = args[0]->Int32Value(args.GetIsolate()->GetCurrentContext()).FromMaybe(0);
    args.GetReturnValue().Set(uv_pipe_chmod(&self->handle_, mode));
  }

 protected:
  StreamWrap* NewClient() override {
    Environment* env = this->env();
    Local<Value> type = v8::Integer::New(env->isolate(), kSocket);
    Local<Object> obj;
    Local<Function> ctor = env->GetBindingData<PipeData>()->constructor.Get(env->isolate());
    if (!ctor->NewInstance(env->context(), 1, &type).ToLocal(&obj)) return nullptr;
    return Unwrap<PipeWrap>(obj);
  }

 private:
  uv_pipe_t handle_;
};

void Initialize(Environment* env, Local<Object> target) {
  Local<Context> context = env->context();
  Local<v8::FunctionTemplate> tmpl = BaseObject::MakeTemplate(env, PipeWrap::New, "Pipe");
  StreamWrap::AddMethods(env, tmpl);
  BaseObject::SetProtoMethod(env, tmpl, "open", PipeWrap::Open);
  BaseObject::SetProtoMethod(env, tmpl, "bind", PipeWrap::Bind);
  BaseObject::SetProtoMethod(env, tmpl, "connect", PipeWrap::Connect);
  BaseObject::SetProtoMethod(env, tmpl, "fchmod", PipeWrap::Fchmod);
  Local<Function> ctor = tmpl->GetFunction(context).ToLocalChecked();
  env->GetBindingData<PipeData>()->constructor.Reset(env->isolate(), ctor);
  SetValue(context, target, "Pipe", ctor);
  Local<Object> constants = Object::New(env->isolate());
  SetNumber(context, constants, "SOCKET", kSocket);
  SetNumber(context, constants, "SERVER", kServer);
  SetNumber(context, constants, "IPC", kIPC);
  SetNumber(context, constants, "UV_READABLE", UV_READABLE);
  SetNumber(context, constants, "UV_WRITABLE", UV_WRITABLE);
  SetValue(context, target, "constants", constants);
  ExportStreamRequestClasses(env, target, "PipeConnectWrap");
}

}  // namespace
}  // namespace rt

RT_BINDING(pipe_wrap, rt::Initialize)
