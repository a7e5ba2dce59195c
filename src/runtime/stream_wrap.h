// StreamWrap: a HandleWrap around a uv_stream_t (pipes, TCP sockets, TTYs), and the
// requests that write to and shut down such a stream.
//
// Rules:
// - Reading: readStart()/readStop(). Each read lands in one reusable 64 KiB buffer
//   per Environment; only the bytes read are copied into a fresh ArrayBuffer that JS
//   keeps. JS gets `this.onread(nread, arrayBuffer)`; nread < 0 is a libuv error
//   (UV_EOF at the end), arrayBuffer is then undefined. On an IPC pipe, a TCP or Pipe
//   handle sent with those bytes comes as a third argument, already accepted.
// - Handle passing: writeUtf8String/writeBuffer(req, data, handle) on an IPC pipe
//   send the handle (a TCP or Pipe object) with the data's first byte.
// - Writing: writeBuffer/writev/write*String(req, data) first try uv_try_write; what
//   is written at once completes synchronously (streamState[kLastWriteWasAsync] = 0,
//   no callback). Otherwise the rest goes out with uv_write, and req.oncomplete(status,
//   handle) runs when it is done. Every write returns 0 or a negative libuv code, and
//   sets streamState[kBytesWritten].
// - JS keeps Buffers passed to a pending write alive (req.buffer = data); strings are
//   copied into the WriteWrap, which owns them.
// - Servers: listen(backlog) calls `this.onconnection(status, clientHandle)`; the
//   subclass makes the client handle (see PipeWrap / TCPWrap).
#ifndef RT_RUNTIME_STREAM_WRAP_H_
#define RT_RUNTIME_STREAM_WRAP_H_

#include <uv.h>

#include <string>
#include <vector>

#include "runtime/handle_wrap.h"
#include "runtime/req_wrap.h"

namespace rt {

// Indices of the Int32Array `streamState` exported by every stream binding.
enum StreamStateField { kBytesWritten = 0, kLastWriteWasAsync = 1, kStreamStateFields };

// A C++ consumer of a stream's reads (the TLS engine in tls_wrap.cc): while one is
// set, each read goes to it (from the shared buffer, nread < 0 for EOF and errors)
// instead of JS's onread.
class StreamListener {
 public:
  virtual void OnStreamRead(ssize_t nread, const uv_buf_t* buf) = 0;

 protected:
  ~StreamListener() = default;
};

class StreamWrap : public HandleWrap {
 public:
  StreamWrap(Environment* env, v8::Local<v8::Object> object, uv_stream_t* stream);

  uv_stream_t* stream() const { return stream_; }
  void set_listener(StreamListener* listener) { listener_ = listener; }
  StreamListener* listener() const { return listener_; }
  // What a read does without a listener: `this.onread(nread, arrayBuffer)` through
  // MakeCallback. A listener hands back what it does not handle itself (EOF, errors).
  void EmitReadToJS(ssize_t nread, const uv_buf_t* buf);
  // readStart()/readStop() for a C++ listener: 0 or a negative libuv code.
  int StartReading();
  int StopReading();

  // Adds readStart, readStop, shutdown, writeBuffer, writev, writeUtf8String,
  // writeLatin1String, writeAsciiString, writeUcs2String, setBlocking, listen,
  // plus HandleWrap's methods; and `streamState` on the binding target.
  static void AddMethods(Environment* env, v8::Local<v8::FunctionTemplate> tmpl);
  static v8::Local<v8::Int32Array> StreamState(Environment* env);

 protected:
  // For servers: make the JS object and wrap of a new client, not yet accepted.
  virtual StreamWrap* NewClient() { return nullptr; }

 private:
  static void OnAlloc(uv_handle_t* handle, size_t suggested, uv_buf_t* buf);
  static void OnRead(uv_stream_t* stream, ssize_t nread, const uv_buf_t* buf);
  static void OnConnection(uv_stream_t* server, int status);

  static void ReadStart(const v8::FunctionCallbackInfo<v8::Value>& args);
  static void ReadStop(const v8::FunctionCallbackInfo<v8::Value>& args);
  static void Shutdown(const v8::FunctionCallbackInfo<v8::Value>& args);
  static void WriteBuffer(const v8::FunctionCallbackInfo<v8::Value>& args);
  static void Writev(const v8::FunctionCallbackInfo<v8::Value>& args);
  template <int kEncoding>
  static void WriteString(const v8::FunctionCallbackInfo<v8::Value>& args);
  static void SetBlocking(const v8::FunctionCallbackInfo<v8::Value>& args);
  static void Listen(const v8::FunctionCallbackInfo<v8::Value>& args);

  // Tries to write bufs now; queues what is left. 0 or a negative libuv code. With a
  // send_handle (IPC pipes), all of it is queued with uv_write2.
  int DoWrite(v8::Local<v8::Object> req_object, uv_buf_t* bufs, size_t count,
              std::string&& owned_storage, uv_stream_t* send_handle = nullptr);
  v8::Local<v8::Value> AcceptPendingHandle();
  bool SendHandleArg(const v8::FunctionCallbackInfo<v8::Value>& args, uv_stream_t** out);

  uv_stream_t* stream_;
  StreamListener* listener_ = nullptr;
};

// A pending uv_write: keeps the request object (and whatever it references) alive.
class WriteWrap : public ReqWrap<uv_write_t> {
 public:
  WriteWrap(Environment* env, v8::Local<v8::Object> object) : ReqWrap(env, object) {}
  std::string storage;  // bytes of a string write, owned here until completion
  static void OnWrite(uv_write_t* req, int status);
  static void New(const v8::FunctionCallbackInfo<v8::Value>& args);
};

class ShutdownWrap : public ReqWrap<uv_shutdown_t> {
 public:
  ShutdownWrap(Environment* env, v8::Local<v8::Object> object) : ReqWrap(env, object) {}
  static void OnShutdown(uv_shutdown_t* req, int status);
  static void New(const v8::FunctionCallbackInfo<v8::Value>& args);
};

// A pending uv_connect (pipes and TCP): req.oncomplete(status, handle, req, true, true).
class ConnectWrap : public ReqWrap<uv_connect_t> {
 public:
  ConnectWrap(Environment* env, v8::Local<v8::Object> object) : ReqWrap(env, object) {}
  static void OnConnect(uv_connect_t* req, int status);
  static void New(const v8::FunctionCallbackInfo<v8::Value>& args);
};

// Exports WriteWrap, ShutdownWrap and ConnectWrap constructors on a binding target, the
// last under Node's name for it there (TCPConnectWrap, PipeConnectWrap: stacks show it).
void ExportStreamRequestClasses(Environment* env, v8::Local<v8::Object> target,
                                const char* connect_name);

}  // namespace rt

#endif  // RT_RUNTIME_STREAM_WRAP_H_
