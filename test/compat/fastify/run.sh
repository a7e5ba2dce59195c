#!/bin/sh
# Runs the fastify smoke app under rt and node; each prints "N passed, N failed".
# Usage: test/compat/fastify/run.sh [path/to/rt]
set -u
cd "$(dirname "$0")"
RT=${1:-../../../out/Release/rt}
[ -d node_modules ] || npm ci --no-audit --no-fund >/dev/null || exit 1
status=0
for bin in "$RT" node; do
  out=$("$bin" smoke.js 2>&1) || status=1
  printf '%s\n' "$out" | grep -v '^ok - ' | sed "s|^|fastify under $bin: |"
done
exit $status
