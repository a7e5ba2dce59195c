// The `stdio` binding: blocking writes to fds 1/2 (so nothing is lost at exit),
// reading a whole fd (piped scripts), and what kind of thing an fd is.
#include <errno.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <uv.h>

#include <string>

#include "bindings/binding_list.h"
#include "runtime/environment.h"
#include "util/v8_util.h"

namespace rt {
namespace {

using v8::Context;
using v8::FunctionCallbackInfo;
using v8::Isolate;
using v8::Local;
using v8::Object;
using v8::Value;

// Writes all of data, waiting when the fd is non-blocking and full. 0 or -errno.
int WriteAll(int fd, const char* data, size_t length) {
  while (length > 0) {
    ssize_t n = write(fd, data, length);
    if (n >= 0) {
      data += n;
      length -= static_cast<size_t>(n);
      continue;
    }
    if (errno == EINTR) continue;
    if (errno == EAGAIN || errno == EWOULDBLOCK) {
      struct pollfd p = {fd, POLLOUT, 0};
      poll(&p, 1, -1);
      continue;
    }
    return -errno;
  }
  return 0;
}

// writeSync(fd, string | ArrayBufferView) -> 0 or a negative errno.
void WriteSync(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  int fd = args[0]->Int32Value(context).FromMaybe(1);
  int err;
  if (args[1]->IsArrayBufferView()) {
    Local<v8::ArrayBufferView> view = args[1].As<v8::ArrayBufferView>();
    const char* data = static_cast<const char*>(view->Buffer()->Data()) + view->ByteOffset();
    err = WriteAll(fd, data, view->ByteLength());
  } else {
    Local<v8::String> str = args[1]->ToString(context).ToLocalChecked();
    int length = str->Utf8Length(isolate);
    std::string buf(static_cast<size_t>(length), '\0');
    str->WriteUtf8(isolate, buf.data(), length, nullptr,
                   v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8);
    err = WriteAll(fd, buf.data(), buf.size());
  }
  args.GetReturnValue().Set(err);
}

// readAllSync(fd) -> the whole content as a UTF-8 decoded string.
void ReadAllSync(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  int fd = args[0]->Int32Value(isolate->GetCurrentContext()).FromMaybe(0);
  std::string out;
  char buf[65536];
  for (;;) {
    ssize_t n = read(fd, buf, sizeof(buf));
    if (n > 0) {
      out.append(buf, static_cast<size_t>(n));
    } else if (n == 0) {
      break;
    } else if (errno == EINTR) {
      continue;
    } else if (errno == EAGAIN) {
      struct pollfd p = {fd, POLLIN, 0};
      poll(&p, 1, -1);
    } else {
      return args.GetReturnValue().Set(-errno);
    }
  }
  args.GetReturnValue().Set(Utf8String(isolate, out));
}

void GuessHandleType(const FunctionCallbackInfo<Value>& args) {
  int fd = args[0]->Int32Value(args.GetIsolate()->GetCurrentContext()).FromMaybe(-1);
  const char* type = "UNKNOWN";
  if (fd >= 0) {
    switch (uv_guess_handle(fd)) {
      case UV_TTY:
        type = "TTY";
        break;
      case UV_FILE:
        type = "FILE";
        break;
      case UV_NAMED_PIPE:
        type = "PIPE";
        break;
      case UV_TCP:
        type = "TCP";
        break;
      case UV_UDP:
        type = "UDP";
        break;
      default:
        type = "UNKNOWN";
        break;
    }
  }
  args.GetReturnValue().Set(OneByteString(args.GetIsolate(), type));
}

void IsTTY(const FunctionCallbackInfo<Value>& args) {
  int fd = args[0]->Int32Value(args.GetIsolate()->GetCurrentContext()).FromMaybe(-1);
  args.GetReturnValue().Set(fd >= 0 && uv_guess_handle(fd) == UV_TTY);
}

// getWindowSize(fd, Int32Array[2]) -> 0 or a negative errno; fills columns, rows.
void GetWindowSize(const FunctionCallbackInfo<Value>& args) {
  int fd = args[0]->Int32Value(args.GetIsolate()->GetCurrentContext()).FromMaybe(-1);
  struct winsize ws;
  if (ioctl(fd, TIOCGWINSZ, &ws) != 0) return args.GetReturnValue().Set(-errno);
  Local<v8::Int32Array> array = args[1].As<v8::Int32Array>();
  int32_t* data =
      reinterpret_cast<int32_t*>(static_cast<char*>(array->Buffer()->Data()) + array->ByteOffset());
  data[0] = ws.ws_col;
  data[1] = ws.ws_row;
  args.GetReturnValue().Set(0);
}

void Initialize(Environment* env, Local<Object> target) {
  Local<Context> context = env->context();
  SetMethod(context, target, "writeSync", WriteSync);
  SetMethod(context, target, "readAllSync", ReadAllSync);
  SetMethod(context, target, "guessHandleType", GuessHandleType);
  SetMethod(context, target, "isTTY", IsTTY);
  SetMethod(context, target, "getWindowSize", GetWindowSize);
}

}  // namespace
}  // namespace rt

RT_BINDING(stdio, rt::Initialize)
