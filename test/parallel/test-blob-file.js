'use strict';
// File: name, lastModified, inheritance from Blob and argument checks.
require('../common');
const assert = require('node:assert');
const util = require('node:util');
const { File, Blob } = require('node:buffer');

assert.strictEqual(globalThis.File, File);
const f = new File(['abc'], 'name.txt', { type: 'text/plain', lastModified: 1234 });
assert.strictEqual(f.name, 'name.txt');
assert.strictEqual(f.lastModified, 1234);
assert.strictEqual(f.size, 3);
assert.strictEqual(f.type, 'text/plain');
assert.ok(f instanceof Blob);
assert.strictEqual(util.inspect(f),
                   "File { size: 3, type: 'text/plain', name: 'name.txt', lastModified: 1234 }");
assert.strictEqual(util.inspect(f, { depth: -1 }), '[File]');
assert.strictEqual(Object.prototype.toString.call(f), '[object File]');
// slice() gives a Blob.
assert.strictEqual(util.inspect(f.slice(1)), "Blob { size: 2, type: '' }");

assert.strictEqual(new File(['a'], 'n', { lastModified: 'abc' }).lastModified, 0);
assert.strictEqual(new File(['a'], 'n', { lastModified: '5' }).lastModified, 5);
assert.strictEqual(new File(['a'], 'n', { lastModified: 5.7 }).lastModified, 5.7);
assert.strictEqual(typeof new File(['a'], 'n').lastModified, 'number');
assert.strictEqual(new File(['a'], 'n', null).name, 'n');
assert.strictEqual(new File(['a'], {}).name, '[object Object]');

assert.throws(() => new File(['a']), {
  code: 'ERR_MISSING_ARGS',
  message: 'The "fileBits" and "fileName" arguments must be specified',
});
assert.throws(() => new File(), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => new File(['a'], 'n', 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be a dictionary. Received type number (5)',
});
assert.throws(() => Object.getOwnPropertyDescriptor(File.prototype, 'name').get.call(new Blob()), {
  name: 'TypeError',
  message: 'Cannot read private member #name from an object whose class did not declare it',
});
assert.deepStrictEqual(Object.getOwnPropertyNames(File.prototype),
                       ['constructor', 'name', 'lastModified']);
assert.deepStrictEqual(Object.keys(File.prototype), ['name', 'lastModified']);
assert.strictEqual(File.length, 2);
