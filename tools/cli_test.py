#!/usr/bin/env python3
"""Command-line behaviour of rt, checked from outside the process.

Each check runs the rt binary with subprocess. Where Node's output is fixed
(stdout, exit code) the same run under `node` must give the same bytes; where it
names the program, a pid or Node-internal frames, the check states the expected
text. tools/test.py runs every check as a test named cli/<check>; this file can
also run alone:

    python3 tools/cli_test.py [--rt PATH | --node] [filters...]
"""

import difflib
import errno
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TEN_MB = 10 * 1024 * 1024


class Skip(Exception):
    pass


class CheckFailure(Exception):
    def __init__(self, summary, details=''):
        super().__init__(summary)
        self.summary = summary
        self.details = details


class Run:
    def __init__(self, argv, returncode, stdout, stderr, pid):
        self.argv = argv
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr
        self.pid = pid

    def describe(self):
        return (f'$ {" ".join(self.argv)}\nexit code: {self.returncode}\n'
                f'--- stdout (tail)\n{tail(self.stdout)}\n--- stderr (tail)\n{tail(self.stderr)}')


def tail(data, lines=20):
    text = data.decode('utf-8', errors='replace')
    if len(text) > 4000:
        text = '...' + text[-4000:]
    return '\n'.join(text.rstrip('\n').split('\n')[-lines:])


class Context:
    """What every check needs: the binary under test, node, a scratch directory."""

    def __init__(self, binary, timeout, env):
        self.rt = binary
        self.node = shutil.which('node')
        self.is_node = bool(self.node) and os.path.realpath(binary) == os.path.realpath(self.node)
        self.timeout = timeout
        self.env = env
        self.tmp = tempfile.mkdtemp(prefix='rt-cli-test-')
        self._lock = threading.Lock()
        self._running = set()

    def run(self, binary, args, stdin=None, cwd=None):
        argv = [binary] + list(args)
        for attempt in range(20):
            try:
                proc = subprocess.Popen(argv, cwd=cwd or ROOT, env=self.env, start_new_session=True,
                                        stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE)
                break
            except OSError as e:
                # A script written just now can be briefly "busy" when a child that another
                # check forked at that moment inherited its write descriptor: try again.
                if e.errno == errno.ETXTBSY and attempt < 19:
                    time.sleep(0.05)
                    continue
                raise CheckFailure(f'cannot run {binary}: {e.strerror}')
        with self._lock:
            self._running.add(proc)
        try:
            out, err = proc.communicate(stdin, timeout=self.timeout)
        except subprocess.TimeoutExpired:
            kill_group(proc)
            out, err = proc.communicate()
            raise CheckFailure(f'timed out after {self.timeout:g} s: {" ".join(argv)}',
                               Run(argv, None, out, err, proc.pid).describe())
        finally:
            with self._lock:
                self._running.discard(proc)
        return Run(argv, proc.returncode, out, err, proc.pid)

    def rt_run(self, args, **kw):
        return self.run(self.rt, args, **kw)

    def node_run(self, args, **kw):
        if not self.node:
            raise CheckFailure('node is not on PATH; this check compares against it')
        return self.run(self.node, args, **kw)

    def write(self, name, text, executable=False):
        path = os.path.join(self.tmp, name)
        with open(path, 'w', encoding='utf-8') as f:
            f.write(text)
        if executable:
            os.chmod(path, os.stat(path).st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
        return path

    def kill_all(self):
        with self._lock:
            running = list(self._running)
        for proc in running:
            kill_group(proc)

    def close(self):
        shutil.rmtree(self.tmp, ignore_errors=True)


def kill_group(proc):
    try:
        os.killpg(proc.pid, 9)
    except (ProcessLookupError, PermissionError):
        proc.kill()


# --- comparison helpers ------------------------------------------------------

def text_diff(actual, expected):
    a = actual.decode('utf-8', errors='replace').splitlines(keepends=True)
    e = expected.decode('utf-8', errors='replace').splitlines(keepends=True)
    lines = list(difflib.unified_diff(e, a, 'expected', 'actual'))
    return ''.join(lines[:60])


def expect_bytes(what, run, actual, expected):
    if actual == expected:
        return
    if len(actual) > 100000 or len(expected) > 100000:
        detail = f'{what}: {len(actual)} bytes, expected {len(expected)} bytes'
    else:
        detail = text_diff(actual, expected)
    raise CheckFailure(f'{what} differs', f'{detail}\n{run.describe()}')


def expect_returncode(run, expected):
    if run.returncode != expected:
        raise CheckFailure(f'exit code {run.returncode}, expected {expected}', run.describe())


def same_as_node(ctx, args, stdin=None, stderr=False):
    """Runs args under rt and node; stdout and exit code (and stderr if asked)
    must be identical. Returns the rt run."""
    got = ctx.rt_run(args, stdin=stdin)
    want = ctx.node_run(args, stdin=stdin)
    expect_bytes('stdout', got, got.stdout, want.stdout)
    if stderr:
        expect_bytes('stderr', got, got.stderr, want.stderr)
    expect_returncode(got, want.returncode)
    return got


def expect_prefix_lines(run, stream, expected_lines):
    """The first lines of `stream` must be exactly `expected_lines`."""
    data = getattr(run, stream)
    actual = data.decode('utf-8', errors='replace').split('\n')[:len(expected_lines)]
    if actual != expected_lines:
        diff = '\n'.join(difflib.unified_diff(expected_lines, actual, 'expected', 'actual', lineterm=''))
        raise CheckFailure(f'{stream} does not start as expected', f'{diff}\n{run.describe()}')


def expect_contains(run, stream, needle):
    data = getattr(run, stream).decode('utf-8', errors='replace')
    if needle not in data:
        raise CheckFailure(f'{stream} lacks {needle.splitlines()[0]!r}',
                           f'expected to contain:\n{needle}\n{run.describe()}')


def program_name(binary):
    return os.path.basename(binary)


# --- checks: exit codes --------------------------------------------------------

def check_exit_code_property(ctx):
    run = same_as_node(ctx, ['-e', 'process.exitCode = 3; console.log("set")'])
    expect_returncode(run, 3)


def check_exit_code_process_exit(ctx):
    script = ("process.on('exit', (code) => console.log('exit', code, process.exitCode));"
              "process.exit(7); console.log('not reached');")
    run = same_as_node(ctx, ['-e', script])
    expect_bytes('stdout', run, run.stdout, b'exit 7 7\n')
    expect_returncode(run, 7)


def check_exit_code_exit_uses_exitcode(ctx):
    run = same_as_node(ctx, ['-e', 'process.exitCode = 4; process.exit()'])
    expect_returncode(run, 4)


def check_exit_code_uncaught(ctx):
    run = same_as_node(ctx, ['-e', 'setTimeout(() => { throw new Error("late") }, 1)'])
    expect_returncode(run, 1)


def check_exit_code_exit_listener_changes_code(ctx):
    script = "process.on('exit', (code) => { process.exitCode = code + 10 });"
    run = same_as_node(ctx, ['-e', script + 'process.exitCode = 2'])
    expect_returncode(run, 12)


# --- checks: stdout flushing -------------------------------------------------
# Node loses what is still queued on a pipe when process.exit() is called (only
# the first 64 KB of a big write arrive); rt writes stdio to pipes synchronously
# and delivers everything. Those checks state rt's behaviour and are skipped
# under --node.

def rt_only(ctx, why):
    if ctx.is_node:
        raise Skip(why)


NODE_TRUNCATES = 'node drops piped stdio still queued at process.exit()'


def check_stdout_flush_write_then_exit(ctx):
    rt_only(ctx, NODE_TRUNCATES)
    script = ctx.write('flush_write.js',
                       "process.stdout.write('x'.repeat(%d));\nprocess.exit(0);\n" % TEN_MB)
    run = ctx.rt_run([script])
    expect_returncode(run, 0)
    if run.stdout != b'x' * TEN_MB:
        raise CheckFailure(f'stdout has {len(run.stdout)} bytes, expected {TEN_MB}', run.describe())


def check_stdout_flush_console_log_then_exit(ctx):
    rt_only(ctx, NODE_TRUNCATES)
    # 10 MB in 100-byte lines, then exit with a code, all through a pipe.
    lines = TEN_MB // 100
    script = ctx.write('flush_log.js',
                       "const line = 'y'.repeat(99);\n"
                       "for (let i = 0; i < %d; i++) console.log(line);\n"
                       "process.exit(5);\n" % lines)
    run = ctx.rt_run([script])
    expect_returncode(run, 5)
    if run.stdout != (b'y' * 99 + b'\n') * lines:
        raise CheckFailure(f'stdout has {len(run.stdout)} bytes, expected {lines * 100}', run.describe())


def check_stderr_flush_then_exit(ctx):
    rt_only(ctx, NODE_TRUNCATES)
    size = TEN_MB // 10
    script = ctx.write('flush_stderr.js',
                       "process.stderr.write('e'.repeat(%d));\nprocess.exit(0);\n" % size)
    run = ctx.rt_run([script])
    expect_returncode(run, 0)
    if run.stderr != b'e' * size:
        raise CheckFailure(f'stderr has {len(run.stderr)} bytes, expected {size}', run.describe())


def check_stdout_flush_natural_exit(ctx):
    script = ctx.write('flush_natural.js',
                       "process.stdout.write('z'.repeat(%d));\nprocess.exitCode = 3;\n" % TEN_MB)
    run = same_as_node(ctx, [script])
    if len(run.stdout) != TEN_MB:
        raise CheckFailure(f'stdout has {len(run.stdout)} bytes, expected {TEN_MB}', run.describe())


# --- checks: -e, -p, --version, options -------------------------------------

def check_eval(ctx):
    same_as_node(ctx, ['-e', 'console.log("%s=%d", "a", 42, [1, "two", {three: 3}])'])


def check_eval_argv(ctx):
    run = same_as_node(ctx, ['-e', 'console.log(process.argv.length, process.argv.slice(1))',
                             'x', '--y'])
    expect_bytes('stdout', run, run.stdout, b"3 [ 'x', '--y' ]\n")


def check_eval_module_scope(ctx):
    # -e code runs with require, module, __filename as in Node's [eval] wrapper.
    same_as_node(ctx, ['-e', 'console.log(typeof require, typeof module, __filename, '
                             'require("path").join("a", "b"))'])


def check_print_eval(ctx):
    for expr in ['1 + 1', "({ a: 1, b: 'x', c: [1, 2] })", 'undefined', "'str'", 'null']:
        same_as_node(ctx, ['-p', expr])


def check_version(ctx):
    for flag in ['--version', '-v']:
        run = ctx.rt_run([flag])
        expect_returncode(run, 0)
        if not re.fullmatch(rb'v\d+\.\d+\.\d+\S*\n', run.stdout):
            raise CheckFailure(f'{flag} printed {run.stdout[:80]!r}, expected v<major>.<minor>.<patch>',
                               run.describe())


def check_prebound_libnode(ctx):
    # The build tree's rt loads the pre-bound libnode (tools/bind_libnode.py) through its
    # rpath; an install has only that copy.
    rt_only(ctx, 'a property of the rt build')
    code = "console.log(require('fs').readFileSync('/proc/self/maps', 'utf8')" \
           ".split('\\n').filter((l) => l.endsWith('/libnode.so.108'))" \
           ".map((l) => l.slice(l.lastIndexOf(' ') + 1))[0])"
    run = ctx.rt_run(['-e', code])
    expect_returncode(run, 0)
    loaded = run.stdout.decode().strip()
    if os.path.dirname(ctx.rt) == os.path.dirname(os.path.dirname(os.path.dirname(loaded))) \
            and loaded.endswith('/lib/bound/libnode.so.108'):
        return
    if loaded.endswith('/lib/rt/libnode.so.108'):
        return  # installed
    raise CheckFailure(f'rt loaded {loaded!r}, expected the pre-bound lib/bound/libnode.so.108',
                       run.describe())


def check_unknown_option(ctx):
    run = ctx.rt_run(['--no-such-option'])
    expect_returncode(run, 9)
    expect_bytes('stderr', run, run.stderr, f'{ctx.rt}: bad option: --no-such-option\n'.encode())
    expect_bytes('stdout', run, run.stdout, b'')


# --- checks: error output ----------------------------------------------------

def check_syntax_error_output(ctx):
    path = ctx.write('syntax_error.js', "'use strict';\n\nconst x = ;\n")
    run = ctx.rt_run([path])
    expect_returncode(run, 1)
    expect_prefix_lines(run, 'stderr', [
        f'{path}:3',
        'const x = ;',
        '          ^',
        '',
        "SyntaxError: Unexpected token ';'",
    ])


def check_syntax_error_eval_output(ctx):
    run = ctx.rt_run(['-e', 'let = ;'])
    expect_returncode(run, 1)
    expect_prefix_lines(run, 'stderr', [
        '[eval]:1',
        'let = ;',
        '      ^',
        '',
        "SyntaxError: Unexpected token ';'",
    ])


def check_uncaught_error_output(ctx):
    path = ctx.write('uncaught.js', "const a = 1;\nthrow new Error('boom');\n")
    run = ctx.rt_run([path])
    expect_returncode(run, 1)
    expect_prefix_lines(run, 'stderr', [
        f'{path}:2',
        "throw new Error('boom');",
        '^',
        '',
        'Error: boom',
        f'    at Object.<anonymous> ({path}:2:7)',
    ])


def check_missing_module_uncaught(ctx):
    path = ctx.write('missing_module.js', "require('./nope');\n")
    run = ctx.rt_run([path])
    expect_returncode(run, 1)
    expect_contains(run, 'stderr', f"Error: Cannot find module './nope'\nRequire stack:\n- {path}\n")
    expect_contains(run, 'stderr', f"  code: 'MODULE_NOT_FOUND',\n  requireStack: [ '{path}' ]\n}}\n")


def check_missing_entry_script(ctx):
    path = os.path.join(ctx.tmp, 'no-such-entry.js')
    run = ctx.rt_run([path])
    expect_returncode(run, 1)
    expect_contains(run, 'stderr', f"Error: Cannot find module '{path}'\n")
    expect_contains(run, 'stderr', "  code: 'MODULE_NOT_FOUND',\n  requireStack: []\n}\n")


def check_unhandled_rejection_output(ctx):
    run = same_as_node(ctx, ['-e', "Promise.reject(new Error('x'))"])
    expect_returncode(run, 1)
    expect_prefix_lines(run, 'stderr', [
        '[eval]:1',
        "Promise.reject(new Error('x'))",
        '               ^',
        '',
        'Error: x',
        '    at [eval]:1:16',
    ])


def check_unhandled_rejection_non_error(ctx):
    run = same_as_node(ctx, ['-e', 'Promise.reject(42)'])
    expect_returncode(run, 1)
    expect_contains(run, 'stderr',
                    'UnhandledPromiseRejection: This error originated either by throwing inside '
                    'of an async function without a catch block, or by rejecting a promise which '
                    'was not handled with .catch(). The promise rejected with the reason "42".\n')
    expect_contains(run, 'stderr', "  code: 'ERR_UNHANDLED_REJECTION'\n}\n")


def check_unhandled_rejections_modes(ctx):
    for mode, code in [('warn', 0), ('none', 0), ('warn-with-error-code', 1), ('strict', 1),
                       ('throw', 1)]:
        run = same_as_node(ctx, [f'--unhandled-rejections={mode}', '-e',
                                 "Promise.reject(new Error('x')); setTimeout(() => console.log('on'), 1)"])
        expect_returncode(run, code)
        if mode.startswith('warn'):
            expect_contains(run, 'stderr', 'UnhandledPromiseRejectionWarning: Error: x\n')
            expect_contains(run, 'stderr', '(rejection id: 1)\n')
        if mode == 'none':
            expect_bytes('stderr', run, run.stderr, b'')


def check_unhandled_rejection_handler(ctx):
    script = ("process.on('unhandledRejection', (r, p) => console.log('caught', r.message, p instanceof Promise));"
              "Promise.reject(new Error('x'))")
    run = same_as_node(ctx, ['-e', script])
    expect_bytes('stdout', run, run.stdout, b'caught x true\n')


def check_missing_module_caught(ctx):
    path = ctx.write('missing_module_caught.js',
                     "try { require('no-such-package-rt'); } catch (e) {\n"
                     "  console.log(e.code, JSON.stringify(e.message), e.requireStack);\n}\n")
    run = same_as_node(ctx, [path])
    expect_contains(run, 'stdout', "MODULE_NOT_FOUND \"Cannot find module 'no-such-package-rt'")


# --- checks: ways to start a script ------------------------------------------

def check_shebang_executed_directly(ctx):
    body = "console.log('hi', process.argv.slice(2), require('path').basename(__filename));\n"
    rt_script = ctx.write('shebang_rt.js', f'#!{ctx.rt}\n{body}', executable=True)
    node_script = ctx.write('shebang_node.js', f'#!{ctx.node or "/usr/bin/env node"}\n{body}',
                            executable=True)
    got = ctx.run(rt_script, ['a', 'b'])
    expect_returncode(got, 0)
    expect_bytes('stdout', got, got.stdout, b"hi [ 'a', 'b' ] shebang_rt.js\n")
    want = ctx.run(node_script, ['a', 'b'])
    expect_bytes('stdout', got, got.stdout.replace(b'shebang_rt', b'shebang_node'), want.stdout)


def check_shebang_line_ignored(ctx):
    path = ctx.write('shebang_env.js', "#!/usr/bin/env node\nconsole.log(1 + 1);\n")
    run = same_as_node(ctx, [path])
    expect_bytes('stdout', run, run.stdout, b'2\n')


def check_stdin_script(ctx):
    code = b"console.log(require('path').basename('/a/b.js'), typeof require, __filename)\n"
    run = same_as_node(ctx, [], stdin=code)
    expect_bytes('stdout', run, run.stdout, b'b.js function [stdin]\n')


def check_stdin_dash(ctx):
    code = b"console.log(process.argv.slice(1)); process.exitCode = 6;\n"
    run = same_as_node(ctx, ['-', 'a', 'b'], stdin=code)
    expect_bytes('stdout', run, run.stdout, b"[ '-', 'a', 'b' ]\n")
    expect_returncode(run, 6)


# --- checks: warnings --------------------------------------------------------

def warning_prefixes(ctx, run):
    # Node prefixes with process.release.name; rt may keep 'node' for compatibility.
    return [f'({name}:{run.pid}) ' for name in dict.fromkeys(['node', program_name(ctx.rt)])]


def expect_warning(ctx, run, body, flag):
    hint = (f'(Use `{program_name(ctx.rt)} --trace-{flag} ...` '
            'to show where the warning was created)\n')
    candidates = [(p + body + '\n' + hint).encode() for p in warning_prefixes(ctx, run)]
    if run.stderr not in candidates:
        raise CheckFailure('warning text differs',
                           f'{text_diff(run.stderr, candidates[-1])}\n{run.describe()}')


def check_emit_warning_stderr(ctx):
    run = same_as_node(ctx, ['-e', "process.emitWarning('boom'); console.log('after')"])
    expect_warning(ctx, run, 'Warning: boom', 'warnings')


def check_emit_warning_deprecation_stderr(ctx):
    run = same_as_node(ctx, ['-e', "process.emitWarning('old', 'DeprecationWarning', 'DEP0999')"])
    expect_warning(ctx, run, '[DEP0999] DeprecationWarning: old', 'deprecation')


def check_emit_warning_custom_type_stderr(ctx):
    script = "const e = new Error('bad'); e.name = 'FooWarning'; process.emitWarning(e)"
    run = same_as_node(ctx, ['-e', script])
    expect_warning(ctx, run, 'FooWarning: bad', 'warnings')


def check_no_warnings_flag(ctx):
    run = same_as_node(ctx, ['--no-warnings', '-e', "process.emitWarning('boom')"], stderr=True)
    expect_bytes('stderr', run, run.stderr, b'')


# --- checks: signals ------------------------------------------------------------

def run_until_ready_then_signal(ctx, script, signum):
    """Starts `rt -e script`, waits for 'ready' on stdout, sends signum; returns
    (returncode, stdout)."""
    import signal as signal_module
    proc = subprocess.Popen([ctx.rt, '-e', script], env=ctx.env, start_new_session=True,
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    try:
        first = proc.stdout.readline()
        if first != b'ready\n':
            raise CheckFailure(f'expected "ready", got {first!r}')
        proc.send_signal(signum)
        out, err = proc.communicate(timeout=ctx.timeout)
    except subprocess.TimeoutExpired:
        kill_group(proc)
        raise CheckFailure('still running after the signal')
    finally:
        if proc.poll() is None:
            kill_group(proc)
    return proc.returncode, first + out


def check_signal_sigterm_handler(ctx):
    import signal as signal_module
    script = ("process.on('SIGTERM', (name, num) => { console.log('got', name, num); "
              "process.exit(0); }); setInterval(() => {}, 1000); console.log('ready');")
    code, out = run_until_ready_then_signal(ctx, script, signal_module.SIGTERM)
    if code != 0 or out != b'ready\ngot SIGTERM 15\n':
        raise CheckFailure(f'exit code {code}, stdout {out!r}; expected 0 and the handler output')


def check_signal_default_terminates(ctx):
    # No listener: the OS default, as in Node (a shell reports 128 + n: 143, 130).
    import signal as signal_module
    for signum in (signal_module.SIGTERM, signal_module.SIGINT, signal_module.SIGHUP):
        script = "setInterval(() => {}, 1000); console.log('ready');"
        code, _ = run_until_ready_then_signal(ctx, script, signum)
        if code != -signum:
            raise CheckFailure(f'exit status {code} after signal {signum}, expected {-signum}')


# --- checks: the REPL on a real terminal (tmux) ------------------------------------
# tools/bootstrap.sh installs tmux; without it these checks cannot run.

class Tmux:
    def __init__(self, ctx, name):
        if not shutil.which('tmux'):
            raise CheckFailure('tmux is not installed (apt-get install tmux)')
        self.ctx = ctx
        self.socket = os.path.join(ctx.tmp, f'tmux-{name}')
        self.history = os.path.join(ctx.tmp, 'repl_history')

    def tmux(self, *args):
        return subprocess.run(['tmux', '-S', self.socket] + list(args), capture_output=True,
                              env=self.ctx.env, timeout=30)

    def start(self):
        env = (f'RT_REPL_HISTORY={self.history} NODE_REPL_HISTORY={self.history} '
               'NO_COLOR=1 TERM=xterm')
        cmd = f'cd {self.ctx.tmp} && env {env} {self.ctx.rt}; echo "[exited $?]"; sleep 60'
        result = self.tmux('new-session', '-d', '-s', 'repl', '-x', '100', '-y', '40', cmd)
        if result.returncode != 0:
            raise CheckFailure('tmux new-session failed', result.stderr.decode())
        # capture-pane drops trailing blanks: the prompt shows as '>'.
        self.wait_for('information.\n>')

    def screen(self):
        return self.tmux('capture-pane', '-p', '-t', 'repl').stdout.decode('utf-8', 'replace')

    def send(self, *keys):
        self.tmux('send-keys', '-t', 'repl', *keys)

    def wait_for(self, text, after=''):
        import time
        deadline = time.time() + 15
        while time.time() < deadline:
            screen = self.screen()
            rest = screen[screen.rfind(after):] if after and after in screen else screen
            if after and after not in screen:
                rest = ''
            if text in rest:
                return screen
            time.sleep(0.05)
        raise CheckFailure(f'the terminal never showed {text!r}', self.screen())

    def stop(self):
        self.tmux('kill-server')


def check_repl_terminal_session(ctx):
    term = Tmux(ctx, 'session')
    saved = os.path.join(ctx.tmp, 'saved_session.js')
    try:
        term.start()
        term.send('function twice(a) {', 'Enter')
        term.wait_for('\n...')
        term.send('return a * 2', 'Enter', '}', 'Enter')
        term.send('await Promise.resolve(twice(21))', 'Enter')
        term.wait_for('\n42\n')
        term.send('process.ver')
        term.wait_for('> process.ver')
        term.send('Tab')
        term.wait_for('> process.version')
        term.send('Tab')
        term.wait_for('process.version   process.versions')
        term.send('C-u')
        term.send("throw new Error('still alive')", 'Enter')
        term.wait_for('Uncaught Error: still alive')
        term.send('twice(4)', 'Enter')
        term.wait_for('\n8\n')
        term.send(f'.save {saved}', 'Enter')
        term.wait_for(f'Session saved to: {saved}')
        term.send('C-c')
        term.wait_for('(To exit, press Ctrl+C again or Ctrl+D or type .exit)')
        term.send('C-c')
        term.wait_for('[exited 0]')
        with open(saved, encoding='utf-8') as f:
            text = f.read()
        if 'return a * 2' not in text or 'twice(4)' not in text:
            raise CheckFailure('.save wrote an unexpected session', text)

        # A second session: history from the first, and .load of the saved file.
        term.stop()
        term = Tmux(ctx, 'session2')
        term.start()
        term.send('Up')
        term.wait_for(f'> .save {saved}')
        term.send('C-u', f'.load {saved}', 'Enter')
        term.wait_for('8\n>', after=f'.load {saved}')
        term.send('C-d')
        term.wait_for('[exited 0]')
    finally:
        term.stop()


CHECKS = [(name[len('check_'):], fn) for name, fn in list(globals().items())
          if name.startswith('check_') and callable(fn)]


def main(argv):
    import argparse
    parser = argparse.ArgumentParser(description='Command-line checks of rt.')
    parser.add_argument('filters', nargs='*')
    parser.add_argument('--rt', default=os.path.join(ROOT, 'out', 'Release', 'rt'))
    parser.add_argument('--node', action='store_true', help='check node itself')
    args = parser.parse_args(argv)
    binary = shutil.which('node') if args.node else os.path.abspath(args.rt)
    env = dict(os.environ)
    env.pop('NODE_OPTIONS', None)
    ctx = Context(binary, 60.0, env)
    counts = {'pass': 0, 'fail': 0, 'skip': 0}
    try:
        for name, fn in CHECKS:
            if args.filters and not any(f in f'cli/{name}' for f in args.filters):
                continue
            try:
                fn(ctx)
                counts['pass'] += 1
            except Skip:
                counts['skip'] += 1
            except CheckFailure as e:
                counts['fail'] += 1
                print(f'FAIL cli/{name}: {e.summary}')
                for line in e.details.rstrip('\n').split('\n')[-40:]:
                    print(f'    | {line}')
    finally:
        ctx.close()
    line = f"{counts['pass']} passed, {counts['fail']} failed"
    if counts['skip']:
        line += f", {counts['skip']} skipped"
    print(line)
    return 1 if counts['fail'] else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
