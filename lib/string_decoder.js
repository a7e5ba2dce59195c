'use strict';

// string_decoder: turns a sequence of byte chunks into strings without splitting a
// character (UTF-8 sequence, UTF-16 surrogate pair, base64 3-byte group) across chunks.
//
// State lives in one 7-byte Buffer, laid out like Node's so that lastChar and inspection
// look the same: bytes 0-3 hold the incomplete character, 4 how many bytes it still
// needs, 5 how many it has, 6 the encoding's number.

const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_UNKNOWN_ENCODING },
} = require('internal/errors');
const { normalizeEncoding: normalizeKnownEncoding } = require('internal/util');

const kNativeDecoder = Symbol('kNativeDecoder');

const kMissingBytes = 4;
const kBufferedBytes = 5;
const kEncodingField = 6;
const kStateSize = 7;

// Node's numbering of encodings (ASCII, UTF8, BASE64, UCS2, BINARY, HEX, BUFFER, BASE64URL).
const encodingNumbers = {
  ascii: 0, utf8: 1, base64: 2, utf16le: 3, latin1: 4, hex: 5, base64url: 7,
};

function normalizeEncoding(enc) {
  const normalized = normalizeKnownEncoding(enc);
  if (normalized === undefined) {
    // A user-supplied Buffer.isEncoding may accept more names; the decoder then treats
    // them like Buffer does.
    if (Buffer.isEncoding === builtinIsEncoding || !Buffer.isEncoding(enc)) {
      throw new ERR_UNKNOWN_ENCODING(enc);
    }
    return enc;
  }
  return normalized;
}
const builtinIsEncoding = Buffer.isEncoding;

function StringDecoder(encoding) {
  this.encoding = normalizeEncoding(encoding);
  this[kNativeDecoder] = Buffer.alloc(kStateSize);
  this[kNativeDecoder][kEncodingField] = encodingNumbers[this.encoding] ?? 1;
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  if (!ArrayBuffer.isView(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
  }
  if (!this[kNativeDecoder]) throw new ERR_INVALID_THIS('StringDecoder');
  return decode(this[kNativeDecoder], this.encoding, asBuffer(buf));
};

StringDecoder.prototype.end = function end(buf) {
  let ret = '';
  if (buf !== undefined) ret = this.write(buf);
  if (this[kNativeDecoder][kBufferedBytes] > 0) ret += flush(this[kNativeDecoder], this.encoding);
  return ret;
};

// Decodes buf from offset on, forgetting any incomplete character held from before.
StringDecoder.prototype.text = function text(buf, offset) {
  this[kNativeDecoder][kMissingBytes] = 0;
  this[kNativeDecoder][kBufferedBytes] = 0;
  return this.write(buf.slice(offset));
};

Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder].subarray(0, kMissingBytes);
    },
  },
  lastNeed: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder][kMissingBytes];
    },
  },
  lastTotal: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder][kBufferedBytes] + this[kNativeDecoder][kMissingBytes];
    },
  },
});

function asBuffer(view) {
  if (view instanceof Buffer) return view;
  return Buffer.from(view.buffer, view.byteOffset, view.byteLength);
}

function isContinuationByte(byte) {
  return (byte & 0xC0) === 0x80;
}

// How many bytes a UTF-8 sequence starting with this lead byte has; 0 when the byte
// cannot start a sequence.
function utf8SequenceLength(lead) {
  if ((lead & 0xE0) === 0xC0) return 2;
  if ((lead & 0xF0) === 0xE0) return 3;
  if ((lead & 0xF8) === 0xF0) return 4;
  return 0;
}

// Bytes at the end of bytes[start, end) that begin a character the chunk does not finish:
// sets the missing and buffered counts in state and returns the number to hold back.
function incompleteTail(state, encoding, bytes, start, end) {
  let buffered = 0;
  let missing = 0;
  if (encoding === 'utf8') {
    if (bytes[end - 1] & 0x80) {
      for (let i = end - 1; ; i--) {
        buffered++;
        if (isContinuationByte(bytes[i])) {
          // Four trailing bytes cannot belong to one character, and a character that
          // began in an earlier chunk was already dealt with: hold nothing back.
          if (buffered >= 4 || i === start) {
            buffered = 0;
            break;
          }
          continue;
        }
        const length = utf8SequenceLength(bytes[i]);
        if (length === 0 || buffered >= length) {
          // Not a lead byte, or the sequence is complete (or overlong and invalid anyway).
          buffered = 0;
        } else {
          missing = length - buffered;
        }
        break;
      }
    }
  } else if (encoding === 'utf16le') {
    if ((end - start) % 2 === 1) {
      buffered = 1;
      missing = 1;
    } else if ((bytes[end - 1] & 0xFC) === 0xD8) {
      // A high surrogate: its low half comes in the next chunk.
      buffered = 2;
      missing = 2;
    }
  } else {
    // base64 and base64url encode 3-byte groups.
    buffered = (end - start) % 3;
    if (buffered > 0) missing = 3 - buffered;
  }
  state[kBufferedBytes] = buffered;
  state[kMissingBytes] = missing;
  return buffered;
}

function decode(state, encoding, bytes) {
  if (encoding !== 'utf8' && encoding !== 'utf16le' && encoding !== 'base64' &&
      encoding !== 'base64url') {
    // hex, latin1 and ascii map each byte on its own.
    return bytes.toString(encoding);
  }

  let start = 0;
  let length = bytes.length;
  let prefix = '';

  if (state[kMissingBytes] > 0) {
    if (encoding === 'utf8') {
      // A byte that should continue the held sequence but does not ends it there: the
      // held bytes decode to a replacement character and the byte starts afresh.
      const limit = Math.min(length, state[kMissingBytes]);
      for (let i = 0; i < limit; i++) {
        if (!isContinuationByte(bytes[i])) {
          state[kMissingBytes] = 0;
          state.set(bytes.subarray(0, i), state[kBufferedBytes]);
          state[kBufferedBytes] += i;
          start = i;
          length -= i;
          break;
        }
      }
    }
    const taken = Math.min(length, state[kMissingBytes]);
    state.set(bytes.subarray(start, start + taken), state[kBufferedBytes]);
    start += taken;
    length -= taken;
    state[kMissingBytes] -= taken;
    state[kBufferedBytes] += taken;
    if (state[kMissingBytes] === 0) {
      prefix = state.toString(encoding, 0, state[kBufferedBytes]);
      state[kBufferedBytes] = 0;
    }
  }

  if (length === 0) return prefix;

  const held = incompleteTail(state, encoding, bytes, start, start + length);
  const end = start + length - held;
  if (held > 0) state.set(bytes.subarray(end, end + held), 0);
  return end > start ? prefix + bytes.toString(encoding, start, end) : prefix;
}

function flush(state, encoding) {
  if (encoding === 'utf16le' && state[kBufferedBytes] % 2 === 1) {
    // A lone trailing byte of UTF-16 is dropped.
    state[kMissingBytes]--;
    state[kBufferedBytes]--;
  }
  if (state[kBufferedBytes] === 0) return '';
  const ret = state.toString(encoding, 0, state[kBufferedBytes]);
  state[kMissingBytes] = 0;
  state[kBufferedBytes] = 0;
  return ret;
}

module.exports = { StringDecoder };
