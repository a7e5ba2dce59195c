'use strict';
// ReadableStream#pipeTo: every chunk in order, close/error/cancel propagation,
// the prevent* options and AbortSignal.
const common = require('../common');
const assert = require('node:assert');
const { ReadableStream, WritableStream } = require('node:stream/web');

function collector(log, options = {}) {
  return new WritableStream({
    async write(chunk) {
      if (options.slow) await new Promise((resolve) => setTimeout(resolve, 1));
      log.push(chunk);
    },
    close() { log.push('close'); },
    abort(reason) { log.push(`abort:${reason?.message ?? reason}`); },
  }, { highWaterMark: options.highWaterMark ?? 1 });
}

async function main() {
  // Every chunk arrives in order through a slow sink, then close.
  {
    const log = [];
    const expected = Array.from({ length: 200 }, (_, i) => i);
    await ReadableStream.from(expected).pipeTo(collector(log, { slow: true }));
    assert.deepStrictEqual(log, [...expected, 'close']);
  }

  // preventClose leaves the destination open and unlocked.
  {
    const log = [];
    const dest = collector(log);
    await ReadableStream.from(['a']).pipeTo(dest, { preventClose: true });
    assert.deepStrictEqual(log, ['a']);
    assert.strictEqual(dest.locked, false);
    const writer = dest.getWriter();
    await writer.write('b');
    assert.deepStrictEqual(log, ['a', 'b']);
  }

  // A source error aborts the destination and rejects the pipe.
  {
    const log = [];
    const source = new ReadableStream({
      start(c) {
        c.enqueue(1);
        setTimeout(() => c.error(new Error('src')), 1);
      },
    });
    await assert.rejects(source.pipeTo(collector(log)), { message: 'src' });
    assert.deepStrictEqual(log, [1, 'abort:src']);
  }

  // preventAbort: the destination stays writable.
  {
    const log = [];
    const source = new ReadableStream({ start(c) { c.error(new Error('src')); } });
    const dest = collector(log);
    await assert.rejects(source.pipeTo(dest, { preventAbort: true }), { message: 'src' });
    assert.deepStrictEqual(log, []);
    assert.strictEqual(dest.locked, false);
  }

  // A destination error cancels the source.
  {
    const source = new ReadableStream({
      pull(c) { c.enqueue('x'); },
      cancel: common.mustCall((reason) => assert.strictEqual(reason.message, 'dest')),
    });
    const dest = new WritableStream({ write() { throw new Error('dest'); } });
    await assert.rejects(source.pipeTo(dest), { message: 'dest' });
    assert.strictEqual(source.locked, false);
  }

  // A closed destination cancels the source with a TypeError.
  {
    const dest = new WritableStream();
    await dest.close();
    const source = new ReadableStream({ cancel: common.mustCall() });
    await assert.rejects(source.pipeTo(dest), { name: 'TypeError' });
  }

  // An AbortSignal stops the pipe with an AbortError, aborting and cancelling both ends.
  {
    const controller = new AbortController();
    const log = [];
    let n = 0;
    const source = new ReadableStream({
      pull(c) { c.enqueue(n++); },
      cancel: common.mustCall((reason) => assert.strictEqual(reason.name, 'AbortError')),
    });
    const pipe = source.pipeTo(new WritableStream({
      write(chunk) {
        log.push(chunk);
        if (log.length === 3) controller.abort();
      },
    }), { signal: controller.signal });
    await assert.rejects(pipe, (error) => {
      assert.ok(error instanceof DOMException);
      assert.strictEqual(error.name, 'AbortError');
      return true;
    });
    assert.deepStrictEqual(log, [0, 1, 2]);
  }

  // An already aborted signal with a custom reason.
  {
    const reason = new Error('custom');
    await assert.rejects(
      new ReadableStream().pipeTo(new WritableStream(), { signal: AbortSignal.abort(reason) }),
      reason);
  }

  // Locked streams and bad arguments reject.
  {
    const source = new ReadableStream();
    source.getReader();
    await assert.rejects(source.pipeTo(new WritableStream()), { code: 'ERR_INVALID_STATE' });
    await assert.rejects(new ReadableStream().pipeTo(1), { code: 'ERR_INVALID_ARG_TYPE' });
    await assert.rejects(new ReadableStream().pipeTo(new WritableStream(), { signal: 1 }), {
      code: 'ERR_INVALID_ARG_TYPE',
    });
  }
}

main().then(common.mustCall());
