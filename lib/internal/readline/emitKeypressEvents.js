'use strict';

// readline.emitKeypressEvents(stream[, interface]): the stream emits
// 'keypress' (character, key) for each key read from it, once someone listens.

const { StringDecoder } = require('string_decoder');
const { parseKeys, flushKeys } = require('internal/readline/utils');

const kKeypressDecoder = Symbol('keypress-decoder');
const kEscapeTimer = Symbol('escape-timer');
const kPending = Symbol('pending-escape');

const ESCAPE_CODE_TIMEOUT = 500;

function emitKeypressEvents(stream, iface = {}) {
  if (stream[kKeypressDecoder]) return;
  stream[kKeypressDecoder] = new StringDecoder('utf8');
  stream[kPending] = '';

  function emitKeys(keys) {
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      // A Tab inside pasted text is text: only the last key of a chunk completes.
      iface.isCompletionEnabled = i === keys.length - 1;
      // The character itself, or undefined for escape sequences.
      const ch = key.sequence[0] === '\x1b' ? undefined : key.sequence;
      stream.emit('keypress', ch, key);
    }
    iface.isCompletionEnabled = true;
  }

  function onData(input) {
    if (stream.listenerCount('keypress') === 0) {
      stream.removeListener('data', onData);
      stream.on('newListener', onNewListener);
      return;
    }
    const text = typeof input === 'string' ? input : stream[kKeypressDecoder].write(input);
    if (!text) return;
    clearTimeout(stream[kEscapeTimer]);
    const { keys, rest } = parseKeys(stream[kPending] + text);
    stream[kPending] = rest;
    try {
      emitKeys(keys);
    } finally {
      if (rest && text.endsWith('\x1b')) {
        // An ESC alone is the escape key unless the rest of a sequence follows soon.
        // Like Node, only a chunk that ends in ESC starts the wait; any other
        // unfinished sequence waits for more input.
        const timeout = iface.escapeCodeTimeout ?? ESCAPE_CODE_TIMEOUT;
        stream[kEscapeTimer] = setTimeout(() => {
          const pending = stream[kPending];
          stream[kPending] = '';
          if (pending) emitKeys(flushKeys(pending));
        }, timeout);
      }
    }
  }

  function onNewListener(event) {
    if (event === 'keypress') {
      stream.on('data', onData);
      stream.removeListener('newListener', onNewListener);
    }
  }

  if (stream.listenerCount('keypress') > 0) {
    stream.on('data', onData);
  } else {
    stream.on('newListener', onNewListener);
  }
}

module.exports = { emitKeypressEvents };
