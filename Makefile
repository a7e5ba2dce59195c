# Thin wrappers: the build is configure.py + GN + ninja.
#   make         install what is missing, configure, build
#   make test    build, then the C++ tests and the JS tests
#   make run     build, then run examples/server.js
#   make clean   remove out/

OUT ?= out/Release
JOBS ?= 2
PYTHON ?= python3

.PHONY: all build test run clean bootstrap configure bench

all: build

bootstrap:
	@tools/bootstrap.sh

# Re-run configure when the build files or the list of lib/ files change.
$(OUT)/build.ninja: BUILD.gn build/config/BUILD.gn build/config/BUILDCONFIG.gn build/toolchain/BUILD.gn configure.py | bootstrap
	$(PYTHON) configure.py --out $(OUT)

configure: $(OUT)/build.ninja

build: bootstrap
	@mkdir -p $(OUT)
	@find lib -name '*.js' | sort > $(OUT).libfiles.new 2>/dev/null || true
	@if [ ! -f $(OUT)/build.ninja ] || ! cmp -s $(OUT).libfiles.new $(OUT).libfiles; then \
	  $(PYTHON) configure.py --out $(OUT) && mv $(OUT).libfiles.new $(OUT).libfiles; \
	else rm -f $(OUT).libfiles.new; fi
	ninja -C $(OUT) -j $(JOBS) rt rt_cctest

test: build
	$(PYTHON) tools/test.py --rt $(OUT)/rt --cctest $(OUT)/rt_cctest

run: build
	$(OUT)/rt examples/server.js

bench: build
	tools/bench/startup.sh

clean:
	rm -rf out
