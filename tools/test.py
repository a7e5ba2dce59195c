#!/usr/bin/env python3
"""Runs rt's tests and ends with the line `N passed, N failed`.

Order: the Catch2 binary (--cctest), then test/parallel/test-*.{js,mjs} in
parallel, test/sequential/test-* one at a time, and the command-line checks of
tools/cli_test.py. Each JS test is its own process (cwd = repository root) and
passes when it exits 0 within the timeout; a test that prints a line starting
with `1..0 # Skipped` and exits 0 counts as skipped.

    python3 tools/test.py                   # everything, with out/Release/rt
    python3 tools/test.py -j1 -v process    # tests whose path contains "process"
    python3 tools/test.py --node            # the same tests under node
"""

import argparse
import concurrent.futures
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import cli_test  # noqa: E402  (sits beside this file)

TAIL_LINES = 40
SKIP_MARK = re.compile(rb'^1\.\.0 # Skipped', re.MULTILINE)
FLAGS_LINE = re.compile(r'^// Flags:(.*)$', re.MULTILINE)
# Variables that would make node (or rt) behave differently from a plain run.
SCRUBBED_ENV = ('NODE_OPTIONS', 'NODE_NO_WARNINGS', 'NODE_PENDING_DEPRECATION',
                'NODE_DISABLE_COLORS', 'FORCE_COLOR', 'NODE_PATH', 'NODE_REPL_EXTERNAL_MODULE')


class Result:
    def __init__(self, name, status, detail='', output=b'', command=None, seconds=0.0):
        self.name = name
        self.status = status  # 'pass', 'fail' or 'skip'
        self.detail = detail
        self.output = output
        self.command = command
        self.seconds = seconds


class ProcessRunner:
    """Runs child processes in their own process group so a timeout or Ctrl-C
    kills a test together with anything it spawned."""

    def __init__(self):
        self._lock = threading.Lock()
        self._running = set()

    def run(self, argv, timeout, cwd=ROOT, env=None, stdin_data=None):
        """Returns (returncode or None on timeout, combined stdout+stderr bytes)."""
        proc = subprocess.Popen(argv, cwd=cwd, env=env, start_new_session=True,
                                stdin=subprocess.PIPE if stdin_data is not None else subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        with self._lock:
            self._running.add(proc)
        try:
            output, _ = proc.communicate(stdin_data, timeout=timeout)
            return proc.returncode, output
        except subprocess.TimeoutExpired:
            self._kill(proc)
            output, _ = proc.communicate()
            return None, output
        finally:
            with self._lock:
                self._running.discard(proc)

    @staticmethod
    def _kill(proc):
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            proc.kill()

    def kill_all(self):
        with self._lock:
            running = list(self._running)
        for proc in running:
            self._kill(proc)


def clean_env():
    env = dict(os.environ)
    for name in SCRUBBED_ENV:
        env.pop(name, None)
    return env


def describe_exit(returncode, timeout):
    if returncode is None:
        return f'timed out after {timeout:g} s'
    if returncode < 0:
        try:
            return f'killed by {signal.Signals(-returncode).name}'
        except ValueError:
            return f'killed by signal {-returncode}'
    return f'exit code {returncode}'


def test_flags(path):
    """Extra options a test asks for with a `// Flags: --x --y` comment."""
    try:
        with open(path, encoding='utf-8', errors='replace') as f:
            head = f.read(4096)
    except OSError:
        return []
    match = FLAGS_LINE.search(head)
    return match.group(1).split() if match else []


def run_js_test(runner, binary, rel_path, timeout, env):
    argv = [binary] + test_flags(os.path.join(ROOT, rel_path)) + [rel_path]
    start = time.monotonic()
    try:
        returncode, output = runner.run(argv, timeout, env=env)
    except OSError as e:
        return Result(rel_path, 'fail', f'cannot run {binary}: {e.strerror}', command=' '.join(argv))
    seconds = time.monotonic() - start
    if returncode == 0:
        status = 'skip' if SKIP_MARK.search(output) else 'pass'
        return Result(rel_path, status, output=output, seconds=seconds)
    return Result(rel_path, 'fail', describe_exit(returncode, timeout), output,
                  ' '.join(argv), seconds)


def run_cctest(runner, path, timeout, env):
    start = time.monotonic()
    if not os.access(path, os.X_OK):
        return Result('cctest', 'fail', f'{path} is missing or not executable')
    returncode, output = runner.run([path], timeout, env=env)
    seconds = time.monotonic() - start
    if returncode == 0:
        return Result('cctest', 'pass', output=output, seconds=seconds)
    return Result('cctest', 'fail', describe_exit(returncode, timeout), output, path, seconds)


def run_cli_check(check, ctx):
    name, fn = check
    start = time.monotonic()
    try:
        fn(ctx)
        status, detail, output = 'pass', '', b''
    except cli_test.Skip as e:
        status, detail, output = 'skip', str(e), b''
    except cli_test.CheckFailure as e:
        status, detail, output = 'fail', e.summary, e.details.encode()
    except Exception as e:  # a bug in the check itself still counts as a failure
        status, detail, output = 'fail', f'{type(e).__name__}: {e}', b''
    return Result(f'cli/{name}', status, detail, output, None, time.monotonic() - start)


def discover(directory):
    base = os.path.join(ROOT, 'test', directory)
    if not os.path.isdir(base):
        return []
    names = [n for n in os.listdir(base)
             if n.startswith('test-') and (n.endswith('.js') or n.endswith('.mjs'))]
    return [os.path.join('test', directory, n) for n in sorted(names)]


def matches(name, filters):
    if not filters:
        return True
    for f in filters:
        if f in name:
            return True
        if os.path.exists(f) and os.path.abspath(f) == os.path.join(ROOT, name):
            return True
    return False


class Reporter:
    def __init__(self, total, verbose):
        self.total = total
        self.verbose = verbose
        self.done = 0
        self.results = []
        self._lock = threading.Lock()

    def report(self, result):
        with self._lock:
            self.done += 1
            self.results.append(result)
            if self.verbose:
                label = {'pass': 'PASS', 'fail': 'FAIL', 'skip': 'SKIP'}[result.status]
                print(f'[{self.done}/{self.total}] {label} {result.name} ({result.seconds:.2f} s)',
                      flush=True)
            if result.status == 'fail':
                self._print_failure(result)

    @staticmethod
    def _print_failure(result):
        command = f'  [{result.command}]' if result.command else ''
        print(f'FAIL {result.name}: {result.detail}{command}', flush=True)
        text = result.output.decode('utf-8', errors='replace').rstrip('\n')
        if text:
            for line in text.split('\n')[-TAIL_LINES:]:
                print(f'    | {line}')
        sys.stdout.flush()

    def summary(self):
        counts = {s: sum(1 for r in self.results if r.status == s) for s in ('pass', 'fail', 'skip')}
        line = f"{counts['pass']} passed, {counts['fail']} failed"
        if counts['skip']:
            line += f", {counts['skip']} skipped"
        return line, counts['fail']


def parse_args(argv):
    parser = argparse.ArgumentParser(description='Run rt tests.')
    parser.add_argument('filters', nargs='*',
                        help='run only tests whose path (or cli/<check> name) contains one of these')
    parser.add_argument('--rt', default=os.path.join(ROOT, 'out', 'Release', 'rt'),
                        help='rt binary (default out/Release/rt)')
    parser.add_argument('--node', action='store_true',
                        help='run the tests under node instead of rt')
    parser.add_argument('--cctest', metavar='PATH', help='run this Catch2 binary first, as one test')
    parser.add_argument('-j', '--jobs', type=int, default=os.cpu_count() or 1)
    parser.add_argument('--timeout', type=float, default=60.0, help='seconds per test (default 60)')
    parser.add_argument('-v', '--verbose', action='store_true', help='one progress line per test')
    return parser.parse_args(argv)


def main(argv):
    args = parse_args(argv)
    if args.node:
        binary = shutil.which('node')
        if not binary:
            print('test.py: --node given but no node on PATH', file=sys.stderr)
            return 2
    else:
        binary = os.path.abspath(args.rt)
    env = clean_env()

    parallel = [t for t in discover('parallel') if matches(t, args.filters)]
    sequential = [t for t in discover('sequential') if matches(t, args.filters)]
    checks = [c for c in cli_test.CHECKS if matches(f'cli/{c[0]}', args.filters)]
    run_cc = bool(args.cctest) and not args.node
    total = len(parallel) + len(sequential) + len(checks) + (1 if run_cc else 0)

    if not args.node and not os.access(binary, os.X_OK):
        print(f'test.py: {binary} is missing or not executable (build first, or use --node)',
              file=sys.stderr)

    runner = ProcessRunner()
    reporter = Reporter(total, args.verbose)
    jobs = max(1, args.jobs)
    ctx = cli_test.Context(binary, args.timeout, env)
    pool = concurrent.futures.ThreadPoolExecutor(jobs)

    def run_all(items, fn):
        futures = [pool.submit(fn, item) for item in items]
        for future in concurrent.futures.as_completed(futures):
            reporter.report(future.result())

    try:
        if run_cc:
            reporter.report(run_cctest(runner, os.path.abspath(args.cctest), args.timeout * 5, env))
        run_all(parallel, lambda t: run_js_test(runner, binary, t, args.timeout, env))
        for t in sequential:
            reporter.report(run_js_test(runner, binary, t, args.timeout, env))
        run_all(checks, lambda c: run_cli_check(c, ctx))
    except KeyboardInterrupt:
        pool.shutdown(wait=False, cancel_futures=True)
        runner.kill_all()
        ctx.kill_all()
        print('\ninterrupted', file=sys.stderr)
        return 130
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
        ctx.close()

    line, failed = reporter.summary()
    print(line, flush=True)
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
