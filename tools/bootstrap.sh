#!/usr/bin/env bash
# Installs what rt needs to build and test on Debian 12, and unpacks V8 (from
# libnode108/libnode-dev) into deps/v8/. Safe to run again: it only does what
# is missing. Works as root or through sudo, and on machines that carry
# another `nodejs` package (which conflicts with libnode108 through apt).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
v8dir="$root/deps/v8"

build_packages=(
  g++ python3 pkg-config generate-ninja ninja-build
  libuv1-dev libssl-dev zlib1g-dev libbrotli-dev libc-ares-dev libicu-dev
  node-llhttp catch2 ca-certificates tmux
)
# Runtime dependencies of libnode108, which we do not install through apt.
runtime_packages=(libicu72 libuv1 libssl3 libc-ares2 libnghttp2-14 libbrotli1 zlib1g)

sudo_cmd=()
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null; then sudo_cmd=(sudo); else
    echo "bootstrap: not root and no sudo; install as root: ${build_packages[*]}" >&2
    exit 1
  fi
fi

missing=()
for p in "${build_packages[@]}" "${runtime_packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed"; then
    missing+=("$p")
  fi
done

apt_updated=0
apt_update() {
  if [ $apt_updated = 0 ]; then
    "${sudo_cmd[@]}" apt-get update -q
    apt_updated=1
  fi
}

if [ ${#missing[@]} -gt 0 ]; then
  echo "bootstrap: installing ${missing[*]}"
  apt_update
  "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

if [ ! -f "$v8dir/include/v8.h" ] || [ ! -e "$v8dir/lib/libnode.so.108" ]; then
  echo "bootstrap: fetching V8 from libnode108 and libnode-dev into deps/v8"
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  apt_update
  (cd "$tmp" && apt-get download -q libnode108 libnode-dev)
  mkdir -p "$tmp/x"
  for deb in "$tmp"/*.deb; do dpkg-deb -x "$deb" "$tmp/x"; done
  rm -rf "$v8dir"
  mkdir -p "$v8dir/include" "$v8dir/lib"
  # Only V8's and libplatform's headers: never Node's own API.
  inc="$tmp/x/usr/include/node"
  cp -r "$inc"/v8*.h "$inc"/cppgc "$inc"/libplatform "$v8dir/include/"
  lib=$(dirname "$(find "$tmp/x" -name 'libnode.so.108' | head -1)")
  cp -a "$lib"/libnode.so.108 "$v8dir/lib/"
  ln -sf libnode.so.108 "$v8dir/lib/libnode.so"
  echo "bootstrap: V8 headers in deps/v8/include, library in deps/v8/lib"
fi
echo "bootstrap: done"
