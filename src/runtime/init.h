// rt as PID 1 (the entry point of a container): the kernel gives PID 1 no default
// signal actions and hands it every orphaned process. So rt forks: the parent stays
// PID 1 as a minimal init (forwards signals, reaps every child, exits with the
// runtime's status), and the child runs the runtime with normal signal semantics.
#ifndef RT_RUNTIME_INIT_H_
#define RT_RUNTIME_INIT_H_

namespace rt {

// Returns in the process that should run the runtime. As PID 1 (unless RT_NO_INIT is
// set), the init half never returns: it exits with the runtime's exit status
// (128 + signal number when a signal ended it, like a shell).
void MaybeBecomeInit();

}  // namespace rt

#endif  // RT_RUNTIME_INIT_H_
