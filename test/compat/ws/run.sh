#!/bin/sh
# Runs this suite under rt and node; prints pass/fail counts for each.
# Usage: test/compat/ws/run.sh [path/to/rt]
set -u
cd "$(dirname "$0")"
RT=${1:-../../../out/Release/rt}
[ -d node_modules ] || npm ci --no-audit --no-fund >/dev/null || exit 1
status=0
for bin in "$RT" node; do
  out=$("$bin" node_modules/mocha/bin/mocha --reporter dot test 2>&1)
  pass=$(printf '%s\n' "$out" | sed -n 's/^ *\([0-9]*\) passing.*/\1/p')
  fail=$(printf '%s\n' "$out" | sed -n 's/^ *\([0-9]*\) failing.*/\1/p')
  echo "ws under $bin: ${pass:-0} passed, ${fail:-0} failed"
  [ "${fail:-0}" = 0 ] && [ -n "$pass" ] || { status=1; printf '%s\n' "$out" | tail -40; }
done
exit $status
