'use strict';

// structuredClone(value, { transfer }) on V8's ValueSerializer (the `serdes`
// binding). Errors match Node 20's, which come from its C++ side: plain TypeErrors
// with a code, and DOMException DataCloneErrors for what V8 cannot clone.

const binding = internalBinding('serdes');
const { isMarkedAsUntransferable } = require('internal/worker/untransferable');

let factorySet = false;

function dataCloneError(message) {
  const { DOMException } = require('internal/per_context/domexception');
  return new DOMException(message, 'DataCloneError');
}

function nativeTypeError(message, code) {
  const err = new TypeError(message);
  Error.captureStackTrace(err, structuredClone);
  err.code = code;
  return err;
}

function structuredClone(value = undefined, options = undefined) {
  if (arguments.length === 0) {
    throw nativeTypeError('The value argument must be specified', 'ERR_MISSING_ARGS');
  }
  if (!factorySet) {
    binding.setDataCloneErrorFactory(dataCloneError);
    factorySet = true;
  }
  let transferList;
  let hasPorts = false;
  if (options !== undefined && options !== null) {
    if (typeof options !== 'object' && typeof options !== 'function') {
      throw nativeTypeError('The options argument must be either an object or undefined',
                            'ERR_INVALID_ARG_TYPE');
    }
    const transfer = options.transfer;
    if (transfer !== undefined && transfer !== null) {
      if ((typeof transfer !== 'object' && typeof transfer !== 'function') ||
          typeof transfer[Symbol.iterator] !== 'function') {
        throw nativeTypeError('Optional transferList argument must be an iterable',
                              'ERR_INVALID_ARG_TYPE');
      }
      transferList = [];
      for (const item of transfer) {
        if (isMessagePort(item)) {
          hasPorts = true;
        } else if (!(item instanceof ArrayBuffer) &&
            Object.prototype.toString.call(item) !== '[object ArrayBuffer]') {
          throw nativeTypeError('Found invalid object in transferList',
                                'ERR_INVALID_TRANSFER_OBJECT');
        }
        if (transferList.includes(item)) {
          throw dataCloneError('Transfer list contains duplicate ArrayBuffer');
        }
        // Marked as untransferable: copied instead.
        if (isMarkedAsUntransferable(item)) continue;
        transferList.push(item);
      }
    }
  }
  if (hasPorts) return cloneThroughPort(value, transferList);
  try {
    return binding.structuredClone(value, transferList);
  } catch (err) {
    // A native object (a MessagePort without transfer, ...): the port path throws the
    // error Node gives for it. Nothing was transferred by the failed attempt.
    if (err?.name === 'DataCloneError' && err.message === kUnsupported) {
      return cloneThroughPort(value, transferList);
    }
    throw err;
  }
}

const kUnsupported = 'Cannot clone object of unsupported type.';

// MessagePorts can be transferred only by the messaging binding: such clones go through
// a private channel of this thread, posted and received synchronously.
let channel;
function cloneThroughPort(value, transferList) {
  const io = require('internal/worker/io');
  if (channel === undefined) {
    channel = new io.MessageChannel();
    channel.port1.unref();
    channel.port2.unref();
  }
  channel.port1.postMessage(value, transferList);
  return io.receiveMessageOnPort(channel.port2).message;
}

function isMessagePort(value) {
  return typeof value === 'object' && value !== null &&
    value.constructor?.name === 'MessagePort' && require('internal/worker/io').isMessagePort(value);
}

module.exports = { structuredClone };
