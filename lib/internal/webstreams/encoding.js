'use strict';
// TextEncoderStream and TextDecoderStream.

const {
  codes: { ERR_INVALID_THIS },
} = require('internal/errors');
const { kEnumerableProperty } = require('internal/util');
const { TransformStream } = require('internal/webstreams/transformstream');
const { defineInspect, isBrand, kState, kType } = require('internal/webstreams/util');

let TextDecoder;

const kReplacement = [0xef, 0xbf, 0xbd];

class TextEncoderStream {
  constructor() {
    this[kType] = 'TextEncoderStream';
    // A lone high surrogate at the end of one chunk may pair with the next.
    let pendingHighSurrogate = null;
    this[kState] = new TransformStream({
      transform(chunk, controller) {
        let string = `${chunk}`;
        if (pendingHighSurrogate !== null) {
          string = pendingHighSurrogate + string;
          pendingHighSurrogate = null;
        }
        const last = string.charCodeAt(string.length - 1);
        if (last >= 0xd800 && last <= 0xdbff) {
          pendingHighSurrogate = string[string.length - 1];
          string = string.slice(0, -1);
        }
        if (string.length === 0) return;
        const bytes = Buffer.from(string, 'utf8');
        controller.enqueue(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      },
      flush(controller) {
        if (pendingHighSurrogate !== null) controller.enqueue(new Uint8Array(kReplacement));
      },
    });
  }

  get encoding() {
    if (!isBrand(this, 'TextEncoderStream')) throw new ERR_INVALID_THIS('TextEncoderStream');
    return 'utf-8';
  }

  get readable() {
    if (!isBrand(this, 'TextEncoderStream')) throw new ERR_INVALID_THIS('TextEncoderStream');
    return this[kState].readable;
  }

  get writable() {
    if (!isBrand(this, 'TextEncoderStream')) throw new ERR_INVALID_THIS('TextEncoderStream');
    return this[kState].writable;
  }
}

class TextDecoderStream {
  constructor(encoding = 'utf-8', options = {}) {
    TextDecoder ??= require('internal/encoding').TextDecoder;
    const decoder = new TextDecoder(encoding, options);
    this[kType] = 'TextDecoderStream';
    this[kState] = {
      decoder,
      transform: new TransformStream({
        transform(chunk, controller) {
          const value = decoder.decode(chunk, { stream: true });
          if (value) controller.enqueue(value);
        },
        flush(controller) {
          const value = decoder.decode();
          if (value) controller.enqueue(value);
          controller.terminate();
        },
      }),
    };
  }

  get encoding() {
    if (!isBrand(this, 'TextDecoderStream')) throw new ERR_INVALID_THIS('TextDecoderStream');
    return this[kState].decoder.encoding;
  }

  get fatal() {
    if (!isBrand(this, 'TextDecoderStream')) throw new ERR_INVALID_THIS('TextDecoderStream');
    return this[kState].decoder.fatal;
  }

  get ignoreBOM() {
    if (!isBrand(this, 'TextDecoderStream')) throw new ERR_INVALID_THIS('TextDecoderStream');
    return this[kState].decoder.ignoreBOM;
  }

  get readable() {
    if (!isBrand(this, 'TextDecoderStream')) throw new ERR_INVALID_THIS('TextDecoderStream');
    return this[kState].transform.readable;
  }

  get writable() {
    if (!isBrand(this, 'TextDecoderStream')) throw new ERR_INVALID_THIS('TextDecoderStream');
    return this[kState].transform.writable;
  }
}

Object.defineProperties(TextEncoderStream.prototype, {
  encoding: kEnumerableProperty,
  readable: kEnumerableProperty,
  writable: kEnumerableProperty,
  [Symbol.toStringTag]: { __proto__: null, value: 'TextEncoderStream', configurable: true },
});
defineInspect(TextEncoderStream, (self) => ({
  encoding: 'utf-8',
  readable: self[kState].readable,
  writable: self[kState].writable,
}));

Object.defineProperties(TextDecoderStream.prototype, {
  encoding: kEnumerableProperty,
  fatal: kEnumerableProperty,
  ignoreBOM: kEnumerableProperty,
  readable: kEnumerableProperty,
  writable: kEnumerableProperty,
  [Symbol.toStringTag]: { __proto__: null, value: 'TextDecoderStream', configurable: true },
});
defineInspect(TextDecoderStream, (self) => ({
  encoding: self.encoding,
  fatal: self.fatal,
  ignoreBOM: self.ignoreBOM,
  readable: self.readable,
  writable: self.writable,
}));

module.exports = { TextEncoderStream, TextDecoderStream };
