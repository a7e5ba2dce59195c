'use strict';
require('../common');
const assert = require('node:assert');
const util = require('node:util');
const buffer = require('node:buffer');

assert.strictEqual(util.inspect(Buffer.from([1, 2, 0xab])), '<Buffer 01 02 ab>');
assert.strictEqual(util.inspect(Buffer.alloc(0)), '<Buffer >');
assert.strictEqual(util.inspect(Buffer.alloc(51)),
                   `<Buffer ${'00 '.repeat(50).trim()} ... 1 more byte>`);
assert.strictEqual(util.inspect(Buffer.alloc(97, 1)),
                   `<Buffer ${'01 '.repeat(50).trim()} ... 47 more bytes>`);
assert.strictEqual(util.inspect([Buffer.from('a')]), '[ <Buffer 61> ]');
assert.strictEqual(util.inspect({ b: Buffer.from('a') }), '{ b: <Buffer 61> }');
assert.strictEqual(util.format('%o', Buffer.from('a')).startsWith('<Buffer 61'), true);

// Own properties are shown after the bytes.
const withProps = Buffer.from('abc');
withProps.foo = 1;
withProps[Symbol('s')] = 'x';
assert.strictEqual(util.inspect(withProps), "<Buffer 61 62 63, foo: 1, [Symbol(s)]: 'x'>");
const empty = Buffer.alloc(0);
empty.x = 1;
assert.strictEqual(util.inspect(empty), '<Buffer x: 1>');

// INSPECT_MAX_BYTES is settable and validated.
buffer.INSPECT_MAX_BYTES = 2;
assert.strictEqual(util.inspect(Buffer.from([1, 2, 3, 4])), '<Buffer 01 02 ... 2 more bytes>');
buffer.INSPECT_MAX_BYTES = 0;
assert.strictEqual(util.inspect(Buffer.from([1])), '<Buffer  ... 1 more byte>');
buffer.INSPECT_MAX_BYTES = 50;
assert.throws(() => { buffer.INSPECT_MAX_BYTES = -1; }, {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "INSPECT_MAX_BYTES" is out of range. It must be >= 0. Received -1',
});
assert.throws(() => { buffer.INSPECT_MAX_BYTES = '1'; }, { code: 'ERR_INVALID_ARG_TYPE' });

// The custom inspector is also buf.inspect().
assert.strictEqual(Buffer.from('a').inspect(), '<Buffer 61>');
assert.strictEqual(typeof Buffer.prototype[util.inspect.custom], 'function');
// A Uint8Array is not a Buffer.
assert.strictEqual(util.inspect(new Uint8Array([1])), 'Uint8Array(1) [ 1 ]');
