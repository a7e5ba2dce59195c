'use strict';
// stream/consumers reads a Node stream, a web ReadableStream or an async iterable
// into text, JSON, a Buffer, an ArrayBuffer or a Blob.
const common = require('../common');
const assert = require('node:assert');
const { Readable, PassThrough } = require('node:stream');
const consumers = require('node:stream/consumers');

assert.deepStrictEqual(Object.keys(consumers).sort(),
                       ['arrayBuffer', 'blob', 'buffer', 'json', 'text']);
assert.ok(require('node:module').builtinModules.includes('stream/consumers'));

(async () => {
  // A character split across chunks decodes whole; strings pass through.
  const split = [Buffer.from([0xe2, 0x98]), Buffer.from([0xae]), 'x'];
  assert.strictEqual(await consumers.text(Readable.from(split)), '\u262ex');
  assert.deepStrictEqual(await consumers.json(Readable.from(['{"a":', '[1]}'])), { a: [1] });
  await assert.rejects(consumers.json(Readable.from(['{'])), SyntaxError);

  const buf = await consumers.buffer(Readable.from([Buffer.from('ab'), new Uint8Array([99])]));
  assert.ok(Buffer.isBuffer(buf));
  assert.strictEqual(buf.toString(), 'abc');

  const ab = await consumers.arrayBuffer(Readable.from(['hi']));
  assert.ok(ab instanceof ArrayBuffer);
  assert.deepStrictEqual(new Uint8Array(ab), new Uint8Array([104, 105]));

  const blob = await consumers.blob(Readable.from(['hi', 'there']));
  assert.strictEqual(blob.size, 7);
  assert.strictEqual(blob.type, '');
  assert.strictEqual(await blob.text(), 'hithere');

  const web = new ReadableStream({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('web'));
      controller.close();
    },
  });
  assert.strictEqual(await consumers.text(web), 'web');
  assert.strictEqual(await consumers.text((async function* () { yield 'gen'; })()), 'gen');

  const failing = new PassThrough();
  setImmediate(() => failing.destroy(new Error('broken')));
  await assert.rejects(consumers.text(failing), { message: 'broken' });

  const esm = await import('node:stream/consumers');
  assert.strictEqual(esm.text, consumers.text);
})().then(common.mustCall());
