'use strict';

// process.on('SIGINT' | 'SIGTERM' | ...): one Signal handle per signal with listeners.
// The handle is unrefed: listening for a signal does not keep the process alive.

const { signals } = internalBinding('constants').os;

const wraps = new Map();

function isSignal(event) {
  return typeof event === 'string' && event.startsWith('SIG') && signals[event] !== undefined;
}

function startListening(event) {
  if (!isSignal(event) || wraps.has(event)) return;
  const { Signal } = internalBinding('signal_wrap');
  const wrap = new Signal();
  wrap.unref();
  wrap.onsignal = (signum) => process.emit(event, event, signum);
  const err = wrap.start(signals[event]);
  if (err) {
    wrap.close();
    throw require('internal/errors').ErrnoException(err, 'uv_signal_start');
  }
  wraps.set(event, wrap);
}

function stopListening(event) {
  const wrap = wraps.get(event);
  if (wrap !== undefined && process.listenerCount(event) === 0) {
    wrap.close();
    wraps.delete(event);
  }
}

function setupSignalHandlers(process) {
  process.on('newListener', startListening);
  process.on('removeListener', stopListening);
}

module.exports = { setupSignalHandlers, isSignal };
