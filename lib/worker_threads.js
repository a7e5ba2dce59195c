'use strict';

// The `worker_threads` module: Worker, the ports, and what the current thread is
// (lib/internal/worker/state.js, filled in before a worker's script runs).

const {
  SHARE_ENV, environmentData, workerState,
} = require('internal/worker/state');
const {
  MessagePort, MessageChannel, BroadcastChannel, receiveMessageOnPort, moveMessagePortToContext,
} = require('internal/worker/io');
const { Worker } = require('internal/worker');
const { markAsUntransferable } = require('internal/worker/untransferable');

function setEnvironmentData(key, value) {
  if (value === undefined) environmentData.delete(key);
  else environmentData.set(key, value);
}

function getEnvironmentData(key) {
  return environmentData.get(key);
}


module.exports = {
  isMainThread: workerState.isMainThread,
  MessagePort,
  MessageChannel,
  markAsUntransferable,
  moveMessagePortToContext,
  receiveMessageOnPort,
  resourceLimits: workerState.resourceLimits,
  // Thread-to-thread messaging by id is not implemented: no destination is ever found.
  async postMessageToThread(threadId, value, transferList, timeout) {
    const { ERR_WORKER_MESSAGING_FAILED } = require('internal/errors').codes;
    throw new ERR_WORKER_MESSAGING_FAILED();
  },
  threadId: workerState.threadId,
  SHARE_ENV,
  Worker,
  parentPort: workerState.parentPort,
  workerData: workerState.workerData,
  BroadcastChannel,
  setEnvironmentData,
  getEnvironmentData,
};
