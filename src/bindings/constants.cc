// The `constants` binding: errno, signal, priority, dlopen and fs constants of this platform.
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>
#include <uv.h>

#include "bindings/binding_list.h"
#include "runtime/environment.h"
#include "util/v8_util.h"

namespace rt {
namespace {

using v8::Context;
using v8::Isolate;
using v8::Local;
using v8::Object;

#define RT_ERRNO_CONSTANTS(V) \
  V(E2BIG)                    \
  V(EACCES)                   \
  V(EADDRINUSE)               \
  V(EADDRNOTAVAIL)            \
  V(EAFNOSUPPORT)             \
  V(EAGAIN)                   \
  V(EALREADY)                 \
  V(EBADF)                    \
  V(EBADMSG)                  \
  V(EBUSY)                    \
  V(ECANCELED)                \
  V(ECHILD)                   \
  V(ECONNABORTED)             \
  V(ECONNREFUSED)             \
  V(ECONNRESET)               \
  V(EDEADLK)                  \
  V(EDESTADDRREQ)             \
  V(EDOM)                     \
  V(EDQUOT)                   \
  V(EEXIST)                   \
  V(EFAULT)                   \
  V(EFBIG)                    \
  V(EHOSTUNREACH)             \
  V(EIDRM)                    \
  V(EILSEQ)                   \
  V(EINPROGRESS)              \
  V(EINTR)                    \
  V(EINVAL)                   \
  V(EIO)                      \
  V(EISCONN)                  \
  V(EISDIR)                   \
  V(ELOOP)                    \
  V(EMFILE)                   \
  V(EMLINK)                   \
  V(EMSGSIZE)                 \
  V(EMULTIHOP)                \
  V(ENAMETOOLONG)             \
  V(ENETDOWN)                 \
  V(ENETRESET)                \
  V(ENETUNREACH)              \
  V(ENFILE)                   \
  V(ENOBUFS)                  \
  V(ENODATA)                  \
  V(ENODEV)                   \
  V(ENOENT)                   \
  V(ENOEXEC)                  \
  V(ENOLCK)                   \
  V(ENOLINK)                  \
  V(ENOMEM)                   \
  V(ENOMSG)                   \
  V(ENOPROTOOPT)              \
  V(ENOSPC)                   \
  V(ENOSR)                    \
  V(ENOSTR)                   \
  V(ENOSYS)                   \
  V(ENOTCONN)                 \
  V(ENOTDIR)                  \
  V(ENOTEMPTY)                \
  V(ENOTSOCK)                 \
  V(ENOTSUP)                  \
  V(ENOTTY)                   \
  V(ENXIO)                    \
  V(EOPNOTSUPP)               \
  V(EOVERFLOW)                \
  V(EPERM)                    \
  V(EPIPE)                    \
  V(EPROTO)                   \
  V(EPROTONOSUPPORT)          \
  V(EPROTOTYPE)               \
  V(ERANGE)                   \
  V(EROFS)                    \
  V(ESPIPE)                   \
  V(ESRCH)                    \
  V(ESTALE)                   \
  V(ETIME)                    \
  V(ETIMEDOUT)                \
  V(ETXTBSY)                  \
  V(EWOULDBLOCK)              \
  V(EXDEV)

#define RT_SIGNAL_CONSTANTS(V) \
  V(SIGHUP)                    \
  V(SIGINT)                    \
  V(SIGQUIT)                   \
  V(SIGILL)                    \
  V(SIGTRAP)                   \
  V(SIGABRT)                   \
  V(SIGIOT)                    \
  V(SIGBUS)                    \
  V(SIGFPE)                    \
  V(SIGKILL)                   \
  V(SIGUSR1)                   \
  V(SIGSEGV)                   \
  V(SIGUSR2)                   \
  V(SIGPIPE)                   \
  V(SIGALRM)                   \
  V(SIGTERM)                   \
  V(SIGCHLD)                   \
  V(SIGSTKFLT)                 \
  V(SIGCONT)                   \
  V(SIGSTOP)                   \
  V(SIGTSTP)                   \
  V(SIGTTIN)                   \
  V(SIGTTOU)                   \
  V(SIGURG)                    \
  V(SIGXCPU)                   \
  V(SIGXFSZ)                   \
  V(SIGVTALRM)                 \
  V(SIGPROF)                   \
  V(SIGWINCH)                  \
  V(SIGIO)                     \
  V(SIGPOLL)                   \
  V(SIGPWR)                    \
  V(SIGSYS)

#define RT_FS_CONSTANTS(V)  \
  V(UV_FS_SYMLINK_DIR)      \
  V(UV_FS_SYMLINK_JUNCTION) \
  V(O_RDONLY)               \
  V(O_WRONLY)               \
  V(O_RDWR)                 \
  V(UV_DIRENT_UNKNOWN)      \
  V(UV_DIRENT_FILE)         \
  V(UV_DIRENT_DIR)          \
  V(UV_DIRENT_LINK)         \
  V(UV_DIRENT_FIFO)         \
  V(UV_DIRENT_SOCKET)       \
  V(UV_DIRENT_CHAR)         \
  V(UV_DIRENT_BLOCK)        \
  V(S_IFMT)                 \
  V(S_IFREG)                \
  V(S_IFDIR)                \
  V(S_IFCHR)                \
  V(S_IFBLK)                \
  V(S_IFIFO)                \
  V(S_IFLNK)                \
  V(S_IFSOCK)               \
  V(O_CREAT)                \
  V(O_EXCL)                 \
  V(O_NOCTTY)               \
  V(O_TRUNC)                \
  V(O_APPEND)               \
  V(O_DIRECTORY)            \
  V(O_NOATIME)              \
  V(O_NOFOLLOW)             \
  V(O_SYNC)                 \
  V(O_DSYNC)                \
  V(O_DIRECT)               \
  V(O_NONBLOCK)             \
  V(S_IRWXU)                \
  V(S_IRUSR)                \
  V(S_IWUSR)                \
  V(S_IXUSR)                \
  V(S_IRWXG)                \
  V(S_IRGRP)                \
  V(S_IWGRP)                \
  V(S_IXGRP)                \
  V(S_IRWXO)                \
  V(S_IROTH)                \
  V(S_IWOTH)                \
  V(S_IXOTH)                \
  V(F_OK)                   \
  V(R_OK)                   \
  V(W_OK)                   \
  V(X_OK)                   \
  V(UV_FS_COPYFILE_EXCL)    \
  V(UV_FS_COPYFILE_FICLONE) \
  V(UV_FS_COPYFILE_FICLONE_FORCE)

Local<Object> NullProtoObject(Isolate* isolate) {
  Local<Object> obj = Object::New(isolate);
  obj->SetPrototype(isolate->GetCurrentContext(), v8::Null(isolate)).Check();
  return obj;
}

void Initialize(Environment* env, Local<Object> target) {
  Isolate* isolate = env->isolate();
  Local<Context> context = env->context();
#define RT_SET(name) SetNumber(context, obj, #name, name);

  Local<Object> os = NullProtoObject(isolate);
  Local<Object> obj = NullProtoObject(isolate);
  RT_ERRNO_CONSTANTS(RT_SET)
  SetValue(context, os, "errno", obj);
  obj = NullProtoObject(isolate);
  RT_SIGNAL_CONSTANTS(RT_SET)
  SetValue(context, os, "signals", obj);
  obj = NullProtoObject(isolate);
  SetNumber(context, obj, "PRIORITY_LOW", 19);
  SetNumber(context, obj, "PRIORITY_BELOW_NORMAL", 10);
  SetNumber(context, obj, "PRIORITY_NORMAL", 0);
  SetNumber(context, obj, "PRIORITY_ABOVE_NORMAL", -7);
  SetNumber(context, obj, "PRIORITY_HIGH", -14);
  SetNumber(context, obj, "PRIORITY_HIGHEST", -20);
  SetValue(context, os, "priority", obj);
  obj = NullProtoObject(isolate);
  RT_SET(RTLD_LAZY)
  RT_SET(RTLD_NOW)
  RT_SET(RTLD_GLOBAL)
  RT_SET(RTLD_LOCAL)
  RT_SET(RTLD_DEEPBIND)
  SetValue(context, os, "dlopen", obj);
  SetNumber(context, os, "UV_UDP_REUSEADDR", UV_UDP_REUSEADDR);
  SetValue(context, target, "os", os);

  obj = NullProtoObject(isolate);
  RT_FS_CONSTANTS(RT_SET)
  SetNumber(context, obj, "EXTENSIONLESS_FORMAT_JAVASCRIPT", 0);
  SetNumber(context, obj, "EXTENSIONLESS_FORMAT_WASM", 1);
  SetNumber(context, obj, "UV_FS_O_FILEMAP", 0);
  SetNumber(context, obj, "COPYFILE_EXCL", UV_FS_COPYFILE_EXCL);
  SetNumber(context, obj, "COPYFILE_FICLONE", UV_FS_COPYFILE_FICLONE);
  SetNumber(context, obj, "COPYFILE_FICLONE_FORCE", UV_FS_COPYFILE_FICLONE_FORCE);
  SetValue(context, target, "fs", obj);
#undef RT_SET
}

}  // namespace
}  // namespace rt

RT_BINDING(constants, rt::Initialize)
