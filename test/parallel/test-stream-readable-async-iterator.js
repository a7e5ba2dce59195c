'use strict';
// Readable as an async iterable, readable.iterator() options, and Readable.from().
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

async function collect(stream) {
  const out = [];
  for await (const chunk of stream) out.push(chunk);
  return out;
}

(async () => {
  // for await yields every chunk and the stream closes at the end.
  const r = new Readable({ objectMode: true, read() {} });
  r.push(1);
  r.push(2);
  r.push(null);
  assert.deepStrictEqual(await collect(r), [1, 2]);
  assert.strictEqual(r.destroyed, true);

  // Leaving the loop early destroys the stream.
  const endless = new Readable({
    objectMode: true,
    read() { this.push('tick'); },
  });
  for await (const chunk of endless) {
    assert.strictEqual(chunk, 'tick');
    break;
  }
  assert.strictEqual(endless.destroyed, true);

  // iterator({ destroyOnReturn: false }) leaves it open.
  const kept = Readable.from(['a', 'b', 'c']);
  for await (const chunk of kept.iterator({ destroyOnReturn: false })) {
    assert.strictEqual(chunk, 'a');
    break;
  }
  assert.strictEqual(kept.destroyed, false);
  assert.deepStrictEqual(await collect(kept), ['b', 'c']);

  // A stream error rejects the loop.
  const failing = new Readable({
    read() { this.destroy(new Error('read failed')); },
  });
  await assert.rejects(collect(failing), { message: 'read failed' });

  // Readable.from: arrays in object mode, strings and Buffers as one chunk.
  const fromArray = Readable.from([1, 2, 3]);
  assert.strictEqual(fromArray.readableObjectMode, true);
  assert.deepStrictEqual(await collect(fromArray), [1, 2, 3]);
  assert.deepStrictEqual(await collect(Readable.from('whole string')), ['whole string']);
  const buffers = await collect(Readable.from(Buffer.from('buf')));
  assert.strictEqual(buffers.length, 1);
  assert.strictEqual(buffers[0].toString(), 'buf');

  // Generators, async generators and promises are awaited.
  function* gen() { yield 'g1'; yield 'g2'; }
  assert.deepStrictEqual(await collect(Readable.from(gen())), ['g1', 'g2']);
  async function* agen() { yield 'a1'; yield Promise.resolve('a2'); }
  assert.deepStrictEqual(await collect(Readable.from(agen())), ['a1', 'a2']);
  assert.deepStrictEqual(await collect(Readable.from([Promise.resolve('p')])), ['p']);

  // objectMode: false with string chunks gives Buffers.
  const bytes = await collect(Readable.from(['x', 'y'], { objectMode: false }));
  assert.deepStrictEqual(bytes.map((b) => Buffer.isBuffer(b) && b.toString()), ['x', 'y']);

  // null inside the iterable is an error.
  await assert.rejects(collect(Readable.from([null])), {
    code: 'ERR_STREAM_NULL_VALUES',
    message: 'May not write null values to stream',
  });

  // Not iterable.
  assert.throws(() => Readable.from(5), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "iterable" argument must be an instance of Iterable. Received type number (5)',
  });

  // Destroying a Readable.from stream calls the generator's return().
  let finallyRan = false;
  function* guarded() {
    try {
      yield 1;
      yield 2;
    } finally {
      finallyRan = true;
    }
  }
  const g = Readable.from(guarded());
  g.once('data', common.mustCall(() => g.destroy()));
  await new Promise((resolve) => g.on('close', resolve));
  assert.strictEqual(finallyRan, true);
})().then(common.mustCall());
