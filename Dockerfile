# rt's container image (doc/docker.md). Two stages:
#   build:   a bare Debian 12 that builds rt with the README's own command (`make`), which
#            proves a fresh machine can build it, then stages `make install-strip`;
#   runtime: ${BASE} with only the libraries libnode.so.108 needs, the staged files, a
#            non-root user `rt`, and rt itself as the entrypoint (PID 1: it forks its own
#            minimal init, so no shell script or tini in between).
# Build: `make docker`, or `docker build -t rt .` (podman build / buildah build work too).
ARG BASE=debian:bookworm-slim

FROM ${BASE} AS build
ENV DEBIAN_FRONTEND=noninteractive
RUN apt-get update -q && apt-get install -y -q --no-install-recommends make
WORKDIR /src
# Debian packages and V8 (deps/v8) in their own layer, so that source edits do not redo them.
COPY tools/bootstrap.sh tools/
RUN tools/bootstrap.sh
COPY . .
RUN make && out/Release/rt -p '"rt " + process.version' \
    && make install-strip DESTDIR=/staging PREFIX=/usr/local

FROM ${BASE}
LABEL org.opencontainers.image.title="rt" \
      org.opencontainers.image.description="JavaScript server runtime with the API of Node.js 20"
# libnode.so.108's own dependencies (not the libnode108 package: it would pull in Debian's
# nodejs); libstdc++6 and libc6 are in the base already.
RUN set -eux; \
    apt-get update -q; \
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
      libicu72 libuv1 libssl3 libc-ares2 libnghttp2-14 libbrotli1 zlib1g ca-certificates; \
    rm -rf /var/lib/apt/lists/* /var/cache/apt/*.bin /var/log/apt /var/log/dpkg.log; \
    groupadd --gid 1000 rt; \
    useradd --uid 1000 --gid rt --shell /bin/sh --create-home rt
COPY --from=build /staging/usr/local/ /usr/local/
RUN rt -e 'require("http"); require("crypto"); require("zlib")'
WORKDIR /app
ENTRYPOINT ["rt"]
