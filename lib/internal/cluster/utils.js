'use strict';

// The cluster's internal protocol: { cmd: 'NODE_CLUSTER', act, seq, ack, ... } over the
// IPC channel, as 'internalMessage' events. A message sent with a callback gets a
// sequence number; the reply carries it back as `ack`.

const callbacks = new Map();
let seq = 0;

function sendHelper(proc, message, handle, cb) {
  if (!proc.connected) return false;
  message = { cmd: 'NODE_CLUSTER', ...message, seq };
  if (typeof cb === 'function') callbacks.set(seq, cb);
  seq += 1;
  return proc.send(message, handle, { swallowErrors: true });
}

// Wraps an 'internalMessage' listener: replies go to their callbacks, the rest to cb.
function internal(worker, cb) {
  return function onInternalMessage(message, handle) {
    if (message.cmd !== 'NODE_CLUSTER') return;
    let fn = cb;
    if (message.ack !== undefined) {
      const callback = callbacks.get(message.ack);
      if (callback !== undefined) {
        fn = callback;
        callbacks.delete(message.ack);
      }
    }
    Reflect.apply(fn, worker, [message, handle]);
  };
}

module.exports = { sendHelper, internal };
