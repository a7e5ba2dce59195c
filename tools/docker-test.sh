#!/usr/bin/env bash
# Builds rt's container image (Dockerfile) and the example app image (examples/docker/)
# with podman on a Debian 12 base made here with debootstrap, then checks that they really
# run: the libraries resolve, the app answers HTTP, rt as PID 1 ends on SIGTERM/SIGINT with
# 143/130 and reaps orphans, `podman stop` returns within 2 s. Prints the image sizes and
# the time from `podman run` to the first HTTP answer. Run by `make docker-test` and CI.
#
#   tools/docker-test.sh            the checks: about 4 minutes from scratch on 2 cores, most
#                                   of it rt's build inside the image; 20 s when cached
#   tools/docker-test.sh --bench    also: 10 cold starts each of the example app under rt and
#                                   under a node 20 image made from this machine's node
#                                   (doc/benchmarks.md)
#
# All podman state lives in out/docker-test/ (CONTAINERS_CONF, CONTAINERS_STORAGE_CONF);
# the Debian tarball is cached there, and so are the image layers, so a second run only
# rebuilds what changed. `rm -rf out/docker-test` starts from scratch. Needs root (or sudo).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
work=${RT_DOCKER_TEST_DIR:-$root/out/docker-test}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
bench=0
[ "${1:-}" = --bench ] && bench=1

base_image=localhost/debian:bookworm-slim
rt_image=localhost/rt:latest
app_image=localhost/rt-example:latest
tag=$$
containers=()

log() { printf 'docker-test: %s\n' "$*"; }
fail() {
  printf 'docker-test: FAIL: %s\n' "$*" >&2
  exit 1
}
now() { echo "$EPOCHREALTIME"; }
elapsed_ms() { python3 -c "import sys; print(round((float(sys.argv[2]) - float(sys.argv[1])) * 1000))" "$1" "$2"; }

if [ "$(id -u)" != 0 ]; then
  command -v sudo >/dev/null || fail "needs root (podman's state, debootstrap) and there is no sudo"
  exec sudo -E "$0" "$@"
fi

# --- Tools -------------------------------------------------------------------------------
missing=()
for tool in podman buildah runc debootstrap python3; do
  command -v "$tool" >/dev/null || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "installing ${missing[*]}"
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
fi

# Podman run as root keeps a blob-info cache in /var/lib/containers/cache whatever the
# configuration says: remove it at the end if it was not there before.
[ -e /var/lib/containers ] && had_system_dir=1 || had_system_dir=0
cleanup() {
  local c
  for c in "${containers[@]}"; do podman rm -f -t 0 "$c" >/dev/null 2>&1 || true; done
  if [ "$had_system_dir" = 0 ]; then
    rm -rf /var/lib/containers/cache
    rmdir /var/lib/containers 2>/dev/null || true
  fi
  # Overlay storage bind-mounts its own directory; unmounted, `make clean` can remove out/.
  if mountpoint -q "$work/storage/overlay" 2>/dev/null; then umount "$work/storage/overlay" || true; fi
}
trap cleanup EXIT

# --- Podman configuration, all inside $work ----------------------------------------------
mkdir -p "$work/run" "$work/net"
# The sandbox may not grant podman's default ulimits: ask for no more than we have.
hard_nofile=$(ulimit -Hn)
[ "$hard_nofile" = unlimited ] && hard_nofile=1048576
nofile=$((hard_nofile < 1048576 ? hard_nofile : 1048576))
hard_nproc=$(ulimit -Hu)
[ "$hard_nproc" = unlimited ] && hard_nproc=32768
nproc=$((hard_nproc < 32768 ? hard_nproc : 32768))

cat >"$work/containers.conf" <<EOF
[containers]
default_ulimits = ["nofile=$nofile:$nofile", "nproc=$nproc:$nproc"]
# No bridge networks: the tests use --network host or none.
netns = "none"

[engine]
# crun fails here ("cgroups in hybrid mode not supported"); runc works.
runtime = "runc"
cgroup_manager = "cgroupfs"
events_logger = "file"
events_logfile_path = "$work/run/events.log"
tmp_dir = "$work/run/libpod"

[network]
# CNI rather than netavark, which keeps its state in /run/containers/networks whatever the
# configuration says; with host and none networks CNI writes nothing.
network_backend = "cni"
network_config_dir = "$work/net"
EOF

write_storage_conf() {
  cat >"$work/storage.conf" <<EOF
[storage]
driver = "$1"
graphroot = "$work/storage"
runroot = "$work/run/storage"
EOF
}

export CONTAINERS_CONF="$work/containers.conf"
export CONTAINERS_STORAGE_CONF="$work/storage.conf"

# overlay where the kernel allows it, vfs otherwise (slower, and images take more space).
driver=$(cat "$work/storage-driver" 2>/dev/null || true)
if [ -z "$driver" ]; then
  write_storage_conf overlay
  if podman info >"$work/podman-info.log" 2>&1 &&
    [ "$(podman info --format '{{.Store.GraphDriverName}}')" = overlay ]; then
    driver=overlay
  else
    log "overlay storage refused here (see $work/podman-info.log); using vfs"
    if mountpoint -q "$work/storage/overlay"; then umount "$work/storage/overlay"; fi
    rm -rf "$work/storage" "$work/run"
    mkdir -p "$work/run"
    driver=vfs
  fi
  echo "$driver" >"$work/storage-driver"
fi
write_storage_conf "$driver"
podman info >/dev/null || fail "podman does not start; see: podman info"
log "podman $(podman version --format '{{.Client.Version}}'), runtime runc, storage $driver in $work"

# --- Base image: Debian 12 minbase, slimmed like debian:bookworm-slim ---------------------
tarball="$work/debian-bookworm-slim.tar.gz"
make_rootfs() {
  local rootfs="$work/rootfs"
  rm -rf "$rootfs"
  log "debootstrap --variant=minbase bookworm from $mirror (cached afterwards in $tarball)"
  debootstrap --variant=minbase bookworm "$rootfs" "$mirror" >"$work/debootstrap.log" 2>&1 ||
    fail "debootstrap failed; see $work/debootstrap.log"
  # What the official slim image does: no docs, man pages or translations in later installs,
  # no apt caches or package lists in layers.
  cat >"$rootfs/etc/dpkg/dpkg.cfg.d/slim" <<'EOF'
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/man/*
path-exclude /usr/share/info/*
path-exclude /usr/share/locale/*
path-exclude /usr/share/lintian/*
path-exclude /usr/share/linda/*
EOF
  cat >"$rootfs/etc/apt/apt.conf.d/slim" <<'EOF'
APT::Install-Recommends "false";
Acquire::Languages "none";
Acquire::GzipIndexes "true";
Acquire::CompressionTypes::Order:: "gz";
DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/*.bin || true"; };
APT::Update::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/*.bin || true"; };
Dir::Cache::pkgcache "";
Dir::Cache::srcpkgcache "";
EOF
  rm -f "$rootfs/etc/apt/sources.list"
  cat >"$rootfs/etc/apt/sources.list.d/debian.sources" <<EOF
Types: deb
URIs: $mirror
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: ${DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security}
Suites: bookworm-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
  if grep -q " ${rootfs:?} \| ${rootfs:?}/" /proc/mounts; then
    fail "something is still mounted under $rootfs after debootstrap"
  fi
  find "$rootfs/usr/share/doc" -mindepth 1 -not -name copyright -not -type d -delete
  find "$rootfs/usr/share/doc" -mindepth 1 -type d -empty -delete
  rm -rf "${rootfs:?}"/usr/share/{man,info,locale,lintian,linda}/* \
    "${rootfs:?}"/var/cache/apt/* "${rootfs:?}"/var/lib/apt/lists/* "${rootfs:?}"/var/log/* \
    "${rootfs:?}"/dev/* "${rootfs:?}"/proc/* "${rootfs:?}"/sys/* "${rootfs:?}"/run/* \
    "${rootfs:?}"/tmp/*
  : >"$rootfs/etc/hostname"
  : >"$rootfs/etc/resolv.conf"
  tar --numeric-owner -C "$rootfs" -czf "$tarball.tmp" .
  mv "$tarball.tmp" "$tarball"
  rm -rf "$rootfs"
}

if ! podman image exists "$base_image"; then
  [ -f "$tarball" ] || make_rootfs
  log "podman import $tarball as $base_image"
  podman import --quiet \
    --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change 'CMD ["bash"]' "$tarball" "$base_image" >/dev/null
fi

# --- Images --------------------------------------------------------------------------------
# The build stage is tagged too (localhost/rt-build), so that it is not a dangling image:
# it stays as the layer cache for the next run while stale images are pruned.
build_image() { # log-name podman-build-args...
  local log_file="$work/build-$1.log"
  shift
  if ! podman build --pull=never --network host "$@" >"$log_file" 2>&1; then
    tail -n 40 "$log_file" >&2
    fail "podman build $* failed; see $log_file"
  fi
}
t0=$(now)
log "building $rt_image from Dockerfile (rt is compiled inside; log: $work/build-rt.log)"
# --network host: the build stage fetches Debian packages; no bridge network needed.
build_image rt --build-arg "BASE=$base_image" --target build -t localhost/rt-build:latest \
  -f "$root/Dockerfile" "$root"
build_image rt-final --build-arg "BASE=$base_image" -t "$rt_image" -f "$root/Dockerfile" "$root"
log "rt image built in $(($(elapsed_ms "$t0" "$(now)") / 1000)) s"

# Docker format keeps the HEALTHCHECK (OCI images have no field for it).
build_image app --format docker --build-arg "RT_IMAGE=$rt_image" -t "$app_image" \
  -f "$root/examples/docker/Dockerfile" "$root/examples"
podman image prune -f >/dev/null 2>&1 || true

# --- The rt image ----------------------------------------------------------------------------
version=$(podman run --rm "$rt_image" --version) || fail "rt --version does not run in the image"
[[ $version =~ ^v[0-9]+\.[0-9]+\.[0-9]+$ ]] || fail "rt --version printed '$version'"
log "ok: rt --version in the image: $version"

out=$(podman run --rm --entrypoint ldd "$rt_image" /usr/local/bin/rt /usr/local/lib/rt/libnode.so.108)
if grep -q 'not found' <<<"$out"; then
  grep 'not found' <<<"$out" >&2
  fail "libraries missing in the image"
fi
grep -q '/usr/local/bin/../lib/rt/libnode.so.108' <<<"$out" ||
  fail "rt does not find libnode.so.108 through its rpath: $out"
log "ok: ldd finds every library of rt and libnode.so.108"

out=$(podman run --rm "$rt_image" -p \
  "[require('os').userInfo().username, process.cwd(), require('fs').existsSync('/etc/ssl/certs/ca-certificates.crt'), require('fs').existsSync('/usr/local/share/man/man1/rt.1')].join(' ')")
[ "$out" = "root /app true true" ] || fail "image layout: got '$out'"
out=$(podman run --rm --user rt "$rt_image" -p "require('os').userInfo().uid + ' ' + require('os').homedir()")
[ "$out" = "1000 /home/rt" ] || fail "user rt: got '$out'"
log "ok: WORKDIR /app, CA certificates, man page, user rt (uid 1000)"

out=$(podman image inspect --format '{{json .Config.Entrypoint}} {{json .Config.Cmd}}' "$rt_image")
[ "$out" = '["rt"] null' ] || fail "entrypoint/cmd of the rt image: $out"

# rt as PID 1: a signal without a JS handler ends the program with 128 + signal, and quickly.
run_idle() { # name [env...] -> starts a container whose program would run forever
  local name=$1
  shift
  containers+=("$name")
  podman run -d --name "$name" "$@" "$rt_image" -e 'setInterval(() => {}, 1000)' >/dev/null
  sleep 0.5
  [ "$(podman inspect --format '{{.State.Running}}' "$name")" = true ] ||
    fail "$name did not start: $(podman logs "$name" 2>&1 | tail -5)"
}
exit_code() { podman inspect --format '{{.State.ExitCode}}' "$1"; }

run_idle "rt-term-$tag"
t0=$(now)
podman stop -t 10 "rt-term-$tag" >/dev/null
ms=$(elapsed_ms "$t0" "$(now)")
code=$(exit_code "rt-term-$tag")
[ "$code" = 143 ] || fail "SIGTERM to rt as PID 1: exit code $code, expected 143"
[ "$ms" -lt 2000 ] || fail "podman stop took $ms ms (rt as PID 1 ignored SIGTERM?)"
log "ok: podman stop (SIGTERM, no JS handler) ends rt as PID 1 in $ms ms, exit code 143"

run_idle "rt-int-$tag"
podman kill --signal INT "rt-int-$tag" >/dev/null
code=$(podman wait "rt-int-$tag")
[ "$code" = 130 ] || fail "SIGINT to rt as PID 1: exit code $code, expected 130"
log "ok: SIGINT ends rt as PID 1 with exit code 130"

# Orphans: sh starts `sleep 1` in the background and exits; sleep is re-parented to PID 1
# and, once it exits, must be reaped rather than stay a zombie. The control runs without
# rt's init (RT_NO_INIT=1), where the zombie must show: that proves the check can see one.
count_procs() { # name state|any -> number of `sleep` processes in the container (in that state)
  podman top "$1" pid state comm | awk -v s="$2" 'NR > 1 && $3 == "sleep" && (s == "any" || $2 == s)' | wc -l
}
orphan_js="require('child_process').spawn('sh', ['-c', 'sleep 1 & exit 0']); setInterval(() => {}, 1000)"
containers+=("rt-reap-$tag" "rt-noinit-$tag")
podman run -d --name "rt-reap-$tag" "$rt_image" -e "$orphan_js" >/dev/null
podman run -d --name "rt-noinit-$tag" -e RT_NO_INIT=1 "$rt_image" -e "$orphan_js" >/dev/null
for _ in $(seq 60); do
  [ "$(count_procs "rt-noinit-$tag" Z)" -ge 1 ] && break
  sleep 0.25
done
[ "$(count_procs "rt-noinit-$tag" Z)" -ge 1 ] ||
  fail "the control without rt's init shows no zombie sleep after 15 s: $(podman top "rt-noinit-$tag" pid ppid state comm)"
for _ in $(seq 20); do
  [ "$(count_procs "rt-reap-$tag" any)" = 0 ] && break
  sleep 0.25
done
[ "$(count_procs "rt-reap-$tag" any)" = 0 ] ||
  fail "rt as PID 1 did not reap the orphan: $(podman top "rt-reap-$tag" pid ppid state comm)"
log "ok: an orphaned process is reaped by rt as PID 1 (and stays a zombie with RT_NO_INIT=1)"
podman rm -f -t 0 "rt-reap-$tag" "rt-noinit-$tag" >/dev/null

# --- The example app ---------------------------------------------------------------------------
# Starts `podman run -d` and asks http://127.0.0.1:PORT/ every 5 ms until it answers; prints
# "<ms from podman run to the first answer> <status> <first line of the body>".
first_answer() { # name image port [run args...]
  python3 - "$@" <<'EOF'
import http.client, subprocess, sys, time
name, image, port, extra = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4:]
def running():
    state = subprocess.run(['podman', 'inspect', '--format', '{{.State.Running}}', name],
                           capture_output=True, text=True).stdout.strip()
    return state == 'true'

t0 = time.monotonic()
# podman's stderr is dropped: without systemd it logs that it cannot schedule health checks.
run = subprocess.Popen(['podman', 'run', '-d', '--name', name, '--network', 'host',
                        '-e', f'PORT={port}', *extra, image],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
tries = 0
while time.monotonic() - t0 < 30:
    try:
        conn = http.client.HTTPConnection('127.0.0.1', port, timeout=2)
        conn.request('GET', '/')
        res = conn.getresponse()
        body = res.read().decode('utf-8', 'replace')
        ms = (time.monotonic() - t0) * 1000
        run.wait()
        first = (body.splitlines() or [''])[0][:80]
        print(f'{ms:.0f} {res.status} {first}')
        sys.exit(0)
    except (OSError, http.client.HTTPException):
        tries += 1
        if run.poll() not in (None, 0):
            break
        # Once podman run has returned, stop waiting if the program has ended.
        if run.poll() == 0 and tries % 50 == 0 and not running():
            break
        time.sleep(0.005)
run.wait()
sys.exit(1)
EOF
}
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

port=$(free_port)
app="rt-app-$tag"
containers+=("$app")
if ! answer=$(first_answer "$app" "$app_image" "$port"); then
  state=$(podman inspect --format '{{.State.Status}} (exit code {{.State.ExitCode}})' "$app" 2>/dev/null || echo "not created")
  fail "the example app (examples/server.js) gave no HTTP answer on 127.0.0.1:$port (waited until it ended, at most 30 s); container: $state; its output:
$(podman logs "$app" 2>&1 | tail -20)"
fi
read -r start_ms status body <<<"$answer"
[ "$status" = 200 ] || fail "the example app answered HTTP $status"
log "ok: example app answers HTTP 200 (\"$body\"), $start_ms ms after podman run"

user=$(podman top "$app" user | awk 'NR > 1 {print $1; exit}')
[ "$user" = rt ] || fail "the example app runs as '$user', expected rt"
health=$(podman healthcheck run "$app" 2>&1) || fail "HEALTHCHECK of the example app failed: $health"
log "ok: the app runs as user rt; its HEALTHCHECK passes"

t0=$(now)
# (stderr: without systemd, podman complains that it cannot remove the health-check timer.)
podman stop -t 10 "$app" >/dev/null 2>>"$work/podman-stderr.log"
ms=$(elapsed_ms "$t0" "$(now)")
code=$(exit_code "$app")
[ "$ms" -lt 2000 ] || fail "podman stop of the example app took $ms ms"
case $code in 0 | 143) ;; *) fail "the example app exited with $code after SIGTERM" ;; esac
log "ok: podman stop ends the example app in $ms ms (exit code $code)"

# --- Sizes -----------------------------------------------------------------------------------
size_mb() { podman image inspect --format '{{.Size}}' "$1" | awk '{printf "%.1f", $1 / 1000000}'; }
log "image sizes (podman image inspect .Size, uncompressed, MB = 10^6 bytes):"
log "  $base_image  $(size_mb "$base_image")"
log "  $rt_image              $(size_mb "$rt_image")"
log "  $app_image      $(size_mb "$app_image")"

# --- Optional: cold starts against node --------------------------------------------------------
# node:20-bookworm-slim cannot be pulled here, so --bench rebuilds its content from this
# machine's node 20 (the official binary, repackaged by nodesource) the way nodejs/docker-node
# does: the binary, npm and corepack, and the headers with only the linux-x86_64 OpenSSL
# configuration, on the same Debian base. Only yarn 1.22 (about 5 MB) is missing.
if [ $bench = 1 ]; then
  node_bin=$(readlink -f "$(command -v node)") || fail "--bench needs node on PATH"
  node_prefix=$(dirname "$(dirname "$node_bin")")
  ctx="$work/node-image"
  rm -rf "$ctx"
  mkdir -p "$ctx/usr/local/bin" "$ctx/usr/local/lib" "$ctx/usr/local/include"
  cp "$node_bin" "$ctx/usr/local/bin/node"
  if [ -d "$node_prefix/lib/node_modules" ]; then
    cp -r "$node_prefix/lib/node_modules" "$ctx/usr/local/lib/"
  fi
  if [ -d "$node_prefix/include/node" ]; then
    cp -r "$node_prefix/include/node" "$ctx/usr/local/include/"
    find "$ctx/usr/local/include/node/openssl/archs" -mindepth 1 -maxdepth 1 \
      ! -name linux-x86_64 -exec rm -rf {} + 2>/dev/null || true
  fi
  cp "$root/examples/server.js" "$ctx/"
  {
    echo "FROM $base_image"
    echo 'RUN groupadd --gid 1000 node && useradd --uid 1000 --gid node --shell /bin/bash --create-home node'
    echo 'COPY usr /usr'
    echo 'RUN ln -s ../lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm && node --version && npm --version'
    echo 'WORKDIR /app'
    echo 'COPY server.js /app/'
    echo 'USER node'
    echo 'CMD ["node", "server.js"]'
  } >"$ctx/Dockerfile"
  podman build --pull=never --network host -t localhost/node-like:20 "$ctx" >"$work/build-node.log" 2>&1 ||
    fail "building the node comparison image failed; see $work/build-node.log"
  node_version=$(podman run --rm localhost/node-like:20 node --version)
  log "  localhost/node-like:20 (node $node_version, npm, corepack, headers)  $(size_mb localhost/node-like:20)"
  # The two images alternate, so that both see the same machine state; 10 runs each.
  declare -A times=()
  for i in 1 2 3 4 5 6 7 8 9 10; do
    for image in "$app_image" localhost/node-like:20; do
      name="bench-$tag-$i"
      containers+=("$name")
      answer=$(first_answer "$name" "$image" "$(free_port)") || fail "$image gave no HTTP answer"
      times[$image]+="${answer%% *} "
      podman rm -f -t 0 "$name" >/dev/null 2>>"$work/podman-stderr.log"
    done
  done
  for image in "$app_image" localhost/node-like:20; do
    median=$(tr ' ' '\n' <<<"${times[$image]}" | grep . | sort -n |
      awk '{ a[NR] = $1 } END { print (a[int((NR + 1) / 2)] + a[int(NR / 2) + 1]) / 2 }')
    log "  $image: podman run -> first HTTP answer, ms: ${times[$image]}(median $median)"
  done
fi

log "PASS"
