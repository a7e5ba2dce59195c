'use strict';

// The public `stream` module: the legacy Stream class with the stream classes and helpers
// hung on it, like Node. The implementation is readable-stream's, under internal/streams/.

const { codes: { ERR_ILLEGAL_CONSTRUCTOR } } = require('internal/errors');
const { streamReturningOperators, promiseReturningOperators } = require('internal/streams/operators');
const compose = require('internal/streams/compose');
const { setDefaultHighWaterMark, getDefaultHighWaterMark } = require('internal/streams/state');
const { pipeline } = require('internal/streams/pipeline');
const { destroyer } = require('internal/streams/destroy');
const eos = require('internal/streams/end-of-stream');
const utils = require('internal/streams/utils');

const Stream = module.exports = require('internal/streams/legacy').Stream;

Stream.isDestroyed = utils.isDestroyed;
Stream.isDisturbed = utils.isDisturbed;
Stream.isErrored = utils.isErrored;
Stream.isReadable = utils.isReadable;
Stream.isWritable = utils.isWritable;

Stream.Readable = require('internal/streams/readable');

// The operators live on Readable.prototype as methods that cannot be constructed;
// the stream-returning ones wrap their async generator in Readable.from().
function installOperator(key, op, wrapResult) {
  // A plain function (not a method) so that `new` reaches the check and gets Node's error.
  function method(...args) {
    if (new.target) throw new ERR_ILLEGAL_CONSTRUCTOR();
    const result = Reflect.apply(op, this, args);
    return wrapResult ? Stream.Readable.from(result) : result;
  }
  Object.defineProperty(method, 'name', { __proto__: null, value: op.name });
  Object.defineProperty(method, 'length', { __proto__: null, value: op.length });
  Object.defineProperty(Stream.Readable.prototype, key, {
    __proto__: null, value: method, enumerable: false, configurable: true, writable: true,
  });
}
for (const key of Object.keys(streamReturningOperators)) {
  installOperator(key, streamReturningOperators[key], true);
}
for (const key of Object.keys(promiseReturningOperators)) {
  installOperator(key, promiseReturningOperators[key], false);
}

Stream.Writable = require('internal/streams/writable');
Stream.Duplex = require('internal/streams/duplex');
Stream.Transform = require('internal/streams/transform');
Stream.PassThrough = require('internal/streams/passthrough');
Stream.duplexPair = require('internal/streams/duplexpair');
Stream.pipeline = pipeline;
Stream.addAbortSignal = require('internal/streams/add-abort-signal').addAbortSignal;
Stream.finished = eos;
Stream.destroy = destroyer;
Stream.compose = compose;
Stream.setDefaultHighWaterMark = setDefaultHighWaterMark;
Stream.getDefaultHighWaterMark = getDefaultHighWaterMark;

let promises;
function getPromises() {
  promises ??= require('stream/promises');
  return promises;
}
Object.defineProperty(Stream, 'promises', {
  __proto__: null, configurable: true, enumerable: true, get: getPromises,
});

const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');
Object.defineProperty(pipeline, kCustomPromisify, {
  __proto__: null, enumerable: true, get() { return getPromises().pipeline; },
});
Object.defineProperty(eos, kCustomPromisify, {
  __proto__: null, enumerable: true, get() { return getPromises().finished; },
});

// Backwards compatibility with node 0.4.x.
Stream.Stream = Stream;

Stream._isArrayBufferView = ArrayBuffer.isView;
Stream._isUint8Array = require('internal/util/types').isUint8Array;
Stream._uint8ArrayToBuffer = function _uint8ArrayToBuffer(chunk) {
  const { Buffer } = require('buffer');
  return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
};
