'use strict';

// The `readline` module: Interface with callback question(), createInterface, the
// cursor helpers and emitKeypressEvents. readline/promises has the Promise forms.

const {
  Interface: BaseInterface,
  InterfaceConstructor,
  kQuestionCallback,
  kOldPrompt,
  kSawReturnAt,
  kLineBuffer,
  kDecoder,
  kPreviousKey,
} = require('internal/readline/interface');
const { validateAbortSignal } = require('internal/validators');
const {
  cursorTo,
  moveCursor,
  clearLine,
  clearScreenDown,
} = require('internal/readline/callbacks');
const { emitKeypressEvents } = require('internal/readline/emitKeypressEvents');

// A sync completer (one argument) becomes a callback one.
function wrapCompleter(completer) {
  if (typeof completer !== 'function' || completer.length === 2) return completer;
  const wrapped = (line, callback) => callback(null, completer(line));
  return wrapped;
}

function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
  if (input?.input && typeof input.completer === 'function') {
    input = { ...input, completer: wrapCompleter(input.completer) };
  } else {
    completer = wrapCompleter(completer);
  }
  InterfaceConstructor.call(this, input, output, completer, terminal);
}
Object.setPrototypeOf(Interface.prototype, BaseInterface.prototype);
Object.setPrototypeOf(Interface, BaseInterface);

// The legacy underscore names Node still keeps on the callback Interface.
Interface.prototype._getCursorPos = BaseInterface.prototype.getCursorPos;
for (const [name, key] of [
  ['_questionCallback', kQuestionCallback],
  ['_oldPrompt', kOldPrompt],
  ['_sawReturnAt', kSawReturnAt],
  ['_line_buffer', kLineBuffer],
  ['_decoder', kDecoder],
  ['_previousKey', kPreviousKey],
]) {
  Object.defineProperty(Interface.prototype, name, {
    __proto__: null,
    get() { return this[key]; },
    set(value) { this[key] = value; },
  });
}

Interface.prototype.question = function question(query, options, cb) {
  cb = typeof options === 'function' ? options : cb;
  if (options !== null && typeof options === 'object') {
    const { signal } = options;
    if (signal) {
      validateAbortSignal(signal, 'options.signal');
      if (signal.aborted) return;
      const onAbort = () => this._questionCancel();
      signal.addEventListener('abort', onAbort, { once: true });
      const cleanup = () => signal.removeEventListener('abort', onAbort);
      const original = cb;
      cb = typeof cb === 'function' ? (answer) => {
        cleanup();
        return original(answer);
      } : cleanup;
    }
  }
  if (typeof cb === 'function') this._question(query, cb);
};

// util.promisify(rl.question) resolves with the answer.
Object.defineProperty(Interface.prototype.question, Symbol.for('nodejs.util.promisify.custom'), {
  __proto__: null,
  configurable: true,
  value: function question(query, options) {
    return new Promise((resolve, reject) => {
      const cb = resolve;
      if (options?.signal) {
        validateAbortSignal(options.signal, 'options.signal');
        if (options.signal.aborted) {
          const { AbortError } = require('internal/errors');
          reject(new AbortError(undefined, { cause: options.signal.reason }));
          return;
        }
        const onAbort = () => {
          const { AbortError } = require('internal/errors');
          reject(new AbortError(undefined, { cause: options.signal.reason }));
        };
        options.signal.addEventListener('abort', onAbort, { once: true });
      }
      this.question(query, options, cb);
    });
  },
});

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
};
Object.defineProperty(module.exports, 'promises', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    return require('readline/promises');
  },
});
