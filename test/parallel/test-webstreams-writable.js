'use strict';
// WritableStream and its writer: ordered writes, backpressure through ready and
// desiredSize, close, abort (with the controller's signal), sink errors.
const common = require('../common');
const assert = require('node:assert');
const { WritableStream, CountQueuingStrategy } = require('node:stream/web');

async function main() {
  // Writes reach the sink one at a time, in order; close after the last.
  {
    const log = [];
    let inFlight = 0;
    const stream = new WritableStream({
      async write(chunk, controller) {
        assert.strictEqual(inFlight++, 0);
        await new Promise((resolve) => setTimeout(resolve, 1));
        log.push(chunk);
        inFlight--;
      },
      close() { log.push('close'); },
    });
    const writer = stream.getWriter();
    const writes = [writer.write('a'), writer.write('b'), writer.write('c')];
    await writer.close();
    await Promise.all(writes);
    assert.deepStrictEqual(log, ['a', 'b', 'c', 'close']);
    assert.strictEqual(await writer.closed, undefined);
    assert.strictEqual(writer.desiredSize, 0);
  }

  // Backpressure: desiredSize drops with queued chunks; ready waits until it is positive.
  {
    let release;
    const stream = new WritableStream({
      write() { return new Promise((resolve) => { release = resolve; }); },
    }, new CountQueuingStrategy({ highWaterMark: 2 }));
    const writer = stream.getWriter();
    await new Promise((resolve) => setTimeout(resolve, 1));
    assert.strictEqual(writer.desiredSize, 2);
    writer.write(1);
    writer.write(2);
    assert.strictEqual(writer.desiredSize, 0);
    let ready = false;
    writer.ready.then(() => { ready = true; });
    await new Promise((resolve) => setTimeout(resolve, 1));
    assert.strictEqual(ready, false);
    release();
    await writer.ready;
    assert.strictEqual(writer.desiredSize, 1);
  }

  // abort(): the signal fires at once; the sink's abort runs after the write in
  // flight, with the reason; queued writes reject with it.
  {
    const reason = new Error('stop');
    let signal;
    let finishWrite;
    const log = [];
    const stream = new WritableStream({
      start(controller) { signal = controller.signal; },
      write() { return new Promise((resolve) => { finishWrite = resolve; }); },
      abort: common.mustCall((r) => {
        assert.strictEqual(r, reason);
        log.push('sink abort');
      }),
    });
    const writer = stream.getWriter();
    await new Promise((resolve) => setTimeout(resolve, 1));
    const first = writer.write(1).then(() => log.push('first written'));
    const second = writer.write(2);
    signal.addEventListener('abort', common.mustCall(() => log.push('signal')));
    const abort = writer.abort(reason).then(() => log.push('aborted'));
    assert.strictEqual(signal.aborted, true);
    assert.strictEqual(signal.reason, reason);
    finishWrite();
    await assert.rejects(second, reason);
    await Promise.all([first, abort]);
    assert.deepStrictEqual(log, ['signal', 'sink abort', 'first written', 'aborted']);
    await assert.rejects(writer.closed, reason);
  }

  // A failing write errors the stream; later writes and close reject.
  {
    const stream = new WritableStream({ write() { throw new Error('sink'); } });
    const writer = stream.getWriter();
    await assert.rejects(writer.write('x'), { message: 'sink' });
    await assert.rejects(writer.write('y'), { message: 'sink' });
    await assert.rejects(writer.close(), { message: 'Invalid state: WritableStream is closed' });
    await assert.rejects(writer.closed, { message: 'sink' });
    assert.strictEqual(writer.desiredSize, null);
  }

  // controller.error() from the sink.
  {
    let controller;
    const stream = new WritableStream({ start(c) { controller = c; } });
    const writer = stream.getWriter();
    controller.error(new Error('ctl'));
    await assert.rejects(writer.closed, { message: 'ctl' });
    await assert.rejects(writer.ready, { message: 'ctl' });
  }

  // Locks and released writers.
  {
    const stream = new WritableStream();
    const writer = stream.getWriter();
    assert.strictEqual(stream.locked, true);
    assert.throws(() => stream.getWriter(), {
      code: 'ERR_INVALID_STATE',
      message: 'Invalid state: WritableStream is locked',
    });
    await assert.rejects(stream.abort(), { code: 'ERR_INVALID_STATE' });
    writer.releaseLock();
    await assert.rejects(writer.write(1), {
      code: 'ERR_INVALID_STATE',
      message: 'Invalid state: Writer is not bound to a WritableStream',
    });
    await assert.rejects(writer.closed, { name: 'TypeError' });
    const writer2 = stream.getWriter();
    writer2.close();
    await assert.rejects(writer2.close(), {
      code: 'ERR_INVALID_STATE',
      message: 'Invalid state: Failure to close WritableStream',
    });
  }

  // Writing after close.
  {
    const stream = new WritableStream();
    stream.close();
    await assert.rejects(stream.getWriter().write(1), {
      code: 'ERR_INVALID_STATE',
      message: 'Invalid state: WritableStream is closed',
    });
  }

  // Bad constructor arguments.
  assert.throws(() => new WritableStream({ type: 'bytes' }), {
    code: 'ERR_INVALID_ARG_VALUE',
    name: 'RangeError',
    message: "The argument 'type' is invalid. Received 'bytes'",
  });
  assert.throws(() => new WritableStream({}, { highWaterMark: -1 }), {
    code: 'ERR_INVALID_ARG_VALUE',
    name: 'RangeError',
  });
}

main().then(common.mustCall());
