'use strict';
// util.inspect of errors: the stack, extra properties, cause, AggregateError,
// and name or message changed after creation.
require('../common');
const assert = require('node:assert');
const util = require('util');

function withStack(err, frames = '    at f (/x/file.js:1:1)') {
  err.stack = `${err.stack.split('\n')[0]}\n${frames}`;
  return err;
}

const e = withStack(new Error('boom'));
assert.strictEqual(util.inspect(e), 'Error: boom\n    at f (/x/file.js:1:1)');
assert.strictEqual(util.inspect(new Error('real')).split('\n')[0], 'Error: real');
assert.match(util.inspect(new Error('real')).split('\n')[1], /^ {4}at /);

// Own enumerable properties follow in braces.
const props = withStack(Object.assign(new Error('p'), { code: 'ECODE', extra: { a: 1 } }));
assert.strictEqual(util.inspect(props),
                   "Error: p\n    at f (/x/file.js:1:1) {\n  code: 'ECODE',\n  extra: { a: 1 }\n}");

// Nested errors are indented.
assert.strictEqual(util.inspect({ e }), '{\n  e: Error: boom\n      at f (/x/file.js:1:1)\n}');

// No stack frames: wrapped in brackets.
const noFrames = new Error('bare');
noFrames.stack = 'Error: bare';
assert.strictEqual(util.inspect(noFrames), '[Error: bare]');
const noStack = new Error('nostack');
noStack.stack = undefined;
assert.strictEqual(util.inspect(noStack), '[Error: nostack]');
assert.strictEqual(util.inspect({ e: noFrames }), '{ e: [Error: bare] }');

// Subclasses and name changes.
class MyErr extends Error {}
assert.strictEqual(util.inspect(withStack(new MyErr('sub'))),
                   'MyErr [Error]: sub\n    at f (/x/file.js:1:1)');
// The stack is formatted on first access, so it picks up the new name.
const renamed = new TypeError('msg');
renamed.name = 'MyError';
withStack(renamed);
assert.strictEqual(util.inspect(renamed),
                   'TypeError [MyError]: msg\n    at f (/x/file.js:1:1)');
const custom = new Error('msg');
custom.name = 'Custom';
assert.strictEqual(util.inspect(withStack(custom)), 'Custom: msg\n    at f (/x/file.js:1:1)');
// Renamed after the stack was formatted: the name shows as a property.
const late = withStack(new Error('msg'));
late.name = 'Custom';
assert.strictEqual(util.inspect(late), "Error: msg\n    at f (/x/file.js:1:1) {\n  name: 'Custom'\n}");
const remessaged = withStack(new Error('msg'));
remessaged.message = 'other';
assert.strictEqual(util.inspect(remessaged), 'Error: msg\n    at f (/x/file.js:1:1)');
const nullProto = withStack(Object.setPrototypeOf(new Error('np'), null));
assert.strictEqual(util.inspect(nullProto),
                   '[Error: null prototype]: np\n    at f (/x/file.js:1:1)');

// cause
const withCause = withStack(new Error('outer', { cause: withStack(new Error('inner')) }));
assert.strictEqual(util.inspect(withCause),
                   'Error: outer\n    at f (/x/file.js:1:1) {\n' +
                   '  [cause]: Error: inner\n      at f (/x/file.js:1:1)\n}');
assert.strictEqual(util.inspect(withStack(new Error('c', { cause: 'str' }))),
                   "Error: c\n    at f (/x/file.js:1:1) {\n  [cause]: 'str'\n}");
assert.strictEqual(util.inspect(withStack(new Error('c', { cause: undefined }))),
                   'Error: c\n    at f (/x/file.js:1:1) {\n  [cause]: undefined\n}');

// Frames shared with the cause are collapsed.
const frames = ['a', 'b', 'c', 'd', 'e', 'f'].map((n) => `    at ${n} (/x/${n}.js:1:1)`);
const inner = withStack(new Error('inner'), frames.join('\n'));
const outer = withStack(new Error('outer', { cause: inner }),
                        ['    at top (/x/top.js:1:1)', ...frames].join('\n'));
assert.strictEqual(util.inspect(outer).split(' {\n')[0],
                   'Error: outer\n    at top (/x/top.js:1:1)\n    at a (/x/a.js:1:1)\n' +
                   '    ... 4 lines matching cause stack trace ...\n    at f (/x/f.js:1:1)');

// AggregateError lists its errors.
const agg = withStack(new AggregateError([withStack(new Error('a')), 'b'], 'many'));
assert.strictEqual(util.inspect(agg),
                   'AggregateError: many\n    at f (/x/file.js:1:1) {\n' +
                   "  [errors]: [\n    Error: a\n        at f (/x/file.js:1:1),\n    'b'\n  ]\n}");
