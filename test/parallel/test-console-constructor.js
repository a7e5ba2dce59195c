'use strict';
// new Console(options) and new Console(stdout, stderr): validation, colours,
// inspect options, group indentation, ignoreErrors.
require('../common');
const assert = require('node:assert');
const { Console } = require('console');

function makeStream(extra) {
  return {
    chunks: [],
    write(chunk) {
      this.chunks.push(chunk);
      return true;
    },
    listenerCount() { return 0; },
    once() {},
    removeListener() {},
    ...extra,
  };
}

// Called without new.
const s = makeStream();
const plain = Console(s);
plain.error('to stdout');
assert.deepStrictEqual(s.chunks, ['to stdout\n']);
assert.strictEqual(plain instanceof Console, true);

assert.throws(() => new Console(), {
  code: 'ERR_CONSOLE_WRITABLE_STREAM',
  name: 'TypeError',
  message: 'Console expects a writable stream instance for stdout',
});
assert.throws(() => new Console({ stdout: makeStream(), stderr: {} }), {
  code: 'ERR_CONSOLE_WRITABLE_STREAM',
  message: 'Console expects a writable stream instance for stderr',
});
assert.throws(() => new Console({ stdout: makeStream(), colorMode: 'yes' }), {
  code: 'ERR_INVALID_ARG_VALUE',
  name: 'TypeError',
  message: "The argument 'colorMode' must be one of: 'auto', true, false. Received 'yes'",
});
assert.throws(() => new Console({ stdout: makeStream(), groupIndentation: 1001 }), {
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
});
assert.throws(() => new Console({ stdout: makeStream(), inspectOptions: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
});
assert.throws(() => new Console({
  stdout: makeStream(), colorMode: true, inspectOptions: { colors: true },
}), {
  code: 'ERR_INCOMPATIBLE_OPTION_PAIR',
  message: 'Option "options.inspectOptions.color" cannot be used in combination with option "colorMode"',
});

// colorMode
const colored = makeStream();
new Console({ stdout: colored, colorMode: true }).log(1, 'a');
assert.deepStrictEqual(colored.chunks, ['\u001b[33m1\u001b[39m a\n']);
// 'auto' colours only TTYs with more than two colours.
const savedForce = process.env.FORCE_COLOR;
delete process.env.FORCE_COLOR;
const tty = makeStream({ isTTY: true, getColorDepth: () => 8 });
new Console({ stdout: tty }).log(1);
const mono = makeStream({ isTTY: true, getColorDepth: () => 1 });
new Console({ stdout: mono }).log(1);
const pipe = makeStream();
new Console({ stdout: pipe }).log(1);
if (savedForce !== undefined) process.env.FORCE_COLOR = savedForce;
assert.deepStrictEqual(tty.chunks, ['\u001b[33m1\u001b[39m\n']);
assert.deepStrictEqual(mono.chunks, ['1\n']);
assert.deepStrictEqual(pipe.chunks, ['1\n']);

// inspectOptions apply to every formatted value.
const opts = makeStream();
new Console({ stdout: opts, inspectOptions: { depth: 0, breakLength: Infinity } })
  .log({ a: { b: 1 } });
assert.deepStrictEqual(opts.chunks, ['{ a: [Object] }\n']);

// groupIndentation
const grouped = makeStream();
const g = new Console({ stdout: grouped, groupIndentation: 4 });
g.group();
g.log('x');
g.groupEnd();
g.log('y');
assert.deepStrictEqual(grouped.chunks, ['    x\n', 'y\n']);

// stderr defaults to stdout; the two-stream form uses both.
const one = makeStream();
new Console({ stdout: one }).warn('w');
assert.deepStrictEqual(one.chunks, ['w\n']);
const a = makeStream();
const b = makeStream();
new Console(a, b).warn('w');
assert.deepStrictEqual([a.chunks, b.chunks], [[], ['w\n']]);

// ignoreErrors: write errors are swallowed unless it is false.
const broken = makeStream({ write() { throw new Error('EPIPE'); } });
new Console(broken).log('lost');
assert.throws(() => new Console({ stdout: broken, ignoreErrors: false }).log('x'), {
  message: 'EPIPE',
});

// A subclass can override methods used by others.
class Prefixed extends Console {
  log(...args) { super.log('>', ...args); }
}
const sub = makeStream();
new Prefixed(sub).count('n');
assert.deepStrictEqual(sub.chunks, ['> n: 1\n']);
