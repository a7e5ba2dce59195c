'use strict';
// ReadableStream with a default controller: reads, backpressure, close, error,
// cancel, reader release, async iteration, ReadableStream.from and tee.
const common = require('../common');
const assert = require('node:assert');
const { ReadableStream } = require('node:stream/web');

async function readAll(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return chunks;
}

async function main() {
  assert.strictEqual(globalThis.ReadableStream, ReadableStream);

  // Chunks arrive in order, then done.
  {
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue('a');
        controller.enqueue('b');
        controller.close();
      },
    });
    const reader = stream.getReader();
    assert.deepStrictEqual(await reader.read(), { value: 'a', done: false });
    assert.deepStrictEqual(await reader.read(), { value: 'b', done: false });
    assert.deepStrictEqual(await reader.read(), { value: undefined, done: true });
    assert.deepStrictEqual(await reader.read(), { value: undefined, done: true });
    assert.strictEqual(await reader.closed, undefined);
  }

  // pull is called to fill up to the high-water mark, and again for each read.
  {
    let pulls = 0;
    let controller;
    const stream = new ReadableStream({
      start(c) { controller = c; },
      pull(c) {
        pulls++;
        c.enqueue(pulls);
      },
    }, { highWaterMark: 2 });
    await new Promise((resolve) => setTimeout(resolve, 10));
    assert.strictEqual(pulls, 2);
    assert.strictEqual(controller.desiredSize, 0);
    const reader = stream.getReader();
    assert.deepStrictEqual(await reader.read(), { value: 1, done: false });
    await new Promise((resolve) => setTimeout(resolve, 10));
    assert.strictEqual(pulls, 3);
  }

  // A size function and the desired size.
  {
    let controller;
    new ReadableStream({ start(c) { controller = c; } },
                       { highWaterMark: 10, size: (chunk) => chunk.length });
    assert.strictEqual(controller.desiredSize, 10);
    controller.enqueue('abcd');
    assert.strictEqual(controller.desiredSize, 6);
    assert.throws(() => controller.enqueue(-1), { name: 'RangeError' });
  }

  // error() rejects pending and later reads with the same reason.
  {
    const boom = new Error('boom');
    let controller;
    const stream = new ReadableStream({ start(c) { controller = c; } });
    const reader = stream.getReader();
    const pending = reader.read();
    controller.error(boom);
    await assert.rejects(pending, boom);
    await assert.rejects(reader.read(), boom);
    await assert.rejects(reader.closed, boom);
    assert.strictEqual(controller.desiredSize, null);
  }

  // A throwing start() throws from the constructor.
  assert.throws(() => new ReadableStream({ start() { throw new Error('start'); } }),
                { message: 'start' });

  // A rejected pull errors the stream.
  {
    const stream = new ReadableStream({ pull() { return Promise.reject(new Error('pull')); } });
    await assert.rejects(stream.getReader().read(), { message: 'pull' });
  }

  // cancel() reaches the source with its reason and closes the stream.
  {
    const stream = new ReadableStream({
      cancel: common.mustCall((reason) => {
        assert.strictEqual(reason, 'why');
        return 'ignored';
      }),
    });
    assert.strictEqual(await stream.cancel('why'), undefined);
    assert.deepStrictEqual(await stream.getReader().read(), { value: undefined, done: true });
  }

  // Locks and releaseLock.
  {
    const stream = new ReadableStream({ pull() {} });
    const reader = stream.getReader();
    assert.strictEqual(stream.locked, true);
    assert.throws(() => stream.getReader(), {
      code: 'ERR_INVALID_STATE',
      name: 'TypeError',
      message: 'Invalid state: ReadableStream is locked',
    });
    await assert.rejects(stream.cancel(), { code: 'ERR_INVALID_STATE' });
    const pending = reader.read();
    reader.releaseLock();
    await assert.rejects(pending, {
      code: 'ERR_INVALID_STATE',
      message: 'Invalid state: Releasing reader',
    });
    await assert.rejects(reader.closed, {
      code: 'ERR_INVALID_STATE',
      message: 'Invalid state: Reader released',
    });
    await assert.rejects(reader.read(), {
      code: 'ERR_INVALID_STATE',
      message: 'Invalid state: The reader is not attached to a stream',
    });
    assert.strictEqual(stream.locked, false);
    stream.getReader();
  }

  // Async iteration; break cancels the stream, preventCancel keeps it.
  {
    const stream = new ReadableStream({
      start(c) {
        for (let i = 0; i < 5; i++) c.enqueue(i);
        c.close();
      },
    });
    assert.deepStrictEqual(await readAll(stream), [0, 1, 2, 3, 4]);
    assert.strictEqual(stream.locked, false);

    const cancel = common.mustCall();
    let n = 0;
    const endless = new ReadableStream({ pull(c) { c.enqueue(n++); }, cancel });
    for await (const value of endless) {
      if (value === 2) break;
    }
    assert.strictEqual(endless.locked, false);

    const kept = new ReadableStream({ pull(c) { c.enqueue(1); }, cancel: common.mustNotCall() });
    for await (const value of kept.values({ preventCancel: true })) {
      assert.strictEqual(value, 1);
      break;
    }
    assert.deepStrictEqual(await kept.getReader().read(), { value: 1, done: false });
  }

  // An error ends iteration with that error.
  {
    const stream = new ReadableStream({
      start(c) {
        c.enqueue(1);
        c.error(new Error('mid'));
      },
    });
    await assert.rejects(readAll(stream), { message: 'mid' });
  }

  // ReadableStream.from: arrays, generators, async generators, promises in sync iterables.
  {
    assert.deepStrictEqual(await readAll(ReadableStream.from([1, 2, 3])), [1, 2, 3]);
    assert.deepStrictEqual(await readAll(ReadableStream.from((function* () {
      yield 'x';
      yield 'y';
    })())), ['x', 'y']);
    assert.deepStrictEqual(await readAll(ReadableStream.from((async function* () {
      yield 1;
      await null;
      yield 2;
    })())), [1, 2]);
    assert.deepStrictEqual(await readAll(ReadableStream.from([Promise.resolve('p')])), ['p']);
    assert.throws(() => ReadableStream.from(1), {
      code: 'ERR_ARG_NOT_ITERABLE',
      message: '1 must be iterable',
    });
    // Cancelling calls the iterator's return().
    let finished = false;
    const stream = ReadableStream.from((async function* () {
      try {
        for (let i = 0; ; i++) yield i;
      } finally {
        finished = true;
      }
    })());
    const reader = stream.getReader();
    assert.deepStrictEqual(await reader.read(), { value: 0, done: false });
    await reader.cancel();
    assert.strictEqual(finished, true);
  }

  // tee: both branches see every chunk; cancelling both cancels the source with both reasons.
  {
    const [a, b] = ReadableStream.from(['p', 'q', 'r']).tee();
    const [ra, rb] = await Promise.all([readAll(a), readAll(b)]);
    assert.deepStrictEqual(ra, ['p', 'q', 'r']);
    assert.deepStrictEqual(rb, ['p', 'q', 'r']);

    const source = new ReadableStream({
      pull() {},
      cancel: common.mustCall((reason) => assert.deepStrictEqual(reason, ['r1', 'r2'])),
    });
    const [c, d] = source.tee();
    assert.strictEqual(source.locked, true);
    const p1 = c.cancel('r1');
    await d.cancel('r2');
    await p1;

    const erroring = new ReadableStream({ start(ctl) { ctl.error(new Error('tee')); } });
    const [e, f] = erroring.tee();
    await assert.rejects(e.getReader().read(), { message: 'tee' });
    await assert.rejects(f.getReader().read(), { message: 'tee' });
  }
}

main().then(common.mustCall());
