# Thin wrappers: the build is configure.py + GN + ninja.
#   make         install what is missing, configure, build
#   make test    build, then the C++ tests and the JS tests
#   make run     build, then run examples/server.js
#   make clean   remove out/
#   make install     install bin/rt, lib/rt/libnode.so.108 and the man page under
#                    $(DESTDIR)$(PREFIX) (PREFIX=/usr/local); make uninstall removes them
#   make docker      build the container image (docker, podman or buildah; doc/docker.md)
#   make docker-test build the image with podman and check it really runs (tools/docker-test.sh)

OUT ?= out/Release
JOBS ?= 2
PYTHON ?= python3
PREFIX ?= /usr/local
DESTDIR ?=
DOCKER ?=
DOCKER_IMAGE ?= rt
DOCKER_BASE ?=
DOCKER_BUILD_FLAGS ?=

# Fixed relative to each other: the binary finds libnode through the rpath $ORIGIN/../lib/rt.
bindir = $(PREFIX)/bin
rtlibdir = $(PREFIX)/lib/rt
man1dir = $(PREFIX)/share/man/man1

.PHONY: all build test run clean bootstrap configure bench install install-strip uninstall \
	docker docker-test

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
	ninja -C $(OUT) -j $(JOBS) rt rt_cctest libnode_bound

test: build
	$(PYTHON) tools/test.py --rt $(OUT)/rt --cctest $(OUT)/rt_cctest

run: build
	$(OUT)/rt examples/server.js

bench: build
	tools/bench/startup.sh

clean:
	rm -rf out

install: build
	install -d $(DESTDIR)$(bindir) $(DESTDIR)$(rtlibdir) $(DESTDIR)$(man1dir)
	install -m 755 $(INSTALL_STRIP) $(OUT)/rt $(DESTDIR)$(bindir)/rt
	install -m 644 $(OUT)/lib/bound/libnode.so.108 $(DESTDIR)$(rtlibdir)/libnode.so.108
	install -m 644 doc/rt.1 $(DESTDIR)$(man1dir)/rt.1

# The same without the binary's debug symbols (2.8 MB instead of 4.8 MB; used by the Dockerfile).
install-strip: INSTALL_STRIP = -s
install-strip: install

uninstall:
	rm -f $(DESTDIR)$(bindir)/rt $(DESTDIR)$(rtlibdir)/libnode.so.108 $(DESTDIR)$(man1dir)/rt.1
	-rmdir $(DESTDIR)$(rtlibdir) 2>/dev/null

# Builds the image from the Dockerfile with the first of docker (if its daemon answers),
# podman or buildah; DOCKER=podman picks one, DOCKER_BASE=image replaces debian:bookworm-slim.
docker:
	@set -e; tool="$(DOCKER)"; \
	if [ -z "$$tool" ]; then \
	  if command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; then tool=docker; \
	  elif command -v podman >/dev/null 2>&1; then tool=podman; \
	  elif command -v buildah >/dev/null 2>&1; then tool=buildah; \
	  else echo "make docker: needs docker, podman or buildah" >&2; exit 1; fi; \
	fi; \
	set -x; $$tool build $(if $(DOCKER_BASE),--build-arg BASE=$(DOCKER_BASE)) \
	  $(DOCKER_BUILD_FLAGS) -t $(DOCKER_IMAGE) .

docker-test:
	tools/docker-test.sh
