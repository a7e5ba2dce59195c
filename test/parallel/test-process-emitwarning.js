'use strict';
// process.emitWarning(): the 'warning' event's object, its asynchronous
// emission, noDeprecation, and argument validation. (What is printed to stderr
// is checked by tools/cli_test.py.)
const common = require('../common');
const assert = require('node:assert');

const seen = [];
process.on('warning', common.mustCall((warning) => seen.push(warning), 7));

process.emitWarning('plain');
process.emitWarning('typed', 'CustomWarning');
process.emitWarning('deprecated', 'DeprecationWarning', 'DEP0999');
process.emitWarning('with options', { type: 'OptionsWarning', code: 'OPT1', detail: 'more' });
process.emitWarning('detail only', { detail: 'just this' });
process.emitWarning('with ctor', 'CtorWarning', 'CT1', function ctor() {});

const custom = new Error('custom error');
custom.name = 'MyWarning';
process.emitWarning(custom);

// Deprecations are dropped entirely while noDeprecation is set.
process.noDeprecation = true;
process.emitWarning('silenced', 'DeprecationWarning');
process.noDeprecation = false;

// The event comes later, on the next tick.
assert.strictEqual(seen.length, 0);

process.nextTick(common.mustCall(() => {
  // Each emitWarning() queued its event with process.nextTick, ahead of this one.
  assert.strictEqual(seen.length, 7);
}));

setImmediate(common.mustCall(() => {
  assert.strictEqual(seen.length, 7);
  const shapes = seen.map((w) => ({
    isError: w instanceof Error,
    name: w.name,
    message: w.message,
    code: w.code,
    detail: w.detail,
    keys: Object.keys(w),
    firstStackLine: w.stack.split('\n')[0],
  }));
  assert.deepStrictEqual(shapes, [
    { isError: true, name: 'Warning', message: 'plain', code: undefined, detail: undefined,
      keys: ['name'], firstStackLine: 'Warning: plain' },
    { isError: true, name: 'CustomWarning', message: 'typed', code: undefined,
      detail: undefined, keys: ['name'], firstStackLine: 'CustomWarning: typed' },
    { isError: true, name: 'DeprecationWarning', message: 'deprecated', code: 'DEP0999',
      detail: undefined, keys: ['name', 'code'],
      firstStackLine: 'DeprecationWarning: deprecated' },
    { isError: true, name: 'OptionsWarning', message: 'with options', code: 'OPT1',
      detail: 'more', keys: ['name', 'code', 'detail'],
      firstStackLine: 'OptionsWarning: with options' },
    { isError: true, name: 'Warning', message: 'detail only', code: undefined,
      detail: 'just this', keys: ['name', 'detail'], firstStackLine: 'Warning: detail only' },
    { isError: true, name: 'CtorWarning', message: 'with ctor', code: 'CT1',
      detail: undefined, keys: ['name', 'code'], firstStackLine: 'CtorWarning: with ctor' },
    { isError: true, name: 'MyWarning', message: 'custom error', code: undefined,
      detail: undefined, keys: ['name'], firstStackLine: 'MyWarning: custom error' },
  ]);
  // An Error passed in is emitted as is.
  assert.strictEqual(seen[6], custom);
}));

assert.throws(() => process.emitWarning(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "warning" argument must be of type string or an instance of Error. ' +
           'Received type number (1)',
});
assert.throws(() => process.emitWarning({}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "warning" argument must be of type string or an instance of Error. ' +
           'Received an instance of Object',
});
assert.throws(() => process.emitWarning(null), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => process.emitWarning('x', 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "type" argument must be of type string. Received type number (1)',
});
assert.throws(() => process.emitWarning('x', 'T', 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "code" argument must be of type string. Received type number (1)',
});
