// The rt executable: all the work is in rt::Start.
#include "runtime/runtime.h"

int main(int argc, char** argv) {
  return rt::Start(argc, argv);
}
