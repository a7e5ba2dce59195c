#!/usr/bin/env bash
# Start-up time of rt against node (and bun when present), measured in the same
# hyperfine run: `-e 0` and a small script (tools/bench/hello.js). Prints
# hyperfine's report, then the ratios rt/node (and rt/bun) of the mean times.
#
#   tools/bench/startup.sh [path/to/rt]      (default out/Release/rt)
#   RUNS=50 WARMUP=5 tools/bench/startup.sh
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"

rt=$(realpath "${1:-${RT:-out/Release/rt}}")
runs=${RUNS:-30}
warmup=${WARMUP:-3}
json=${JSON_OUT:-out/bench/startup.json}

if [ ! -x "$rt" ]; then
  echo "startup.sh: $rt is missing or not executable (build rt first)" >&2
  exit 1
fi
if ! command -v node >/dev/null; then
  echo "startup.sh: node is not on PATH" >&2
  exit 1
fi
if ! command -v hyperfine >/dev/null; then
  echo "startup.sh: installing hyperfine"
  sudo_cmd=()
  [ "$(id -u)" = 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -q
  "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q hyperfine
fi

runtimes=("$rt" node)
if command -v bun >/dev/null; then runtimes+=(bun); fi

# Node reads NODE_EXTRA_CA_CERTS (and NODE_OPTIONS) at every start-up; some machines set
# them globally (this one does: ~30 ms of node's CPU). Measure every runtime without them.
unset NODE_EXTRA_CA_CERTS NODE_OPTIONS

commands=()
for r in "${runtimes[@]}"; do commands+=("$r -e 0"); done
for r in "${runtimes[@]}"; do commands+=("$r tools/bench/hello.js"); done

# Every runtime must produce the same output before its time means anything.
expected=$(node tools/bench/hello.js)
for r in "${runtimes[@]}"; do
  got=$("$r" tools/bench/hello.js)
  if [ "$got" != "$expected" ]; then
    echo "startup.sh: $r tools/bench/hello.js printed '$got', expected '$expected'" >&2
    exit 1
  fi
done

mkdir -p "$(dirname "$json")"
# -N: no intermediate shell, so the figures are the runtimes' own start-up.
hyperfine -N --warmup "$warmup" --runs "$runs" --export-json "$json" "${commands[@]}"

python3 - "$json" "$rt" <<'PY'
import json
import sys

path, rt = sys.argv[1], sys.argv[2]
results = {r['command']: r for r in json.load(open(path))['results']}
others = [name for name in ('node', 'bun') if f'{name} -e 0' in results]

print()
print(f'{"benchmark":<12} {"runtime":<8} {"mean ms":>9} {"± ms":>7}   ratio')
for label, suffix in (('-e 0', '-e 0'), ('hello.js', 'tools/bench/hello.js')):
    base = results[f'{rt} {suffix}']
    print(f'{label:<12} {"rt":<8} {base["mean"] * 1000:>9.2f} {base["stddev"] * 1000:>7.2f}')
    for name in others:
        other = results[f'{name} {suffix}']
        ratio = base['mean'] / other['mean']
        print(f'{label:<12} {name:<8} {other["mean"] * 1000:>9.2f} {other["stddev"] * 1000:>7.2f}'
              f'   rt/{name} = {ratio:.2f}')
PY
