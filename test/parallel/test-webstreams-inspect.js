'use strict';
// util.inspect of web stream objects, the stream/web exports and globals,
// queuing strategies, and the argument errors of the constructors.
require('../common');
const assert = require('node:assert');
const util = require('node:util');
const web = require('node:stream/web');

const names = [
  'ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader',
  'ReadableStreamBYOBRequest', 'ReadableByteStreamController', 'ReadableStreamDefaultController',
  'TransformStream', 'TransformStreamDefaultController', 'WritableStream',
  'WritableStreamDefaultWriter', 'WritableStreamDefaultController',
  'ByteLengthQueuingStrategy', 'CountQueuingStrategy', 'TextEncoderStream', 'TextDecoderStream',
  'CompressionStream', 'DecompressionStream',
];
assert.deepStrictEqual(Object.keys(web), names);
for (const name of names) {
  assert.strictEqual(globalThis[name], web[name], name);
  const descriptor = Object.getOwnPropertyDescriptor(globalThis, name);
  assert.strictEqual(descriptor.enumerable, false, name);
}

const { ReadableStream, WritableStream, TransformStream } = web;

const rs = new ReadableStream();
assert.strictEqual(util.inspect(rs),
                   "ReadableStream { locked: false, state: 'readable', supportsBYOB: false }");
assert.strictEqual(Object.prototype.toString.call(rs), '[object ReadableStream]');
const reader = rs.getReader();
assert.strictEqual(util.inspect(reader), `ReadableStreamDefaultReader {
  stream: ReadableStream { locked: true, state: 'readable', supportsBYOB: false },
  readRequests: 0,
  close: Promise { <pending> }
}`);

const bytes = new ReadableStream({ type: 'bytes' });
assert.strictEqual(util.inspect(bytes.getReader({ mode: 'byob' })), `ReadableStreamBYOBReader {
  stream: ReadableStream { locked: true, state: 'readable', supportsBYOB: true },
  readIntoRequests: 0,
  close: Promise { <pending> }
}`);

const ws = new WritableStream();
assert.strictEqual(util.inspect(ws), "WritableStream { locked: false, state: 'writable' }");
assert.strictEqual(util.inspect(ws.getWriter()), `WritableStreamDefaultWriter {
  stream: WritableStream { locked: true, state: 'writable' },
  close: Promise { <pending> },
  ready: Promise { undefined },
  desiredSize: 1
}`);

assert.strictEqual(util.inspect(new TransformStream()), `TransformStream {
  readable: ReadableStream { locked: false, state: 'readable', supportsBYOB: false },
  writable: WritableStream { locked: false, state: 'writable' },
  backpressure: true
}`);

assert.strictEqual(util.inspect(new web.CompressionStream('gzip')), `CompressionStream {
  readable: ReadableStream { locked: false, state: 'readable', supportsBYOB: false },
  writable: WritableStream { locked: false, state: 'writable' }
}`);

// States after close and error.
{
  const closed = new ReadableStream({ start(c) { c.close(); } });
  assert.strictEqual(util.inspect(closed),
                     "ReadableStream { locked: false, state: 'closed', supportsBYOB: false }");
  const errored = new ReadableStream({ start(c) { c.error(new Error('x')); } });
  assert.strictEqual(util.inspect(errored),
                     "ReadableStream { locked: false, state: 'errored', supportsBYOB: false }");
}

// Queuing strategies.
{
  const count = new web.CountQueuingStrategy({ highWaterMark: 3 });
  const byteLength = new web.ByteLengthQueuingStrategy({ highWaterMark: '4' });
  assert.strictEqual(util.inspect(count), 'CountQueuingStrategy { highWaterMark: 3 }');
  assert.strictEqual(util.inspect(byteLength), 'ByteLengthQueuingStrategy { highWaterMark: 4 }');
  assert.strictEqual(count.size(), 1);
  assert.strictEqual(count.size, new web.CountQueuingStrategy({ highWaterMark: 1 }).size);
  assert.strictEqual(byteLength.size(new Uint8Array(5)), 5);
  assert.throws(() => new web.CountQueuingStrategy(), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "init" argument must be of type object. Received undefined',
  });
  assert.throws(() => new web.CountQueuingStrategy({}), {
    code: 'ERR_MISSING_OPTION',
    message: 'init.highWaterMark is required',
  });
}

// Constructor and method argument errors.
assert.throws(() => ReadableStream.prototype.getReader.call({}), {
  code: 'ERR_INVALID_THIS',
  message: 'Value of "this" must be of type ReadableStream',
});
assert.throws(() => new ReadableStream({ type: 'foo' }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'source.type' is invalid. Received 'foo'",
});
assert.throws(() => new ReadableStream(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "source" argument must be of type object. Received type number (1)',
});
assert.throws(() => new ReadableStream({}, 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "strategy" argument must be of type object. Received type number (1)',
});
assert.throws(() => new ReadableStream({}, { highWaterMark: -1 }), {
  code: 'ERR_INVALID_ARG_VALUE',
  name: 'RangeError',
  message: "The property 'strategy.highWaterMark' is invalid. Received -1",
});
assert.throws(() => new ReadableStream({}, { size: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "strategy.size" property must be of type function. Received type number (1)',
});
assert.throws(() => new web.ReadableStreamDefaultReader(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "stream" argument must be an instance of ReadableStream. Received type number (1)',
});
for (const name of ['ReadableStreamDefaultController', 'ReadableByteStreamController',
  'ReadableStreamBYOBRequest', 'WritableStreamDefaultController',
  'TransformStreamDefaultController']) {
  assert.throws(() => new web[name](), {
    code: 'ERR_ILLEGAL_CONSTRUCTOR',
    message: 'Illegal constructor',
  });
}
new ReadableStream({
  start(controller) {
    controller.close();
    assert.throws(() => controller.enqueue(1), {
      code: 'ERR_INVALID_STATE',
      message: 'Invalid state: Controller is already closed',
    });
  },
});
