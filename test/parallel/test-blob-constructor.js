'use strict';
// Blob: sources, type and endings options, argument checks, slice and inspect.
require('../common');
const assert = require('node:assert');
const util = require('node:util');
const { Blob } = require('node:buffer');

assert.strictEqual(globalThis.Blob, Blob);
const b = new Blob(['ab', new Uint8Array([99]), new Blob(['d']),
  new Uint16Array([0x6665]).buffer, 5], { type: 'Text/Plain' });
assert.strictEqual(b.size, 7);
assert.strictEqual(b.type, 'text/plain');
assert.strictEqual(util.inspect(b), "Blob { size: 7, type: 'text/plain' }");
assert.strictEqual(util.inspect(b, { depth: -1 }), '[Blob]');
assert.strictEqual(util.inspect({ a: { b: { c: b } } }), '{ a: { b: { c: [Blob] } } }');
assert.strictEqual(Object.prototype.toString.call(b), '[object Blob]');
assert.strictEqual(new Blob().size, 0);
assert.strictEqual(new Blob([], null).type, '');

// The Blob copies its sources.
const src = new Uint8Array([1, 2]);
const copy = new Blob([src]);
src[0] = 9;
copy.bytes().then((bytes) => assert.deepStrictEqual([...bytes], [1, 2]));

// type: lower-cased, or '' when it has characters outside U+0020..U+007E.
assert.strictEqual(new Blob([], { type: 'a\u00e9' }).type, '');
assert.strictEqual(new Blob([], { type: 5 }).type, '5');
// endings: 'native' turns \r\n and \r into \n.
assert.strictEqual(new Blob(['a\r\nb\rc\n'], { endings: 'native' }).size, 6);
assert.strictEqual(new Blob(['a\r\nb\rc\n'], { endings: 'transparent' }).size, 7);
assert.throws(() => new Blob([], { endings: 'x' }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.endings' is invalid. Received 'x'",
});
for (const [sources, received] of [['abc', "type string ('abc')"], [5, 'type number (5)'],
  [null, 'null'], [{}, 'an instance of Object']]) {
  assert.throws(() => new Blob(sources), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: `The "sources" argument must be a sequence. Received ${received}`,
  });
}
assert.throws(() => new Blob([], 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be a dictionary. Received type number (5)',
});

// slice(start, end, contentType) with relative indexes.
assert.strictEqual(b.slice(1, -1, 'X/Y').size, 5);
assert.strictEqual(b.slice(1, -1, 'X/Y').type, 'x/y');
assert.strictEqual(b.slice(-3).size, 3);
assert.strictEqual(b.slice(10).size, 0);
assert.strictEqual(b.slice(3, 1).size, 0);
assert.strictEqual(b.slice('1', '3').size, 2);
assert.strictEqual(b.slice(undefined, undefined, 5).type, '5');
assert.strictEqual(b.slice(1, 2, 'a\u00e9').type, '');
b.slice(1, 6).text().then((text) => assert.strictEqual(text, 'bcdef'));
b.slice(2, 4).slice(1).text().then((text) => assert.strictEqual(text, 'd'));

// Receivers.
assert.throws(() => Object.getOwnPropertyDescriptor(Blob.prototype, 'size').get.call({}), {
  code: 'ERR_INVALID_THIS',
  message: 'Value of "this" must be of type Blob',
});
assert.throws(() => Blob.prototype.slice.call({}), { code: 'ERR_INVALID_THIS' });

assert.deepStrictEqual(Object.getOwnPropertyNames(Blob.prototype),
                       ['constructor', 'type', 'size', 'slice', 'arrayBuffer', 'text', 'bytes',
                        'stream']);
assert.deepStrictEqual(Object.keys(Blob.prototype),
                       ['type', 'size', 'slice', 'arrayBuffer', 'text', 'stream']);
assert.strictEqual(Blob.length, 0);
