// The `http_parser` binding: HTTPParser, llhttp through HttpMessageParser. One call
// into JS per message head (all headers as one flat array) and one per body slice.
//
// JS sets callbacks by index: parser[kOnMessageBegin](), parser[kOnHeaders](trailers,
// url), parser[kOnHeadersComplete](versionMajor, versionMinor, headers, method, url,
// statusCode, statusMessage, upgrade, shouldKeepAlive) -> 0 | 1 (skip body) | 2
// (upgrade), parser[kOnBody](buffer, start, length), parser[kOnMessageComplete]().
// execute(buffer) returns the bytes parsed, or an Error (code HPE_*, bytesParsed, reason).
//
// consume(handle) makes the parser the C++ read listener of a StreamWrap (TCP or pipe):
// each read is parsed straight from the stream's shared buffer, with no ArrayBuffer per
// read and no onread. The callbacks then run through MakeCallback; kOnBody gets an
// ArrayBuffer of exactly the body bytes, (arrayBuffer, 0, length). After each read
// parser[kOnExecute](ret, nread, chunk) runs: ret as execute()'s; chunk is a copy of
// the whole read (an ArrayBuffer) when ret is an Error or the parser stopped early
// (upgrade), else undefined. If a callback threw, the read ends there without
// kOnExecute. EOF and read errors go to the handle's own onread, as if it were not
// consumed. unconsume() gives the reads back to the handle.
#include "bindings/binding_list.h"
#include "http/message_parser.h"
#include "runtime/base_object.h"
#include "runtime/environment.h"
#include "runtime/stream_wrap.h"
#include "util/v8_util.h"

namespace rt {
namespace {

using v8::Array;
using v8::Context;
using v8::Function;
using v8::FunctionCallbackInfo;
using v8::Isolate;
using v8::Local;
using v8::Object;
using v8::Value;

enum Callback {
  kOnMessageBegin = 0,
  kOnHeaders = 1,
  kOnHeadersComplete = 2,
  kOnBody = 3,
  kOnMessageComplete = 4,
  kOnExecute = 5,
  kOnTimeout = 6,
};

Local<v8::String> Latin1(Isolate* isolate, const std::string& s) {
  return OneByteString(isolate, s.data(), static_cast<int>(s.size()));
}

Local<Array> Latin1Array(Isolate* isolate, const std::vector<std::string>& list) {
  std::vector<Local<Value>> values;
  values.reserve(list.size());
  for (const std::string& s : list) values.push_back(Latin1(isolate, s));
  return Array::New(isolate, values.data(), values.size());
}

class Parser : public BaseObject, public HttpMessageParser::Delegate, public StreamListener {
 public:
  Parser(Environment* env, Local<Object> object) : BaseObject(env, object) {}

  static void New(const FunctionCallbackInfo<Value>& args) {
    CHECK(args.IsConstructCall());
    new Parser(Environment::GetCurrent(args.GetIsolate()), args.This());
  }

  // initialize(type, resource, maxHeaderSize = 16 KiB, lenient = false)
  static void Initialize(const FunctionCallbackInfo<Value>& args) {
    Parser* self = Unwrap<Parser>(args.This());
    Local<Context> context = args.GetIsolate()->GetCurrentContext();
    int type = args[0]->Int32Value(context).FromMaybe(0);
    double max = args[2]->IsNumber() && args[2].As<v8::Number>()->Value() > 0
                     ? args[2].As<v8::Number>()->Value()
                     : 16 * 1024;
    self->parser_.Init(
        type == 0 ? HttpMessageParser::Type::kRequest : HttpMessageParser::Type::kResponse, self,
        static_cast<size_t>(max), args[3]->IsTrue());
  }

  // execute(buffer) -> bytes parsed, or an Error
  static void Execute(const FunctionCallbackInfo<Value>& args) {
    Parser* self = Unwrap<Parser>(args.This());
    Isolate* isolate = args.GetIsolate();
    CHECK(args[0]->IsArrayBufferView());
    Local<v8::ArrayBufferView> view = args[0].As<v8::ArrayBufferView>();
    const char* data = static_cast<const char*>(view->Buffer()->Data()) + view->ByteOffset();
    v8::TryCatch try_catch(isolate);
    self->current_buffer_ = view;
    size_t consumed = self->parser_.Execute(data, view->ByteLength());
    self->current_buffer_.Clear();
    if (try_catch.HasCaught()) {
      try_catch.ReThrow();
      return;
    }
    if (!self->parser_.ok()) {
      return args.GetReturnValue().Set(self->MakeError(consumed));
    }
    args.GetReturnValue().Set(static_cast<double>(consumed));
  }

  // finish() -> undefined or an Error
  static void Finish(const FunctionCallbackInfo<Value>& args) {
    Parser* self = Unwrap<Parser>(args.This());
    v8::TryCatch try_catch(args.GetIsolate());
    bool ok = self->parser_.Finish();
    if (try_catch.HasCaught()) {
      try_catch.ReThrow();
      return;
    }
    if (!ok) args.GetReturnValue().Set(self->MakeError(0));
  }

  // consume(handle): handle is a TCP or Pipe wrap.
  static void Consume(const FunctionCallbackInfo<Value>& args) {
    Parser* self = Unwrap<Parser>(args.This());
    StreamWrap* stream = Unwrap<StreamWrap>(args[0]);
    CHECK(stream != nullptr);
    CHECK(stream->listener() == nullptr);
    self->Unconsume();
    self->stream_ = stream;
    self->stream_object_.Reset(args.GetIsolate(), stream->object());
    stream->set_listener(self);
    // Pooled parsers serve many connections: callbacks run in this one's context.
    self->CaptureAsyncFrame();
    // Alive while libuv may call into it through the stream.
    self->MakeStrong();
  }

  static void Unconsume(const FunctionCallbackInfo<Value>& args) {
    Unwrap<Parser>(args.This())->Unconsume();
  }

  void Unconsume() {
    if (stream_ == nullptr) return;
    if (stream_->listener() == this) stream_->set_listener(nullptr);
    stream_ = nullptr;
    stream_object_.Reset();
    MakeWeak();
  }

  void OnStreamRead(ssize_t nread, const uv_buf_t* buf) override {
    Environment* env = this->env();
    if (nread < 0) {
      // EOF and errors: the socket's own path (end, allowHalfOpen, destroy).
      StreamWrap* stream = stream_;
      return stream->EmitReadToJS(nread, buf);
    }
    Isolate* isolate = env->isolate();
    v8::HandleScope scope(isolate);
    Context::Scope context_scope(env->context());
    // Keep both alive even if JS unconsumes and drops them during the callbacks.
    Local<Object> keep_stream = stream_object_.Get(isolate);
    Local<Object> keep_self = object();
    // No callback scope around the whole read: as in Node, ticks and microtasks run
    // after kOnBody, kOnHeaders (trailers) and kOnExecute, not after the other
    // callbacks, so a request's 'end' comes after what its handler queued.
    consuming_ = true;
    consume_data_ = buf->base;
    got_exception_ = false;
    size_t consumed = parser_.Execute(buf->base, static_cast<size_t>(nread));
    consuming_ = false;
    consume_data_ = nullptr;
    if (got_exception_) return;
    Local<Value> argv[3] = {v8::Number::New(isolate, static_cast<double>(consumed)),
                            v8::Number::New(isolate, static_cast<double>(nread)),
                            v8::Undefined(isolate)};
    bool failed = !parser_.ok();
    if (failed) argv[0] = MakeError(consumed);
    if (failed || consumed < static_cast<size_t>(nread)) {
      Local<v8::ArrayBuffer> chunk = v8::ArrayBuffer::New(isolate, static_cast<size_t>(nread));
      memcpy(chunk->Data(), buf->base, static_cast<size_t>(nread));
      argv[2] = chunk;
    }
    // Through MakeCallback: an exception thrown here (an 'upgrade' listener) is uncaught.
    Local<Value> on_execute;
    if (object()->Get(env->context(), kOnExecute).ToLocal(&on_execute) && on_execute->IsFunction())
      USE(env->MakeCallback(object(), on_execute.As<Function>(), 3, argv));
    USE(keep_stream);
    USE(keep_self);
  }

  static void Pause(const FunctionCallbackInfo<Value>& args) {
    Unwrap<Parser>(args.This())->parser_.Pause();
  }

  static void Resume(const FunctionCallbackInfo<Value>& args) {
    Unwrap<Parser>(args.This())->parser_.Resume();
  }

  int OnMessageBegin() override {
    return CallIndex(kOnMessageBegin, 0, nullptr, /*drain=*/false).IsEmpty() ? -1 : 0;
  }

  int OnHeadersComplete(const HttpMessageParser::Head& head) override {
    Isolate* isolate = env()->isolate();
    Local<Value> argv[] = {
        v8::Integer::New(isolate, head.version_major),
        v8::Integer::New(isolate, head.version_minor),
        Latin1Array(isolate, head.headers),
        v8::Integer::New(isolate, head.method),
        Latin1(isolate, head.url),
        v8::Integer::New(isolate, head.status_code),
        Latin1(isolate, head.status_message),
        v8::Boolean::New(isolate, head.upgrade),
        v8::Boolean::New(isolate, head.should_keep_alive),
    };
    Local<Value> ret;
    if (!CallIndex(kOnHeadersComplete, 9, argv, /*drain=*/false).ToLocal(&ret)) return -1;
    return ret->Int32Value(env()->context()).FromMaybe(0);
  }

  int OnBody(size_t offset, size_t length) override {
    Isolate* isolate = env()->isolate();
    if (consuming_) {
      // The read buffer is shared: the body gets memory of its own.
      Local<v8::ArrayBuffer> ab = v8::ArrayBuffer::New(isolate, length);
      memcpy(ab->Data(), consume_data_ + offset, length);
      Local<Value> argv[] = {ab, v8::Integer::New(isolate, 0),
                             v8::Number::New(isolate, static_cast<double>(length))};
      return CallIndex(kOnBody, 3, argv).IsEmpty() ? -1 : 0;
    }
    Local<Value> argv[] = {current_buffer_, v8::Number::New(isolate, static_cast<double>(offset)),
                           v8::Number::New(isolate, static_cast<double>(length))};
    return CallIndex(kOnBody, 3, argv).IsEmpty() ? -1 : 0;
  }

  int OnMessageComplete(const std::vector<std::string>& trailers) override {
    Isolate* isolate = env()->isolate();
    if (!trailers.empty()) {
      Local<Value> argv[] = {Latin1Array(isolate, trailers), v8::String::Empty(isolate)};
      if (CallIndex(kOnHeaders, 2, argv).IsEmpty()) return -1;
    }
    return CallIndex(kOnMessageComplete, 0, nullptr, /*drain=*/false).IsEmpty() ? -1 : 0;
  }

 private:
  // Calls this[index](...) if it is a function. Empty result: it threw.
  // Consuming, a callback runs as from libuv; drain false leaves the ticks it queued
  // for the next callback that drains.
  v8::MaybeLocal<Value> CallIndex(uint32_t index, int argc, Local<Value>* argv, bool drain = true) {
    Isolate* isolate = env()->isolate();
    Local<Context> context = env()->context();
    Local<Value> fn;
    if (!object()->Get(context, index).ToLocal(&fn)) return v8::MaybeLocal<Value>();
    if (!fn->IsFunction()) return v8::Undefined(isolate);
    if (!consuming_) return fn.As<Function>()->Call(context, object(), argc, argv);
    v8::MaybeLocal<Value> ret = drain ? env()->MakeCallback(object(), fn.As<Function>(), argc, argv)
                                      : env()->CallIntoJS(object(), fn.As<Function>(), argc, argv);
    if (ret.IsEmpty()) got_exception_ = true;
    return ret;
  }

  Local<Value> MakeError(size_t consumed) {
    Isolate* isolate = env()->isolate();
    Local<Context> context = env()->context();
    std::string reason = parser_.error_reason();
    Local<Object> error =
        v8::Exception::Error(Utf8String(isolate, "Parse Error: " + reason)).As<Object>();
    SetNumber(context, error, "bytesParsed", static_cast<double>(consumed));
    SetValue(context, error, "code", OneByteString(isolate, parser_.error_code().c_str()));
    SetValue(context, error, "reason", Utf8String(isolate, reason));
    return error;
  }

  HttpMessageParser parser_;
  Local<v8::ArrayBufferView> current_buffer_;
  // While consume()d: the stream read from, and the read being parsed.
  StreamWrap* stream_ = nullptr;
  v8::Global<Object> stream_object_;
  bool consuming_ = false;
  bool got_exception_ = false;
  const char* consume_data_ = nullptr;
};

void Initialize(Environment* env, Local<Object> target) {
  Isolate* isolate = env->isolate();
  Local<Context> context = env->context();
  Local<v8::FunctionTemplate> tmpl = BaseObject::MakeTemplate(env, Parser::New, "HTTPParser");
  BaseObject::SetProtoMethod(env, tmpl, "initialize", Parser::Initialize);
  BaseObject::SetProtoMethod(env, tmpl, "execute", Parser::Execute);
  BaseObject::SetProtoMethod(env, tmpl, "finish", Parser::Finish);
  BaseObject::SetProtoMethod(env, tmpl, "consume", Parser::Consume);
  BaseObject::SetProtoMethod(env, tmpl, "unconsume", Parser::Unconsume);
  BaseObject::SetProtoMethod(env, tmpl, "pause", Parser::Pause);
  BaseObject::SetProtoMethod(env, tmpl, "resume", Parser::Resume);
  Local<Function> ctor = tmpl->GetFunction(context).ToLocalChecked();
  SetNumber(context, ctor, "REQUEST", 0);
  SetNumber(context, ctor, "RESPONSE", 1);
  SetNumber(context, ctor, "kOnMessageBegin", kOnMessageBegin);
  SetNumber(context, ctor, "kOnHeaders", kOnHeaders);
  SetNumber(context, ctor, "kOnHeadersComplete", kOnHeadersComplete);
  SetNumber(context, ctor, "kOnBody", kOnBody);
  SetNumber(context, ctor, "kOnMessageComplete", kOnMessageComplete);
  SetNumber(context, ctor, "kOnExecute", kOnExecute);
  SetNumber(context, ctor, "kOnTimeout", kOnTimeout);
  SetValue(context, target, "HTTPParser", ctor);

  // methods[i] is the name of llhttp method i (gaps are undefined); allMethods lists all.
  Local<Array> methods = Array::New(isolate);
  Local<Array> all = Array::New(isolate);
  uint32_t n = 0;
#define RT_ADD_METHOD(num, name, string) \
  methods->Set(context, num, OneByteString(isolate, #string)).Check();
  HTTP_METHOD_MAP(RT_ADD_METHOD)
#undef RT_ADD_METHOD
#define RT_ADD_ANY_METHOD(num, name, string) \
  all->Set(context, n++, OneByteString(isolate, #string)).Check();
  HTTP_ALL_METHOD_MAP(RT_ADD_ANY_METHOD)
#undef RT_ADD_ANY_METHOD
  SetValue(context, target, "methods", methods);
  SetValue(context, target, "allMethods", all);
}

}  // namespace
}  // namespace rt

RT_BINDING(http_parser, rt::Initialize)
