'use strict';
// stream/consumers: text, json, buffer, arrayBuffer and blob over Node streams, web
// streams and async iterables, with multi-byte characters split across chunks.
const assert = require('assert');
const { Readable } = require('stream');
const consumers = require('stream/consumers');
const { text, json, buffer, arrayBuffer, blob } = consumers;

assert.deepStrictEqual(Object.keys(consumers), ['arrayBuffer', 'blob', 'buffer', 'text', 'json']);
assert.strictEqual(require('node:stream/consumers'), consumers);

(async () => {
  assert.strictEqual(await text(Readable.from(['a', 'b'])), 'ab');
  // The euro sign split over two chunks.
  assert.strictEqual(await text(Readable.from([Buffer.from([0xe2, 0x82]), Buffer.from([0xac])])),
                     '\u20ac');
  assert.deepStrictEqual(await json(Readable.from(['{"a":', '[1,2]}'])), { a: [1, 2] });
  await assert.rejects(json(Readable.from(['{'])), SyntaxError);

  const buf = await buffer(Readable.from([Buffer.from('x'), 'y', new Uint8Array([0x7a])]));
  assert.ok(Buffer.isBuffer(buf));
  assert.strictEqual(buf.toString(), 'xyz');

  const ab = await arrayBuffer(Readable.from([new Uint8Array([1, 2]), new Uint8Array([3])]));
  assert.ok(ab instanceof ArrayBuffer);
  assert.deepStrictEqual([...new Uint8Array(ab)], [1, 2, 3]);

  const b = await blob(Readable.from(['ab', 'c']));
  assert.ok(b instanceof Blob);
  assert.strictEqual(b.size, 3);
  assert.strictEqual(await b.text(), 'abc');

  const web = new ReadableStream({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('we'));
      controller.enqueue(new TextEncoder().encode('b'));
      controller.close();
    },
  });
  assert.strictEqual(await text(web), 'web');

  async function* gen() { yield 'g'; yield Buffer.from('en'); }
  assert.strictEqual(await text(gen()), 'gen');

  // Numbers are not bytes.
  await assert.rejects(text(Readable.from([1])), { code: 'ERR_INVALID_ARG_TYPE' });
  // A stream that errors rejects with its error.
  const failing = new Readable({ read() { this.destroy(new Error('broken')); } });
  await assert.rejects(text(failing), /broken/);
})().then(() => console.log('ok'));
