#!/bin/sh
# HTTPS: wrk's hello-world requests/s against the same server script under rt and
# node (wrk speaks TLS itself; keep-alive, so mostly record encryption), then TLS
# handshakes/s from an in-process client loop. Prints each and the ratio rt/node.
# Usage: tools/bench/https.sh [rt-binary] (default out/Release/rt)
# Env: DURATION (default 5s), CONNECTIONS (50), THREADS (1), ROUNDS (2), HANDSHAKES (2000).
set -eu
cd "$(dirname "$0")/../.."
RT=${1:-out/Release/rt}
DURATION=${DURATION:-5s}
CONNECTIONS=${CONNECTIONS:-50}
THREADS=${THREADS:-1}
ROUNDS=${ROUNDS:-2}
SCRIPT=tools/bench/https_hello.js

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

# Starts "$@" running the server, waits for its port, runs wrk, stops it. Prints req/s.
measure() {
  out=$(mktemp)
  "$@" "$SCRIPT" > "$out" &
  pid=$!
  port=
  for _ in $(seq 100); do
    port=$(head -n1 "$out")
    [ -n "$port" ] && break
    sleep 0.05
  done
  [ -n "$port" ] || { kill "$pid"; echo "server did not start: $*" >&2; exit 1; }
  wrk -t1 -c"$CONNECTIONS" -d1s "https://127.0.0.1:$port/" > /dev/null  # warm-up
  rps=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" "https://127.0.0.1:$port/" |
        awk '/^Requests\/sec:/ { print $2 }')
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  rm -f "$out"
  echo "$rps"
}

max() { awk -v a="$1" -v b="$2" 'BEGIN { print (a > b ? a : b) }'; }

rt_rps=0
node_rps=0
rt_hs=0
node_hs=0
for _ in $(seq "$ROUNDS"); do
  rt_rps=$(max "$rt_rps" "$(measure "$RT")")
  node_rps=$(max "$node_rps" "$(measure node)")
  rt_hs=$(max "$rt_hs" "$("$RT" tools/bench/tls_handshakes.js)")
  node_hs=$(max "$node_hs" "$(node tools/bench/tls_handshakes.js)")
done
printf 'https hello world, %s connections, %s, best of %s:\n' "$CONNECTIONS" "$DURATION" "$ROUNDS"
printf '  rt    %10.0f req/s\n' "$rt_rps"
printf '  node  %10.0f req/s\n' "$node_rps"
awk -v a="$rt_rps" -v b="$node_rps" 'BEGIN { printf "  rt/node  %.2f\n", a / b }'
printf 'TLS handshakes (client and server in one process, TLSv1.3, RSA 2048):\n'
printf '  rt    %10.0f /s\n' "$rt_hs"
printf '  node  %10.0f /s\n' "$node_hs"
awk -v a="$rt_hs" -v b="$node_hs" 'BEGIN { printf "  rt/node  %.2f\n", a / b }'
