'use strict';
// Blob: arrayBuffer(), text(), bytes() and stream().
const common = require('../common');
const assert = require('node:assert');

const b = new Blob(['ab', new Uint8Array([99]), 'é']);

b.arrayBuffer().then(common.mustCall((ab) => {
  assert.ok(ab instanceof ArrayBuffer);
  assert.deepStrictEqual([...new Uint8Array(ab)], [97, 98, 99, 0xc3, 0xa9]);
}));
b.text().then(common.mustCall((text) => assert.strictEqual(text, 'abcé')));
b.bytes().then(common.mustCall((bytes) => {
  assert.strictEqual(Object.getPrototypeOf(bytes), Uint8Array.prototype);
  assert.deepStrictEqual([...bytes], [97, 98, 99, 0xc3, 0xa9]);
}));
// Invalid UTF-8 becomes U+FFFD in text().
new Blob([new Uint8Array([0x61, 0xff])]).text().then(common.mustCall((text) => {
  assert.strictEqual(text, 'a\ufffd');
}));
new Blob().text().then(common.mustCall((text) => assert.strictEqual(text, '')));

// The promise methods reject instead of throwing on a wrong receiver.
assert.throws(() => Blob.prototype.bytes.call({}), { code: 'ERR_INVALID_THIS' });
for (const method of ['arrayBuffer', 'text']) {
  assert.rejects(Blob.prototype[method].call({}), {
    code: 'ERR_INVALID_THIS',
    message: 'Value of "this" must be of type Blob',
  }).then(common.mustCall());
}

// stream(): a readable byte stream of the contents.
(async () => {
  const stream = b.stream();
  assert.strictEqual(stream.constructor.name, 'ReadableStream');
  const chunks = [];
  for await (const chunk of stream) {
    assert.ok(chunk instanceof Uint8Array);
    chunks.push(...chunk);
  }
  assert.deepStrictEqual(chunks, [97, 98, 99, 0xc3, 0xa9]);
  const empty = [];
  for await (const chunk of new Blob().stream()) empty.push(chunk);
  assert.deepStrictEqual(empty, []);
})().then(common.mustCall());
