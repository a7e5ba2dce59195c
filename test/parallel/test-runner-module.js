'use strict';

// The node:test module: reachable only with the node: scheme, its exports, what
// a test function receives, and the reporters of node:test/reporters driven by
// hand-made events.

// Reporters colour their output when stderr is a terminal; this test wants none.
process.env.FORCE_COLOR = '0';

const common = require('../common');
const assert = require('node:assert');
const { Readable } = require('node:stream');
const nodeTest = require('node:test');
const { describe, it, test, suite } = nodeTest;

assert.throws(() => require('test'), { code: 'MODULE_NOT_FOUND' });
assert.throws(() => require('test/reporters'), { code: 'MODULE_NOT_FOUND' });
assert.strictEqual(nodeTest, test);
assert.strictEqual(it, test);
assert.strictEqual(describe, suite);
for (const fn of [test, suite]) {
  assert.deepStrictEqual(Object.keys(fn).slice(0, 3), ['skip', 'todo', 'only']);
}
for (const name of ['after', 'afterEach', 'before', 'beforeEach', 'describe', 'it', 'suite',
                    'test', 'mock']) {
  assert.ok(Object.keys(nodeTest).includes(name), name);
}
assert.ok(test('returns a promise', () => {}) instanceof Promise);

let signal;
test('the test context', common.mustCall(async (t) => {
  assert.strictEqual(t.name, 'the test context');
  assert.strictEqual(t.fullName, 'the test context');
  assert.ok(t.signal instanceof AbortSignal);
  assert.strictEqual(t.signal.aborted, false);
  signal = t.signal;
  await t.test('inner', common.mustCall((t2) => {
    assert.strictEqual(t2.name, 'inner');
    assert.strictEqual(t2.fullName, 'the test context > inner');
  }));
  assert.throws(() => t.plan('x'), { code: 'ERR_INVALID_ARG_TYPE' });
}));
test('its signal aborts when the test ends', common.mustCall(() => {
  assert.strictEqual(signal.aborted, true);
}));
describe('a suite context', common.mustCall((s) => {
  assert.strictEqual(s.name, 'a suite context');
  assert.ok(s.signal instanceof AbortSignal);
  it('runs', common.mustCall());
}));
assert.throws(() => test('bad concurrency', { concurrency: 'x' }, () => {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.concurrency" property must be one of type boolean or number. ' +
    "Received type string ('x')",
});
assert.throws(() => test('bad timeout', { timeout: -1 }, () => {}), {
  code: 'ERR_OUT_OF_RANGE',
});

// The reporters, fed with events like the ones node:test emits.
const events = [
  { type: 'test:start', data: { nesting: 0, name: 'suite' } },
  { type: 'test:start', data: { nesting: 1, name: 'passes' } },
  { type: 'test:pass',
    data: { nesting: 1, name: 'passes', testNumber: 1, details: { duration_ms: 1.5 } } },
  { type: 'test:start', data: { nesting: 1, name: 'skipped' } },
  { type: 'test:pass', data: { nesting: 1, name: 'skipped', testNumber: 2, skip: 'why',
                               details: { duration_ms: 0.25 } } },
  { type: 'test:start', data: { nesting: 1, name: 'fails # 1' } },
  { type: 'test:fail',
    data: { nesting: 1, name: 'fails # 1', testNumber: 3,
            details: { duration_ms: 2, error: { code: 'E_X', message: 'boom' } } } },
  { type: 'test:plan', data: { nesting: 1, count: 3 } },
  { type: 'test:pass', data: { nesting: 0, name: 'suite', testNumber: 1,
                               details: { duration_ms: 4, type: 'suite' } } },
  { type: 'test:diagnostic', data: { nesting: 0, message: 'tests 3' } },
];

async function collect(stream) {
  let out = '';
  for await (const chunk of stream) out += chunk;
  return out;
}

(async () => {
  const { tap, spec, dot } = require('node:test/reporters');
  assert.strictEqual(typeof tap, 'function');
  assert.strictEqual(typeof dot, 'function');

  assert.strictEqual(await collect(tap(Readable.from(events))), [
    'TAP version 13',
    '# Subtest: suite',
    '    # Subtest: passes',
    '    ok 1 - passes',
    '      ---',
    '      duration_ms: 1.5',
    '      ...',
    '    # Subtest: skipped',
    '    ok 2 - skipped # SKIP why',
    '      ---',
    '      duration_ms: 0.25',
    '      ...',
    '    # Subtest: fails \\# 1',
    '    not ok 3 - fails \\# 1',
    '      ---',
    '      duration_ms: 2',
    "      code: 'E_X'",
    "      message: 'boom'",
    '      ...',
    '    1..3',
    'ok 1 - suite',
    '  ---',
    '  duration_ms: 4',
    "  type: 'suite'",
    '  ...',
    '# tests 3',
    '',
  ].join('\n'));

  assert.strictEqual(await collect(Readable.from(events).pipe(new spec())), [
    '\u25b6 suite',
    '  \u2714 passes (1.5ms)',
    '  \ufe63 skipped (0.25ms) # why',
    '  \u2716 fails # 1 (2ms)',
    "    { code: 'E_X', message: 'boom' }",
    '',
    '\u2714 suite (4ms)',
    '\u2139 tests 3',
    '',
    '\u2716 failing tests:',
    '',
    '\u2716 fails # 1 (2ms)',
    "  { code: 'E_X', message: 'boom' }",
    '',
  ].join('\n'));

  assert.strictEqual(await collect(dot(Readable.from(events))), [
    '..X.',
    '',
    'Failed tests:',
    '',
    '\u2716 fails # 1 (2ms)',
    "  { code: 'E_X', message: 'boom' }",
    '',
  ].join('\n'));
})().then(common.mustCall());
