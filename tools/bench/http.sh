#!/bin/sh
# HTTP/1.1 throughput of rt against node (and Bun's node:http when it can be had),
# all in the same run. Server cases: wrk against the same server script under each
# runtime (hello: `res.end('hello world')`, 64k: a 64 KiB Buffer, json: a 3 KB
# JSON.stringify per request). Client case: tools/bench/http_client.js under each
# runtime, an `http.request` loop through a keep-alive Agent, against one
# hello-world server that always runs under node, so only the client changes.
# For every case and runtime it prints requests/s (best of ROUNDS), CPU µs per
# request of the measured process (server, or client for `client`; the lowest and
# the median of ROUNDS), peak RSS (VmHWM at the end of the load; the highest of ROUNDS), and the
# ratios rt/node and bun/node.
# Usage: tools/bench/http.sh [rt-binary] (default out/Release/rt)
# Env: CASES (default "hello 64k json client"), DURATION (seconds, default 5),
# CONNECTIONS (50), THREADS (wrk threads, 1), ROUNDS (3): in each round every case
# runs under each runtime in turn, which evens out load from other processes.
# BUN: path of a bun binary; by default `bun` on PATH, else the npm package
# @oven/bun-linux-x64 unpacked into a temporary folder; BUN=none skips Bun.
set -eu
cd "$(dirname "$0")/../.."
RT=${1:-out/Release/rt}
CASES=${CASES:-hello 64k json client}
DURATION=${DURATION:-5}
CONNECTIONS=${CONNECTIONS:-50}
THREADS=${THREADS:-1}
ROUNDS=${ROUNDS:-3}

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
command -v curl >/dev/null || { echo "curl is missing: apt-get install -y curl" >&2; exit 1; }
[ -x "$RT" ] || { echo "no rt binary at $RT (run make)" >&2; exit 1; }
# This machine sets NODE_EXTRA_CA_CERTS globally; it makes node load the CA bundle,
# which would count against its RSS.
unset NODE_EXTRA_CA_CERTS

tmp=$(mktemp -d)
# Servers are started inside command substitutions too, so their ids go to a file.
cleanup() {
  [ -f "$tmp/pids" ] && while read -r p; do kill "$p" 2>/dev/null || true; done < "$tmp/pids"
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'echo "http.sh: interrupted by a signal" >&2; exit 130' INT TERM HUP

# Bun: BUN, else bun on PATH, else the npm package in $tmp; empty when unavailable.
find_bun() {
  case "${BUN:-}" in
    none) return ;;
    ?*) echo "$BUN"; return ;;
  esac
  if command -v bun >/dev/null; then command -v bun; return; fi
  command -v npm >/dev/null || return 0
  (cd "$tmp" && npm pack --silent @oven/bun-linux-x64 >/dev/null 2>&1 &&
   tar xzf oven-bun-linux-x64-*.tgz && rm oven-bun-linux-x64-*.tgz) || return 0
  echo "$tmp/package/bin/bun"
}
BUN_BIN=$(find_bun)
if [ -n "$BUN_BIN" ] && "$BUN_BIN" --version >/dev/null 2>&1; then
  RUNTIMES="rt node bun"
else
  echo "bun: not available, skipped" >&2
  RUNTIMES="rt node"
fi

binary() {
  case $1 in
    rt) echo "$RT" ;;
    node) echo node ;;
    bun) echo "$BUN_BIN" ;;
  esac
}

script() {
  case $1 in
    hello) echo tools/bench/http_hello.js ;;
    64k) echo tools/bench/http_64k.js ;;
    json) echo tools/bench/http_json.js ;;
    *) echo "unknown case: $1" >&2; exit 1 ;;
  esac
}

# Starts a server script under a binary; sets $server_pid and $server_port.
start_server() {
  : > "$tmp/port"  # truncated here: the last server's port must not be read back
  "$1" "$2" > "$tmp/port" &
  server_pid=$!
  echo "$server_pid" >> "$tmp/pids"
  server_port=
  for _ in $(seq 200); do
    server_port=$(head -n1 "$tmp/port")
    [ -n "$server_port" ] && return
    sleep 0.05
  done
  echo "server did not start: $1 $2" >&2
  exit 1
}

stop_server() {
  kill "$server_pid"
  wait "$server_pid" 2>/dev/null || true
}

# utime + stime of a process, in clock ticks (fields 14 and 15 of /proc/PID/stat,
# counted after the parenthesised command name).
cpu_ticks() {
  sed 's/.*) //' "/proc/$1/stat" | awk '{ print $12 + $13 }'
}

peak_rss_kb() {
  awk '/^VmHWM:/ { print $2 }' "/proc/$1/status"
}

# Server case $1 under runtime $2: prints "req/s cpu-µs-per-request peak-rss-kB".
# Keeps the first answer's body in $tmp/$1.$2.body for the comparison with node's.
measure_server() {
  start_server "$(binary "$2")" "$(script "$1")"
  url="http://127.0.0.1:$server_port/"
  curl -sf -o "$tmp/$1.$2.body" "$url" || { echo "$1 under $2: no answer from $url" >&2; exit 1; }
  wrk -t1 -c"$CONNECTIONS" -d1s "$url" > /dev/null  # warm-up
  before=$(cpu_ticks "$server_pid")
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" "$url" > "$tmp/wrk"
  after=$(cpu_ticks "$server_pid")
  rss=$(peak_rss_kb "$server_pid")
  stop_server
  if grep -q -e '^ *Socket errors' -e '^ *Non-2xx' "$tmp/wrk"; then
    echo "$1 under $2: wrk reports errors:" >&2
    grep -e '^ *Socket errors' -e '^ *Non-2xx' "$tmp/wrk" >&2
  fi
  awk -v before="$before" -v after="$after" -v hz="$(getconf CLK_TCK)" -v rss="$rss" '
    / requests in / { requests = $1 }
    /^Requests\/sec:/ { rps = $2 }
    END { printf "%s %.2f %s\n", rps, (after - before) * 1e6 / hz / requests, rss }' "$tmp/wrk"
}

# The keep-alive client under runtime $1 against the node server on $client_port:
# prints "req/s cpu-µs-per-request peak-rss-kB".
measure_client() {
  line=$(WARMUP_MS=1000 DURATION_MS=$((DURATION * 1000)) CONNECTIONS=$CONNECTIONS \
         "$(binary "$1")" tools/bench/http_client.js "$client_port")
  # shellcheck disable=SC2086 # the line's fields become $2..$6
  set -- "$1" $line
  [ "$6" = 0 ] || echo "client under $1: $6 failed requests" >&2
  [ "$5" -le "$CONNECTIONS" ] || echo "client under $1: $5 sockets for $CONNECTIONS connections (no keep-alive?)" >&2
  echo "$2 $3 $4"
}

# Results go to $tmp/results as lines "case runtime req/s cpu-µs rss-kB", one per run.
for round in $(seq "$ROUNDS"); do
  for c in $CASES; do
    if [ "$c" = client ]; then
      start_server node tools/bench/http_hello.js
      client_port=$server_port
    fi
    for r in $RUNTIMES; do
      if [ "$c" = client ]; then result=$(measure_client "$r")
      else result=$(measure_server "$c" "$r")
      fi
      echo "$c $r $result" >> "$tmp/results"
      echo "round $round: $c $r $result" >&2
    done
    if [ "$c" = client ]; then
      stop_server
    elif [ "$round" = 1 ]; then
      for r in $RUNTIMES; do
        cmp -s "$tmp/$c.node.body" "$tmp/$c.$r.body" ||
          { echo "$c: $r does not send the same body as node" >&2; exit 1; }
      done
    fi
  done
done

printf '\n%s connections, %s s per run, best of %s rounds; %s\n' \
  "$CONNECTIONS" "$DURATION" "$ROUNDS" "$(uptime | sed 's/.*load/load/')"
printf 'cpu: CPU µs per request of the measured process (server; the client for "client")\n'
awk -v runtimes="$RUNTIMES" -v cases="$CASES" '
  {
    key = $1 SUBSEP $2
    if ($3 > rps[key]) rps[key] = $3
    if (!(key in cpu) || $4 < cpu[key]) cpu[key] = $4
    cpus[key, ++runs[key]] = $4
    if ($5 > rss[key]) rss[key] = $5
  }
  function median(key,   n, i, j, v, sorted) {
    n = runs[key]
    for (i = 1; i <= n; i++) {
      v = cpus[key, i]
      for (j = i - 1; j >= 1 && sorted[j] > v; j--) sorted[j + 1] = sorted[j]
      sorted[j + 1] = v
    }
    return n % 2 ? sorted[(n + 1) / 2] : (sorted[n / 2] + sorted[n / 2 + 1]) / 2
  }
  END {
    nr = split(runtimes, rs, " ")
    nc = split(cases, cs, " ")
    printf "%-8s %-9s %10s %20s %13s\n", "case", "runtime", "req/s", "cpu µs/req min (med)", "peak RSS MB"
    for (i = 1; i <= nc; i++) {
      c = cs[i]
      for (j = 1; j <= nr; j++) {
        k = c SUBSEP rs[j]
        printf "%-8s %-9s %10.0f %11.2f (%6.2f) %11.1f\n", (j == 1 ? c : ""), rs[j], rps[k], cpu[k], median(k), rss[k] / 1024
      }
      n = c SUBSEP "node"
      for (j = 1; j <= nr; j++) {
        if (rs[j] == "node") continue
        k = c SUBSEP rs[j]
        printf "%-8s %-9s %10.2f %11.2f (%6.2f) %11.2f\n", "", rs[j] "/node", rps[k] / rps[n], cpu[k] / cpu[n], median(k) / median(n), rss[k] / rss[n]
      }
    }
  }' "$tmp/results"
