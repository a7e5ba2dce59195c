// StreamWrap and its write/shutdown/connect requests (see stream_wrap.h).
#include "runtime/stream_wrap.h"

#include <cstring>

#include "runtime/environment.h"
#include "util/v8_util.h"

namespace rt {

using v8::ArrayBuffer;
using v8::Context;
using v8::Function;
using v8::FunctionCallbackInfo;
using v8::HandleScope;
using v8::Isolate;
using v8::Local;
using v8::Object;
using v8::Value;

namespace {

enum Encoding { kUtf8, kLatin1, kAscii, kUcs2 };

// Per Environment: the read buffer all streams share, and streamState.
class StreamData : public BindingData {
 public:
  static const char kKey;
  static constexpr size_t kReadBufferSize = 64 * 1024;

  explicit StreamData(Environment* env) {
    Isolate* isolate = env->isolate();
    Local<ArrayBuffer> ab = ArrayBuffer::New(isolate, sizeof(int32_t) * kStreamStateFields);
    state_.Reset(isolate, v8::Int32Array::New(ab, 0, kStreamStateFields));
    fields_ = static_cast<int32_t*>(ab->Data());
  }

  char* read_buffer() { return read_buffer_; }
  int32_t* fields() { return fields_; }
  Local<v8::Int32Array> state(Isolate* isolate) { return state_.Get(isolate); }

 private:
  char read_buffer_[kReadBufferSize];
  v8::Global<v8::Int32Array> state_;
  int32_t* fields_;
};

const char StreamData::kKey = 0;

// Calls obj[name](args...) through MakeCallback, if obj has such a function.
void CallMethod(Environment* env, Local<Object> obj, const char* name, int argc,
                Local<Value>* argv) {
  Local<Value> fn;
  if (!obj->Get(env->context(), Symbol(env->isolate(), name)).ToLocal(&fn) || !fn->IsFunction()) {
    return;
  }
  USE(env->MakeCallback(obj, fn.As<Function>(), argc, argv));
}

}  // namespace

StreamWrap::StreamWrap(Environment* env, Local<Object> object, uv_stream_t* stream)
    : HandleWrap(env, object, reinterpret_cast<uv_handle_t*>(stream)), stream_(stream) {}

Local<v8::Int32Array> StreamWrap::StreamState(Environment* env) {
  return env->GetBindingData<StreamData>()->state(env->isolate());
}

void StreamWrap::OnAlloc(uv_handle_t* handle, size_t suggested, uv_buf_t* buf) {
  StreamWrap* self = static_cast<StreamWrap*>(handle->data);
  StreamData* data = self->env()->GetBindingData<StreamData>();
  *buf = uv_buf_init(data->read_buffer(), StreamData::kReadBufferSize);
}

void StreamWrap::OnRead(uv_stream_t* stream, ssize_t nread, const uv_buf_t* buf) {
  if (nread == 0) return;  // EAGAIN: nothing this time
  StreamWrap* self = static_cast<StreamWrap*>(stream->data);
  Environment* env = self->env();
  if (env->is_stopping()) return;
  if (self->listener_ != nullptr) return self->listener_->OnStreamRead(nread, buf);
  self->EmitReadToJS(nread, buf);
}

// A handle that came over an IPC pipe with the bytes just read, accepted into a new
// TCP or Pipe object (undefined when there is none or it cannot be taken).
Local<Value> StreamWrap::AcceptPendingHandle() {
  Environment* env = this->env();
  Isolate* isolate = env->isolate();
  if (stream_->type != UV_NAMED_PIPE) return v8::Undefined(isolate);
  uv_pipe_t* pipe = reinterpret_cast<uv_pipe_t*>(stream_);
  if (!pipe->ipc || uv_pipe_pending_count(pipe) == 0) return v8::Undefined(isolate);
  uv_handle_type type = uv_pipe_pending_type(pipe);
  const char* binding = type == UV_TCP ? "tcp_wrap" : type == UV_NAMED_PIPE ? "pipe_wrap" : nullptr;
  const char* name = type == UV_TCP ? "TCP" : "Pipe";
  Local<Object> target;
  Local<Value> ctor;
  Local<Object> obj;
  Local<Value> socket_type = v8::Integer::New(isolate, 0);  // SOCKET in both bindings
  if (binding == nullptr || !env->GetBinding(binding).ToLocal(&target) ||
      !target->Get(env->context(), Symbol(isolate, name)).ToLocal(&ctor) ||
      !ctor->IsFunction() ||
      !ctor.As<Function>()->NewInstance(env->context(), 1, &socket_type).ToLocal(&obj)) {
    return v8::Undefined(isolate);
  }
  StreamWrap* client = Unwrap<StreamWrap>(obj);
  if (uv_accept(stream_, client->stream()) != 0) {
    client->Close();
    return v8::Undefined(isolate);
  }
  return obj;
}

// writeBuffer/writeUtf8String(req, data, handle) on an IPC pipe send a TCP or Pipe
// handle too. False when args[2] is a handle that cannot be sent.
bool StreamWrap::SendHandleArg(const FunctionCallbackInfo<Value>& args, uv_stream_t** out) {
  *out = nullptr;
  if (args.Length() <= 2 || !args[2]->IsObject()) return true;
  HandleWrap* wrap = Unwrap<HandleWrap>(args[2]);
  bool ipc = stream_->type == UV_NAMED_PIPE && reinterpret_cast<uv_pipe_t*>(stream_)->ipc;
  if (wrap == nullptr || !ipc || wrap->state() != State::kOpen ||
      (wrap->handle()->type != UV_TCP && wrap->handle()->type != UV_NAMED_PIPE)) {
    return false;
  }
  *out = reinterpret_cast<uv_stream_t*>(wrap->handle());
  return true;
}

void StreamWrap::EmitReadToJS(ssize_t nread, const uv_buf_t* buf) {
  Environment* env = this->env();
  Isolate* isolate = env->isolate();
  HandleScope scope(isolate);
  v8::Context::Scope context_scope(env->context());
  Local<Value> args[3] = {v8::Number::New(isolate, static_cast<double>(nread)),
                          v8::Undefined(isolate), v8::Undefined(isolate)};
  if (nread > 0) {
    // The only copy: out of the shared buffer into memory JS owns.
    Local<ArrayBuffer> ab = ArrayBuffer::New(isolate, static_cast<size_t>(nread));
    memcpy(ab->Data(), buf->base, static_cast<size_t>(nread));
    args[1] = ab;
    args[2] = AcceptPendingHandle();
  }
  CallMethod(env, object(), "onread", args[2]->IsUndefined() ? 2 : 3, args);
}

void StreamWrap::OnConnection(uv_stream_t* server, int status) {
  StreamWrap* self = static_cast<StreamWrap*>(server->data);
  Environment* env = self->env();
  if (env->is_stopping()) return;
  Isolate* isolate = env->isolate();
  HandleScope scope(isolate);
  v8::Context::Scope context_scope(env->context());
  Local<Value> args[2] = {v8::Integer::New(isolate, status), v8::Undefined(isolate)};
  if (status == 0) {
    StreamWrap* client = self->NewClient();
    if (client == nullptr) return;
    int err = uv_accept(server, client->stream());
    if (err != 0) {
      client->Close();
      args[0] = v8::Integer::New(isolate, err);
    } else {
      args[1] = client->object();
    }
  }
  CallMethod(env, self->object(), "onconnection", 2, args);
}

int StreamWrap::StartReading() {
  return state() == State::kOpen ? uv_read_start(stream_, OnAlloc, OnRead) : UV_EBADF;
}

int StreamWrap::StopReading() {
  return state() == State::kOpen ? uv_read_stop(stream_) : UV_EBADF;
}

void StreamWrap::ReadStart(const FunctionCallbackInfo<Value>& args) {
  StreamWrap* self = Unwrap<StreamWrap>(args.This());
  int err =
      self->state() == State::kOpen ? uv_read_start(self->stream_, OnAlloc, OnRead) : UV_EBADF;
  args.GetReturnValue().Set(err);
}

void StreamWrap::ReadStop(const FunctionCallbackInfo<Value>& args) {
  StreamWrap* self = Unwrap<StreamWrap>(args.This());
  int err = self->state() == State::kOpen ? uv_read_stop(self->stream_) : UV_EBADF;
  args.GetReturnValue().Set(err);
}

void StreamWrap::SetBlocking(const FunctionCallbackInfo<Value>& args) {
  StreamWrap* self = Unwrap<StreamWrap>(args.This());
  int err = self->state() == State::kOpen ? uv_stream_set_blocking(self->stream_, args[0]->IsTrue())
                                          : UV_EBADF;
  args.GetReturnValue().Set(err);
}

void StreamWrap::Listen(const FunctionCallbackInfo<Value>& args) {
  StreamWrap* self = Unwrap<StreamWrap>(args.This());
  int backlog = args[0]->Int32Value(args.GetIsolate()->GetCurrentContext()).FromMaybe(511);
  int err =
      self->state() == State::kOpen ? uv_listen(self->stream_, backlog, OnConnection) : UV_EBADF;
  args.GetReturnValue().Set(err);
}

// shutdown(req) -> 0 or a negative code; later req.oncomplete(status, handle).
void StreamWrap::Shutdown(const FunctionCallbackInfo<Value>& args) {
  StreamWrap* self = Unwrap<StreamWrap>(args.This());
  ShutdownWrap* req = Unwrap<ShutdownWrap>(args[0]);
  CHECK(req != nullptr);
  if (self->state() != State::kOpen) return args.GetReturnValue().Set(UV_EBADF);
  args.GetReturnValue().Set(
      req->Dispatch(uv_shutdown, req->req(), self->stream_, ShutdownWrap::OnShutdown));
}

int StreamWrap::DoWrite(Local<Object> req_object, uv_buf_t* bufs, size_t count,
                        std::string&& owned, uv_stream_t* send_handle) {
  int32_t* fields = env()->GetBindingData<StreamData>()->fields();
  size_t total = 0;
  for (size_t i = 0; i < count; i++) total += bufs[i].len;
  fields[kBytesWritten] = static_cast<int32_t>(total);
  fields[kLastWriteWasAsync] = 0;
  if (state() != State::kOpen) return UV_EBADF;

  // A handle travels with the first byte of a uv_write2: nothing goes out before it.
  int written = send_handle != nullptr ? 0 : uv_try_write(stream_, bufs, static_cast<unsigned>(count));
  if (written == UV_EAGAIN || written == UV_ENOSYS) {
    written = 0;
  } else if (written < 0) {
    return written;
  }
  // Skip what went out at once.
  size_t skip = static_cast<size_t>(written);
  size_t first = 0;
  while (first < count && skip >= bufs[first].len) {
    skip -= bufs[first].len;
    first++;
  }
  if (first == count) return 0;
  bufs[first].base += skip;
  bufs[first].len -= skip;

  WriteWrap* req = Unwrap<WriteWrap>(req_object);
  CHECK(req != nullptr);
  if (!owned.empty()) {
    // A string write has exactly one buffer, pointing into `owned`: re-point it at
    // the copy the request keeps.
    size_t offset = static_cast<size_t>(bufs[first].base - owned.data());
    req->storage = std::move(owned);
    bufs[first].base = req->storage.data() + offset;
  }
  int err = req->Dispatch(uv_write2, req->req(), stream_, bufs + first,
                          static_cast<unsigned>(count - first), send_handle, WriteWrap::OnWrite);
  if (err == 0) fields[kLastWriteWasAsync] = 1;
  return err;
}

void StreamWrap::WriteBuffer(const FunctionCallbackInfo<Value>& args) {
  StreamWrap* self = Unwrap<StreamWrap>(args.This());
  CHECK(args[0]->IsObject() && args[1]->IsArrayBufferView());
  uv_stream_t* send_handle = nullptr;
  if (!self->SendHandleArg(args, &send_handle)) return args.GetReturnValue().Set(UV_EINVAL);
  Local<v8::ArrayBufferView> view = args[1].As<v8::ArrayBufferView>();
  uv_buf_t buf = uv_buf_init(static_cast<char*>(view->Buffer()->Data()) + view->ByteOffset(),
                             static_cast<unsigned>(view->ByteLength()));
  args.GetReturnValue().Set(
      self->DoWrite(args[0].As<Object>(), &buf, 1, std::string(), send_handle));
}

// writev(req, chunks, allBuffers): chunks are views, or (allBuffers false) pairs of
// [chunk, encoding] flattened as chunk, encoding, chunk, encoding, ...
void StreamWrap::Writev(const FunctionCallbackInfo<Value>& args) {
  StreamWrap* self = Unwrap<StreamWrap>(args.This());
  Isolate* isolate = args.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  CHECK(args[0]->IsObject() && args[1]->IsArray());
  Local<v8::Array> chunks = args[1].As<v8::Array>();
  bool all_buffers = args[2]->IsTrue();
  uint32_t n = chunks->Length();
  std::vector<uv_buf_t> bufs;
  std::string storage;
  // Strings are encoded (utf8 / latin1) into one owned block; offsets fixed up after.
  std::vector<std::pair<size_t, size_t>> string_spans;  // (index in bufs, offset)
  uint32_t step = all_buffers ? 1 : 2;
  for (uint32_t i = 0; i < n; i += step) {
    Local<Value> chunk = chunks->Get(context, i).ToLocalChecked();
    if (chunk->IsArrayBufferView()) {
      Local<v8::ArrayBufferView> view = chunk.As<v8::ArrayBufferView>();
      bufs.push_back(uv_buf_init(static_cast<char*>(view->Buffer()->Data()) + view->ByteOffset(),
                                 static_cast<unsigned>(view->ByteLength())));
      continue;
    }
    Local<v8::String> str = chunk->ToString(context).ToLocalChecked();
    Utf8Value encoding(isolate, chunks->Get(context, i + 1).ToLocalChecked());
    size_t offset = storage.size();
    if (strcmp(*encoding, "latin1") == 0 || strcmp(*encoding, "binary") == 0) {
      storage.resize(offset + str->Length());
      str->WriteOneByte(isolate, reinterpret_cast<uint8_t*>(&storage[offset]), 0, -1,
                        v8::String::NO_NULL_TERMINATION);
    } else {
      size_t len = str->Utf8Length(isolate);
      storage.resize(offset + len);
      str->WriteUtf8(isolate, &storage[offset], static_cast<int>(len), nullptr,
                     v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8);
    }
    string_spans.emplace_back(bufs.size(), offset);
    bufs.push_back(uv_buf_init(nullptr, static_cast<unsigned>(storage.size() - offset)));
  }
  if (string_spans.empty()) {
    args.GetReturnValue().Set(
        self->DoWrite(args[0].As<Object>(), bufs.data(), bufs.size(), std::string()));
    return;
  }
  // Mixed writes keep their string bytes in the request from the start.
  WriteWrap* req = Unwrap<WriteWrap>(args[0]);
  CHECK(req != nullptr);
  req->storage = std::move(storage);
  for (auto& [index, offset] : string_spans) bufs[index].base = req->storage.data() + offset;
  args.GetReturnValue().Set(
      self->DoWrite(args[0].As<Object>(), bufs.data(), bufs.size(), std::string()));
}

template <int kEncoding>
void StreamWrap::WriteString(const FunctionCallbackInfo<Value>& args) {
  StreamWrap* self = Unwrap<StreamWrap>(args.This());
  Isolate* isolate = args.GetIsolate();
  CHECK(args[0]->IsObject());
  Local<v8::String> str = args[1]->ToString(isolate->GetCurrentContext()).ToLocalChecked();
  std::string bytes;
  switch (kEncoding) {
    case kUtf8: {
      bytes.resize(str->Utf8Length(isolate));
      str->WriteUtf8(isolate, bytes.data(), static_cast<int>(bytes.size()), nullptr,
                     v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8);
      break;
    }
    case kLatin1:
    case kAscii: {
      bytes.resize(str->Length());
      str->WriteOneByte(isolate, reinterpret_cast<uint8_t*>(bytes.data()), 0, -1,
                        v8::String::NO_NULL_TERMINATION);
      break;
    }
    case kUcs2: {
      std::vector<uint16_t> units(str->Length());
      str->Write(isolate, units.data(), 0, -1, v8::String::NO_NULL_TERMINATION);
      bytes.resize(units.size() * 2);
      for (size_t i = 0; i < units.size(); i++) {
        bytes[2 * i] = static_cast<char>(units[i] & 0xff);
        bytes[2 * i + 1] = static_cast<char>(units[i] >> 8);
      }
      break;
    }
  }
  uv_stream_t* send_handle = nullptr;
  if (!self->SendHandleArg(args, &send_handle)) return args.GetReturnValue().Set(UV_EINVAL);
  if (bytes.empty()) {
    uv_buf_t buf = uv_buf_init(nullptr, 0);
    args.GetReturnValue().Set(
        self->DoWrite(args[0].As<Object>(), &buf, 1, std::string(), send_handle));
    return;
  }
  uv_buf_t buf = uv_buf_init(bytes.data(), static_cast<unsigned>(bytes.size()));
  args.GetReturnValue().Set(
      self->DoWrite(args[0].As<Object>(), &buf, 1, std::move(bytes), send_handle));
}

void StreamWrap::AddMethods(Environment* env, Local<v8::FunctionTemplate> tmpl) {
  HandleWrap::AddMethods(env, tmpl);
  SetProtoMethod(env, tmpl, "readStart", ReadStart);
  SetProtoMethod(env, tmpl, "readStop", ReadStop);
  SetProtoMethod(env, tmpl, "shutdown", Shutdown);
  SetProtoMethod(env, tmpl, "writeBuffer", WriteBuffer);
  SetProtoMethod(env, tmpl, "writev", Writev);
  SetProtoMethod(env, tmpl, "writeUtf8String", WriteString<kUtf8>);
  SetProtoMethod(env, tmpl, "writeLatin1String", WriteString<kLatin1>);
  SetProtoMethod(env, tmpl, "writeAsciiString", WriteString<kAscii>);
  SetProtoMethod(env, tmpl, "writeUcs2String", WriteString<kUcs2>);
  SetProtoMethod(env, tmpl, "setBlocking", SetBlocking);
  SetProtoMethod(env, tmpl, "listen", Listen);
}

// Completion of the requests: req.oncomplete(status, handle).
namespace {

template <typename Wrap, typename Req>
void Complete(Req* req, int status) {
  Wrap* wrap = static_cast<Wrap*>(Wrap::From(req));
  Environment* env = wrap->env();
  if (!env->is_stopping()) {
    Isolate* isolate = env->isolate();
    HandleScope scope(isolate);
    v8::Context::Scope context_scope(env->context());
    StreamWrap* stream = static_cast<StreamWrap*>(req->handle->data);
    Local<Value> args[5] = {v8::Integer::New(isolate, status), stream->object(), wrap->object(),
                            v8::True(isolate), v8::True(isolate)};
    CallMethod(env, wrap->object(), "oncomplete", 5, args);
  }
  wrap->Done();
}

template <typename Wrap>
void NewRequest(const FunctionCallbackInfo<Value>& args) {
  CHECK(args.IsConstructCall());
  new Wrap(Environment::GetCurrent(args.GetIsolate()), args.This());
}

void ExportClass(Environment* env, Local<Object> target, const char* name,
                 v8::FunctionCallback constructor) {
  Local<v8::FunctionTemplate> tmpl = BaseObject::MakeTemplate(env, constructor, name);
  SetValue(env->context(), target, name, tmpl->GetFunction(env->context()).ToLocalChecked());
}

}  // namespace

void WriteWrap::OnWrite(uv_write_t* req, int status) {
  WriteWrap* wrap = static_cast<WriteWrap*>(From(req));
  Complete<WriteWrap>(req, status);
  wrap->storage.clear();
  wrap->storage.shrink_to_fit();
}

void ShutdownWrap::OnShutdown(uv_shutdown_t* req, int status) {
  Complete<ShutdownWrap>(req, status);
}

void ConnectWrap::OnConnect(uv_connect_t* req, int status) {
  Complete<ConnectWrap>(req, status);
}

void WriteWrap::New(const FunctionCallbackInfo<Value>& args) {
  NewRequest<WriteWrap>(args);
}
void ShutdownWrap::New(const FunctionCallbackInfo<Value>& args) {
  NewRequest<ShutdownWrap>(args);
}
void ConnectWrap::New(const FunctionCallbackInfo<Value>& args) {
  NewRequest<ConnectWrap>(args);
}

void ExportStreamRequestClasses(Environment* env, Local<Object> target, const char* connect_name) {
  ExportClass(env, target, "WriteWrap", WriteWrap::New);
  ExportClass(env, target, "ShutdownWrap", ShutdownWrap::New);
  ExportClass(env, target, connect_name, ConnectWrap::New);
  SetValue(env->context(), target, "streamState", StreamWrap::StreamState(env));
  SetNumber(env->context(), target, "kBytesWritten", kBytesWritten);
  SetNumber(env->context(), target, "kLastWriteWasAsync", kLastWriteWasAsync);
}

}  // namespace rt
