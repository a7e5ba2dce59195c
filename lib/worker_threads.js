'use strict';

// The `worker_threads` module as seen from the main thread. rt does not run
// Workers yet: the facts about the current thread are exported so that code
// that only asks "am I the main thread?" (pino, fastify's logger) loads, and
// `new Worker()` throws ERR_METHOD_NOT_IMPLEMENTED.

const {
  codes: { ERR_METHOD_NOT_IMPLEMENTED },
} = require('internal/errors');

const SHARE_ENV = Symbol.for('nodejs.worker_threads.SHARE_ENV');

const environmentData = new Map();

function setEnvironmentData(key, value) {
  if (value === undefined) environmentData.delete(key);
  else environmentData.set(key, value);
}

function getEnvironmentData(key) {
  return environmentData.get(key);
}

// Nothing is ever transferred without Workers or MessagePorts: a no-op.
function markAsUntransferable(object) {}

class Worker {
  constructor() {
    throw new ERR_METHOD_NOT_IMPLEMENTED('Worker()');
  }
}

const {
  MessagePort, MessageChannel, BroadcastChannel, receiveMessageOnPort,
} = require('internal/worker/io');

module.exports = {
  MessagePort,
  MessageChannel,
  BroadcastChannel,
  receiveMessageOnPort,
  isMainThread: true,
  threadId: 0,
  parentPort: null,
  workerData: null,
  resourceLimits: {},
  SHARE_ENV,
  Worker,
  markAsUntransferable,
  setEnvironmentData,
  getEnvironmentData,
};
