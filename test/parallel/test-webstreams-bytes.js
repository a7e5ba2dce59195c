'use strict';
// Readable byte streams: BYOB readers, byobRequest.respond/respondWithNewView,
// autoAllocateChunkSize for default readers, queued bytes, errors.
const common = require('../common');
const assert = require('node:assert');
const {
  ReadableStream,
  ReadableStreamBYOBReader,
  ReadableByteStreamController,
  ReadableStreamBYOBRequest,
} = require('node:stream/web');

async function main() {
  // A BYOB read is filled by the source through byobRequest.
  {
    const stream = new ReadableStream({
      type: 'bytes',
      pull: common.mustCall((controller) => {
        assert.ok(controller instanceof ReadableByteStreamController);
        const request = controller.byobRequest;
        assert.ok(request instanceof ReadableStreamBYOBRequest);
        assert.strictEqual(request.view.byteLength, 4);
        request.view.set([7, 8]);
        request.respond(2);
        assert.strictEqual(controller.byobRequest, null);
      }),
    });
    const reader = stream.getReader({ mode: 'byob' });
    assert.ok(reader instanceof ReadableStreamBYOBReader);
    const { value, done } = await reader.read(new Uint8Array(4));
    assert.strictEqual(done, false);
    assert.ok(value instanceof Uint8Array);
    assert.deepStrictEqual([...value], [7, 8]);
  }

  // Enqueued bytes fill BYOB reads across chunk boundaries; element sizes are kept.
  {
    const stream = new ReadableStream({
      type: 'bytes',
      start(controller) {
        controller.enqueue(new Uint8Array([1, 2, 3]));
        controller.enqueue(new Uint8Array([4, 5, 6]));
        controller.close();
      },
    });
    const reader = stream.getReader({ mode: 'byob' });
    let result = await reader.read(new Uint8Array(4));
    assert.deepStrictEqual([...result.value], [1, 2, 3, 4]);
    result = await reader.read(new Uint16Array(1));
    assert.ok(result.value instanceof Uint16Array);
    assert.strictEqual(result.value.length, 1);
    assert.deepStrictEqual([...new Uint8Array(result.value.buffer, 0, 2)], [5, 6]);
    result = await reader.read(new Uint8Array(4));
    assert.strictEqual(result.done, true);
    assert.strictEqual(result.value.byteLength, 0);
  }

  // respondWithNewView.
  {
    const stream = new ReadableStream({
      type: 'bytes',
      pull(controller) {
        const view = controller.byobRequest.view;
        const filled = new Uint8Array(view.buffer, view.byteOffset, 3);
        filled.set([9, 9, 9]);
        controller.byobRequest.respondWithNewView(filled);
      },
    });
    const { value } = await stream.getReader({ mode: 'byob' }).read(new Uint8Array(8));
    assert.deepStrictEqual([...value], [9, 9, 9]);
  }

  // A default reader on a byte stream gets Uint8Arrays; autoAllocateChunkSize
  // gives the source a byobRequest for it.
  {
    const stream = new ReadableStream({
      type: 'bytes',
      autoAllocateChunkSize: 16,
      pull(controller) {
        const view = controller.byobRequest.view;
        assert.strictEqual(view.byteLength, 16);
        view[0] = 42;
        controller.byobRequest.respond(1);
      },
    });
    const { value } = await stream.getReader().read();
    assert.deepStrictEqual([...value], [42]);
  }

  // A default reader reads enqueued chunks as they are.
  {
    const stream = new ReadableStream({
      type: 'bytes',
      start(controller) {
        controller.enqueue(new Uint8Array([1, 2]));
        controller.close();
      },
    });
    const chunks = [];
    for await (const chunk of stream) chunks.push([...chunk]);
    assert.deepStrictEqual(chunks, [[1, 2]]);
  }

  // Bad arguments.
  {
    assert.throws(() => new ReadableStream().getReader({ mode: 'byob' }), {
      code: 'ERR_INVALID_ARG_VALUE',
      message: /^The argument 'stream' must be a byte stream\. Received ReadableStream/,
    });
    assert.throws(() => new ReadableStream().getReader({ mode: 'x' }), {
      code: 'ERR_INVALID_ARG_VALUE',
      message: "The property 'options.mode' is invalid. Received 'x'",
    });
    assert.throws(() => new ReadableStream({ type: 'bytes', start(c) { c.enqueue(1); } }), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "buffer" argument must be an instance of Buffer, TypedArray, or DataView.' +
               ' Received type number (1)',
    });
    const reader = new ReadableStream({ type: 'bytes' }).getReader({ mode: 'byob' });
    await assert.rejects(reader.read(new Uint8Array(0)), {
      code: 'ERR_INVALID_STATE',
      message: 'Invalid state: View or Viewed ArrayBuffer is zero-length or detached',
    });
    await assert.rejects(reader.read(1), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "view" argument must be an instance of Buffer, TypedArray, or DataView.' +
               ' Received type number (1)',
    });
    assert.throws(() => new ReadableByteStreamController(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
  }

  // Closing with a partly filled multi-byte read errors the stream.
  {
    let controller;
    const stream = new ReadableStream({ type: 'bytes', start(c) { controller = c; } });
    const reader = stream.getReader({ mode: 'byob' });
    const read = reader.read(new Uint16Array(1));
    controller.enqueue(new Uint8Array([1]));
    assert.throws(() => controller.close(), { name: 'TypeError' });
    await assert.rejects(read, { name: 'TypeError' });
  }

  // Cancel during a pending BYOB read resolves it as done.
  {
    const stream = new ReadableStream({ type: 'bytes' });
    const reader = stream.getReader({ mode: 'byob' });
    const read = reader.read(new Uint8Array(2));
    await reader.cancel();
    const result = await read;
    assert.strictEqual(result.done, true);
    assert.strictEqual(result.value, undefined);
  }
}

main().then(common.mustCall());
