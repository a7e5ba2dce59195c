// The rt executable: all the work is in rt::Start (after becoming init as PID 1).
#include "runtime/init.h"
#include "runtime/runtime.h"

int main(int argc, char** argv) {
  rt::MaybeBecomeInit();
  return rt::Start(argc, argv);
}
