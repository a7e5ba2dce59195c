'use strict';
require('../common');
const assert = require('node:assert');
const { Buffer } = require('node:buffer');

// Errors thrown for arguments of the wrong type print with their code.
const err = (() => { try { Buffer.alloc('x'); } catch (e) { return e; } })();
assert.strictEqual(err.name, 'TypeError');
assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE');
assert.strictEqual(String(err),
                   'TypeError [ERR_INVALID_ARG_TYPE]: The "size" argument must be of type ' +
                   'number. Received type string (\'x\')');

// Direct calls of the encoding methods.
assert.throws(() => Buffer.alloc(2).utf8Write(5), (e) => {
  assert.strictEqual(e.name, 'TypeError');
  assert.strictEqual(e.code, 'ERR_INVALID_ARG_TYPE');
  assert.strictEqual(e.message, 'argument must be a string');
  assert.deepStrictEqual(Object.keys(e), ['code']);
  return true;
});
assert.strictEqual(Buffer.from('abc').latin1Slice(1, 2), 'b');
assert.strictEqual(Buffer.from('abc').hexSlice(), '616263');
assert.strictEqual(Buffer.alloc(3).asciiWrite('xyz', 1), 2);

// Buffer(number, string) is refused.
process.noDeprecation = true;
assert.throws(() => Buffer(1, 'utf8'), {   // eslint-disable-line no-buffer-constructor
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "string" argument must be of type string. Received type number (1)',
});

// Strings too long for V8.
const huge = Buffer.alloc(2 ** 29);
assert.throws(() => huge.toString('hex'), {
  code: 'ERR_STRING_TOO_LONG',
  name: 'Error',
  message: 'Cannot create a string longer than 0x1fffffe8 characters',
});
