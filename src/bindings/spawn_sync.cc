// The `spawn_sync` binding: spawn(options) runs a child to completion on a private
// libuv loop (so no JS and no other handle of the Environment runs meanwhile),
// feeding `input` to its stdin and collecting what it writes, for
// child_process.spawnSync / execSync / execFileSync.
//
// options: { file, args, cwd, envPairs, detached, uid, gid, timeout, maxBuffer,
//            killSignal, stdio: [{ type: 'pipe', readable, writable, input? } |
//            { type: 'ignore' } | { type: 'fd', fd } | { type: 'inherit' }] }
// result:  { status, signal, output, pid, error? } as Node's binding returns it:
//          output[i] is an ArrayBuffer for each pipe the child writes, null otherwise;
//          error is a negative libuv code (the spawn failure, ETIMEDOUT, ENOBUFS, ...).
#include <csignal>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "bindings/binding_list.h"
#include "runtime/environment.h"
#include "util/spawn_options.h"
#include "util/v8_util.h"

namespace rt {
namespace {

using v8::Context;
using v8::FunctionCallbackInfo;
using v8::Isolate;
using v8::Local;
using v8::Object;
using v8::Value;

class SyncRunner;

// One pipe between this process and the child.
struct SyncPipe {
  SyncRunner* runner = nullptr;
  uv_pipe_t handle;
  bool child_reads = false;   // its stdin-like end: we write `input`, then shut down
  bool child_writes = false;  // we collect its output
  bool reading_done = true;   // false while we still expect its output
  bool writing_done = true;   // false until `input` is written and the end shut down
  bool closing = false;
  std::string input;
  std::string output;
  uv_write_t write_req;
  uv_shutdown_t shutdown_req;
};

class SyncRunner {
 public:
  SyncRunner() { CHECK_EQ(uv_loop_init(&loop_), 0); }
  ~SyncRunner() { CHECK_EQ(uv_loop_close(&loop_), 0); }

  // Runs the child described by `js`; fills the result object. Nothing if a getter threw.
  v8::MaybeLocal<Object> Run(Local<Context> context, Local<Object> js);

 private:
  static void OnExit(uv_process_t* process, int64_t exit_status, int term_signal);
  static void OnTimeout(uv_timer_t* timer);
  static void OnAlloc(uv_handle_t* handle, size_t suggested, uv_buf_t* buf);
  static void OnRead(uv_stream_t* stream, ssize_t nread, const uv_buf_t* buf);
  static void OnWrite(uv_write_t* req, int status);
  static void OnShutdown(uv_shutdown_t* req, int status);

  bool ReadOptions(Local<Context> context, Local<Object> js);
  void StartPipes();
  void ClosePipe(SyncPipe* pipe);
  void ClosePipeIfDone(SyncPipe* pipe) {
    if (pipe->reading_done && pipe->writing_done) ClosePipe(pipe);
  }
  void CloseAllPipes();
  void CloseTimer();
  void Kill();
  void SetError(int err) {
    if (error_ == 0) error_ = err;
  }
  void SetPipeError(int err) {
    if (pipe_error_ == 0) pipe_error_ = err;
  }
  Local<Object> BuildResult(Local<Context> context, bool spawned);

  uv_loop_t loop_;
  uv_process_t process_;
  uv_timer_t timer_;
  bool timer_open_ = false;
  SpawnOptions options_;
  std::vector<std::unique_ptr<SyncPipe>> pipes_;  // by stdio index; null where no pipe
  double timeout_ = 0;
  double max_buffer_ = 0;
  int kill_signal_ = SIGTERM;
  double buffered_ = 0;
  bool killed_ = false;
  bool exited_ = false;
  int64_t exit_status_ = -1;
  int term_signal_ = 0;
  int error_ = 0;
  int pipe_error_ = 0;
  char read_buffer_[64 * 1024];
};

bool SyncRunner::ReadOptions(Local<Context> context, Local<Object> js) {
  Isolate* isolate = context->GetIsolate();
  if (options_.Parse(context, js).IsNothing()) return false;
  Local<Value> value;
  if (!js->Get(context, Symbol(isolate, "timeout")).ToLocal(&value)) return false;
  if (value->IsNumber()) timeout_ = value.As<v8::Number>()->Value();
  if (!js->Get(context, Symbol(isolate, "maxBuffer")).ToLocal(&value)) return false;
  if (value->IsNumber()) max_buffer_ = value.As<v8::Number>()->Value();
  if (!js->Get(context, Symbol(isolate, "killSignal")).ToLocal(&value)) return false;
  if (value->IsInt32()) kill_signal_ = value.As<v8::Int32>()->Value();

  const auto& entries = options_.stdio_entries();
  pipes_.resize(entries.size());
  for (size_t i = 0; i < entries.size(); i++) {
    if (entries[i].type != SpawnOptions::StdioEntry::kPipe) continue;
    auto pipe = std::make_unique<SyncPipe>();
    pipe->runner = this;
    Local<Object> entry = entries[i].object;
    if (!entry->Get(context, Symbol(isolate, "readable")).ToLocal(&value)) return false;
    pipe->child_reads = value->IsTrue();
    if (!entry->Get(context, Symbol(isolate, "writable")).ToLocal(&value)) return false;
    pipe->child_writes = value->IsTrue();
    pipe->reading_done = !pipe->child_writes;
    pipe->writing_done = !pipe->child_reads;
    if (!entry->Get(context, Symbol(isolate, "input")).ToLocal(&value)) return false;
    if (value->IsArrayBufferView()) {
      Local<v8::ArrayBufferView> view = value.As<v8::ArrayBufferView>();
      pipe->input.resize(view->ByteLength());
      view->CopyContents(pipe->input.data(), pipe->input.size());
    }
    CHECK_EQ(uv_pipe_init(&loop_, &pipe->handle, 0), 0);
    pipe->handle.data = pipe.get();
    int flags = UV_CREATE_PIPE;
    if (pipe->child_reads) flags |= UV_READABLE_PIPE;
    if (pipe->child_writes) flags |= UV_WRITABLE_PIPE;
    uv_stdio_container_t& container = options_.stdio()[i];
    container.flags = static_cast<uv_stdio_flags>(flags);
    container.data.stream = reinterpret_cast<uv_stream_t*>(&pipe->handle);
    pipes_[i] = std::move(pipe);
  }
  return true;
}

v8::MaybeLocal<Object> SyncRunner::Run(Local<Context> context, Local<Object> js) {
  if (!ReadOptions(context, js)) {
    CloseAllPipes();
    uv_run(&loop_, UV_RUN_DEFAULT);
    return v8::MaybeLocal<Object>();
  }
  process_.data = this;
  int err = uv_spawn(&loop_, &process_, options_.Build(OnExit));
  if (err != 0) {
    SetError(err);
    // uv_spawn initialised the handle before failing: close it with the pipes.
    uv_close(reinterpret_cast<uv_handle_t*>(&process_), nullptr);
    CloseAllPipes();
    uv_run(&loop_, UV_RUN_DEFAULT);
    return BuildResult(context, false);
  }
  StartPipes();
  if (timeout_ > 0) {
    CHECK_EQ(uv_timer_init(&loop_, &timer_), 0);
    timer_.data = this;
    timer_open_ = true;
    uv_timer_start(&timer_, OnTimeout, static_cast<uint64_t>(timeout_), 0);
  }
  uv_run(&loop_, UV_RUN_DEFAULT);
  // The child exited and every pipe reached its end (or was closed by Kill).
  CloseTimer();
  uv_run(&loop_, UV_RUN_DEFAULT);
  return BuildResult(context, true);
}

void SyncRunner::StartPipes() {
  for (auto& pipe : pipes_) {
    if (!pipe) continue;
    uv_stream_t* stream = reinterpret_cast<uv_stream_t*>(&pipe->handle);
    if (pipe->child_writes) {
      int err = uv_read_start(stream, OnAlloc, OnRead);
      if (err != 0) {
        SetPipeError(err);
        ClosePipe(pipe.get());
        continue;
      }
    }
    if (pipe->child_reads) {
      pipe->write_req.data = pipe.get();
      pipe->shutdown_req.data = pipe.get();
      int err;
      if (!pipe->input.empty()) {
        uv_buf_t buf = uv_buf_init(pipe->input.data(), static_cast<unsigned>(pipe->input.size()));
        err = uv_write(&pipe->write_req, stream, &buf, 1, OnWrite);
      } else {
        err = uv_shutdown(&pipe->shutdown_req, stream, OnShutdown);
      }
      if (err != 0) {
        SetPipeError(err);
        ClosePipe(pipe.get());
      }
    }
    ClosePipeIfDone(pipe.get());
  }
}

void SyncRunner::OnExit(uv_process_t* process, int64_t exit_status, int term_signal) {
  SyncRunner* self = static_cast<SyncRunner*>(process->data);
  self->exited_ = true;
  self->exit_status_ = exit_status;
  self->term_signal_ = term_signal;
  uv_close(reinterpret_cast<uv_handle_t*>(process), nullptr);
  // The pipes may stay open if a grandchild holds them; Node waits for them too,
  // unless the timeout fires. The timer only guards the child itself, though.
  bool pipes_open = false;
  for (auto& pipe : self->pipes_) {
    if (pipe && !pipe->closing) pipes_open = true;
  }
  if (!pipes_open) self->CloseTimer();
}

void SyncRunner::OnTimeout(uv_timer_t* timer) {
  SyncRunner* self = static_cast<SyncRunner*>(timer->data);
  self->SetError(UV_ETIMEDOUT);
  self->Kill();
}

void SyncRunner::OnAlloc(uv_handle_t* handle, size_t, uv_buf_t* buf) {
  SyncRunner* self = static_cast<SyncPipe*>(handle->data)->runner;
  *buf = uv_buf_init(self->read_buffer_, sizeof(self->read_buffer_));
}

void SyncRunner::OnRead(uv_stream_t* stream, ssize_t nread, const uv_buf_t* buf) {
  SyncPipe* pipe = static_cast<SyncPipe*>(stream->data);
  SyncRunner* self = pipe->runner;
  if (nread == 0) return;
  if (nread < 0) {
    if (nread != UV_EOF) self->SetPipeError(static_cast<int>(nread));
    uv_read_stop(stream);
    pipe->reading_done = true;
    self->ClosePipeIfDone(pipe);
    return;
  }
  pipe->output.append(buf->base, static_cast<size_t>(nread));
  self->buffered_ += static_cast<double>(nread);
  if (self->max_buffer_ > 0 && self->buffered_ > self->max_buffer_) {
    self->SetError(UV_ENOBUFS);
    self->Kill();
  }
}

void SyncRunner::OnWrite(uv_write_t* req, int status) {
  SyncPipe* pipe = static_cast<SyncPipe*>(req->data);
  if (status < 0) {
    pipe->runner->SetPipeError(status);
    pipe->runner->ClosePipe(pipe);
    return;
  }
  if (pipe->closing) return;
  int err = uv_shutdown(&pipe->shutdown_req, req->handle, OnShutdown);
  if (err != 0) {
    pipe->runner->SetPipeError(err);
    pipe->runner->ClosePipe(pipe);
  }
}

void SyncRunner::OnShutdown(uv_shutdown_t* req, int status) {
  SyncPipe* pipe = static_cast<SyncPipe*>(req->data);
  // ENOTCONN: the child closed its end first; not an error.
  if (status < 0 && status != UV_ENOTCONN && status != UV_ECANCELED) {
    pipe->runner->SetPipeError(status);
  }
  pipe->writing_done = true;
  pipe->runner->ClosePipeIfDone(pipe);
}

void SyncRunner::ClosePipe(SyncPipe* pipe) {
  if (pipe->closing) return;
  pipe->closing = true;
  uv_close(reinterpret_cast<uv_handle_t*>(&pipe->handle), nullptr);
  bool pipes_open = false;
  for (auto& p : pipes_) {
    if (p && !p->closing) pipes_open = true;
  }
  if (!pipes_open && exited_) CloseTimer();
}

void SyncRunner::CloseAllPipes() {
  for (auto& pipe : pipes_) {
    if (pipe) ClosePipe(pipe.get());
  }
}

void SyncRunner::CloseTimer() {
  if (!timer_open_) return;
  timer_open_ = false;
  uv_close(reinterpret_cast<uv_handle_t*>(&timer_), nullptr);
}

// Like Node: signal the child once (SIGKILL if killSignal is refused), and close our
// ends of the pipes so a grandchild holding them cannot make us wait.
void SyncRunner::Kill() {
  if (killed_) return;
  killed_ = true;
  if (!exited_) {
    int err = uv_process_kill(&process_, kill_signal_);
    if (err < 0 && err != UV_ESRCH) {
      SetError(err);
      uv_process_kill(&process_, SIGKILL);
    }
  }
  CloseAllPipes();
  CloseTimer();
}

Local<Object> SyncRunner::BuildResult(Local<Context> context, bool spawned) {
  Isolate* isolate = context->GetIsolate();
  Local<Object> result = Object::New(isolate);
  Local<Value> null = v8::Null(isolate);
  int error = error_ != 0 ? error_ : pipe_error_;
  if (error != 0) SetNumber(context, result, "error", error);
  if (!spawned) {
    SetValue(context, result, "status", null);
    SetValue(context, result, "signal", null);
    SetValue(context, result, "output", null);
    SetNumber(context, result, "pid", 0);
    return result;
  }
  const char* signal = term_signal_ > 0 ? SignalName(term_signal_) : nullptr;
  if (term_signal_ > 0 || !exited_) {
    SetValue(context, result, "status", null);
  } else {
    SetNumber(context, result, "status", static_cast<double>(exit_status_));
  }
  SetValue(context, result, "signal",
           signal != nullptr ? OneByteString(isolate, signal).As<Value>() : null);
  Local<v8::Array> output = v8::Array::New(isolate, static_cast<int>(pipes_.size()));
  for (size_t i = 0; i < pipes_.size(); i++) {
    Local<Value> item = null;
    if (pipes_[i] && pipes_[i]->child_writes) {
      const std::string& bytes = pipes_[i]->output;
      Local<v8::ArrayBuffer> ab = v8::ArrayBuffer::New(isolate, bytes.size());
      if (!bytes.empty()) memcpy(ab->Data(), bytes.data(), bytes.size());
      item = ab;
    }
    output->Set(context, static_cast<uint32_t>(i), item).Check();
  }
  SetValue(context, result, "output", output);
  SetNumber(context, result, "pid", process_.pid);
  return result;
}

// spawn(options) -> result (see the top of this file)
void Spawn(const FunctionCallbackInfo<Value>& args) {
  Local<Context> context = args.GetIsolate()->GetCurrentContext();
  CHECK(args[0]->IsObject());
  auto runner = std::make_unique<SyncRunner>();
  Local<Object> result;
  if (runner->Run(context, args[0].As<Object>()).ToLocal(&result)) {
    args.GetReturnValue().Set(result);
  }
}

void Initialize(Environment* env, Local<Object> target) {
  SetMethod(env->context(), target, "spawn", Spawn);
}

}  // namespace
}  // namespace rt

RT_BINDING(spawn_sync, rt::Initialize)
