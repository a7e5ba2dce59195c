'use strict';

// FastBuffer (the Uint8Array subclass every Buffer is) and the number readers and
// writers of Buffer.prototype: (U)Int8/16/32, (U)Int with 1 to 6 bytes, BigInt64,
// Float and Double, little- and big-endian, with Node's range and bounds errors.

const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS,
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const { validateNumber } = require('internal/validators');

class FastBuffer extends Uint8Array {
  // Spelled out so V8 does not give the class a rest-parameter constructor.
  // eslint-disable-next-line no-useless-constructor
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}

// ---- Errors -----------------------------------------------------------------

function boundsError(value, length, type) {
  if (Math.floor(value) !== value) {
    validateNumber(value, type || 'offset');
    throw new ERR_OUT_OF_RANGE(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  throw new ERR_OUT_OF_RANGE(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
}

// offset must name `size` bytes inside buf.
function checkBounds(buf, offset, size) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + size - 1] === undefined) {
    boundsError(offset, buf.length - size);
  }
}

function rangeText(min, max, size) {
  const n = typeof min === 'bigint' ? 'n' : '';
  if (size <= 4) return `>= ${min}${n} and <= ${max}${n}`;
  const bits = size * 8;
  if (min === 0 || min === 0n) return `>= 0${n} and < 2${n} ** ${bits}${n}`;
  return `>= -(2${n} ** ${bits - 1}${n}) and < 2${n} ** ${bits - 1}${n}`;
}

function checkInt(value, min, max, buf, offset, size) {
  if (value > max || value < min) {
    throw new ERR_OUT_OF_RANGE('value', rangeText(min, max, size), value);
  }
  checkBounds(buf, offset, size);
}

function byteLengthError(byteLength) {
  boundsError(byteLength, 6, 'byteLength');
}

// ---- Integers ---------------------------------------------------------------

function readUnsignedLE(buf, offset, size) {
  let value = 0;
  let scale = 1;
  for (let i = 0; i < size; i++) {
    value += buf[offset + i] * scale;
    scale *= 0x100;
  }
  return value;
}

function readUnsignedBE(buf, offset, size) {
  let value = 0;
  for (let i = 0; i < size; i++) value = value * 0x100 + buf[offset + i];
  return value;
}

function toSigned(value, size) {
  const limit = 2 ** (size * 8 - 1);
  return value >= limit ? value - limit * 2 : value;
}

// Writes the low `size` bytes of the integer value (two's complement when negative).
function writeLE(buf, value, offset, size) {
  let lo = value;
  let hi = 0;
  if (size > 4) {
    hi = Math.floor(value / 0x100000000);
    lo = value - hi * 0x100000000;
  }
  for (let i = 0; i < size; i++) {
    buf[offset + i] = ((i < 4 ? lo : hi) >>> ((i & 3) * 8)) & 0xff;
  }
  return offset + size;
}

function writeBE(buf, value, offset, size) {
  let lo = value;
  let hi = 0;
  if (size > 4) {
    hi = Math.floor(value / 0x100000000);
    lo = value - hi * 0x100000000;
  }
  const last = offset + size - 1;
  for (let i = 0; i < size; i++) {
    buf[last - i] = ((i < 4 ? lo : hi) >>> ((i & 3) * 8)) & 0xff;
  }
  return offset + size;
}

function readInt(buf, offset, size, signed, bigEndian) {
  checkBounds(buf, offset, size);
  const value = bigEndian ? readUnsignedBE(buf, offset, size) : readUnsignedLE(buf, offset, size);
  return signed ? toSigned(value, size) : value;
}

function writeInt(buf, value, offset, size, min, max, bigEndian) {
  value = +value;
  if (size === 1) {
    validateNumber(offset, 'offset');
    if (value > max || value < min) {
      throw new ERR_OUT_OF_RANGE('value', `>= ${min} and <= ${max}`, value);
    }
    if (buf[offset] === undefined) boundsError(offset, buf.length - 1);
    buf[offset] = value;
    return offset + 1;
  }
  checkInt(value, min, max, buf, offset, size);
  return bigEndian ? writeBE(buf, value, offset, size) : writeLE(buf, value, offset, size);
}

const kUnsignedMax = [0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffff, 0xffffffffffff];

function readerFor(size, signed, bigEndian) {
  return function(offset = 0) {
    return readInt(this, offset, size, signed, bigEndian);
  };
}

function writerFor(size, signed, bigEndian) {
  const min = signed ? -(2 ** (size * 8 - 1)) : 0;
  const max = signed ? 2 ** (size * 8 - 1) - 1 : kUnsignedMax[size];
  return function(value, offset = 0) {
    return writeInt(this, value, offset, size, min, max, bigEndian);
  };
}

function variableReader(signed, bigEndian) {
  return function(offset, byteLength) {
    if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
    if (byteLength >= 1 && byteLength <= 6 && Number.isInteger(byteLength)) {
      return readInt(this, offset, byteLength, signed, bigEndian);
    }
    return byteLengthError(byteLength);
  };
}

function variableWriter(signed, bigEndian) {
  return function(value, offset, byteLength) {
    if (byteLength >= 1 && byteLength <= 6 && Number.isInteger(byteLength)) {
      const bits = byteLength * 8;
      const min = signed ? -(2 ** (bits - 1)) : 0;
      const max = signed ? 2 ** (bits - 1) - 1 : kUnsignedMax[byteLength];
      return writeInt(this, value, offset, byteLength, min, max, bigEndian);
    }
    return byteLengthError(byteLength);
  };
}

// ---- BigInt -----------------------------------------------------------------

function readBig64(buf, offset, signed, bigEndian) {
  validateNumber(offset, 'offset');
  const first = buf[offset];
  const last = buf[offset + 7];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 8);
  let lo;
  let hi;
  if (bigEndian) {
    hi = readUnsignedBE(buf, offset, 4);
    lo = readUnsignedBE(buf, offset + 4, 4);
  } else {
    lo = readUnsignedLE(buf, offset, 4);
    hi = readUnsignedLE(buf, offset + 4, 4);
  }
  if (signed) hi |= 0;
  return (BigInt(hi) << 32n) + BigInt(lo);
}

function writeBig64(buf, value, offset, min, max, bigEndian) {
  checkInt(value, min, max, buf, offset, 8);
  const lo = Number(value & 0xffffffffn);
  const hi = Number((value >> 32n) & 0xffffffffn);
  if (bigEndian) {
    writeBE(buf, hi, offset, 4);
    writeBE(buf, lo, offset + 4, 4);
  } else {
    writeLE(buf, lo, offset, 4);
    writeLE(buf, hi, offset + 4, 4);
  }
  return offset + 8;
}

const kBigU64Max = 0xffffffffffffffffn;
const kBigI64Min = -(2n ** 63n);
const kBigI64Max = 2n ** 63n - 1n;

// ---- Floats -----------------------------------------------------------------

const float32 = new Float32Array(1);
const float32Bytes = new Uint8Array(float32.buffer);
const float64 = new Float64Array(1);
const float64Bytes = new Uint8Array(float64.buffer);
const hostBigEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 0;

function readFloat(buf, offset, bytes, view, size, bigEndian) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + size - 1] === undefined) {
    boundsError(offset, buf.length - size);
  }
  const reverse = bigEndian !== hostBigEndian;
  for (let i = 0; i < size; i++) bytes[reverse ? size - 1 - i : i] = buf[offset + i];
  return view[0];
}

function writeFloat(buf, value, offset, bytes, view, size, bigEndian) {
  value = +value;
  checkBounds(buf, offset, size);
  view[0] = value;
  const reverse = bigEndian !== hostBigEndian;
  for (let i = 0; i < size; i++) buf[offset + i] = bytes[reverse ? size - 1 - i : i];
  return offset + size;
}

// ---- Installation -----------------------------------------------------------

function addNumberMethods(proto) {
  const methods = {
    readUInt8: readerFor(1, false, false),
    readInt8: readerFor(1, true, false),
    readUInt16LE: readerFor(2, false, false),
    readUInt16BE: readerFor(2, false, true),
    readInt16LE: readerFor(2, true, false),
    readInt16BE: readerFor(2, true, true),
    readUInt32LE: readerFor(4, false, false),
    readUInt32BE: readerFor(4, false, true),
    readInt32LE: readerFor(4, true, false),
    readInt32BE: readerFor(4, true, true),
    readUIntLE: variableReader(false, false),
    readUIntBE: variableReader(false, true),
    readIntLE: variableReader(true, false),
    readIntBE: variableReader(true, true),
    writeUInt8: writerFor(1, false, false),
    writeInt8: writerFor(1, true, false),
    writeUInt16LE: writerFor(2, false, false),
    writeUInt16BE: writerFor(2, false, true),
    writeInt16LE: writerFor(2, true, false),
    writeInt16BE: writerFor(2, true, true),
    writeUInt32LE: writerFor(4, false, false),
    writeUInt32BE: writerFor(4, false, true),
    writeInt32LE: writerFor(4, true, false),
    writeInt32BE: writerFor(4, true, true),
    writeUIntLE: variableWriter(false, false),
    writeUIntBE: variableWriter(false, true),
    writeIntLE: variableWriter(true, false),
    writeIntBE: variableWriter(true, true),
    readBigUInt64LE(offset = 0) { return readBig64(this, offset, false, false); },
    readBigUInt64BE(offset = 0) { return readBig64(this, offset, false, true); },
    readBigInt64LE(offset = 0) { return readBig64(this, offset, true, false); },
    readBigInt64BE(offset = 0) { return readBig64(this, offset, true, true); },
    writeBigUInt64LE(value, offset = 0) {
      return writeBig64(this, value, offset, 0n, kBigU64Max, false);
    },
    writeBigUInt64BE(value, offset = 0) {
      return writeBig64(this, value, offset, 0n, kBigU64Max, true);
    },
    writeBigInt64LE(value, offset = 0) {
      return writeBig64(this, value, offset, kBigI64Min, kBigI64Max, false);
    },
    writeBigInt64BE(value, offset = 0) {
      return writeBig64(this, value, offset, kBigI64Min, kBigI64Max, true);
    },
    readFloatLE(offset = 0) { return readFloat(this, offset, float32Bytes, float32, 4, false); },
    readFloatBE(offset = 0) { return readFloat(this, offset, float32Bytes, float32, 4, true); },
    readDoubleLE(offset = 0) { return readFloat(this, offset, float64Bytes, float64, 8, false); },
    readDoubleBE(offset = 0) { return readFloat(this, offset, float64Bytes, float64, 8, true); },
    writeFloatLE(value, offset = 0) {
      return writeFloat(this, value, offset, float32Bytes, float32, 4, false);
    },
    writeFloatBE(value, offset = 0) {
      return writeFloat(this, value, offset, float32Bytes, float32, 4, true);
    },
    writeDoubleLE(value, offset = 0) {
      return writeFloat(this, value, offset, float64Bytes, float64, 8, false);
    },
    writeDoubleBE(value, offset = 0) {
      return writeFloat(this, value, offset, float64Bytes, float64, 8, true);
    },
  };
  for (const name of Object.keys(methods)) {
    const fn = methods[name];
    Object.defineProperty(fn, 'name', { value: name });
    proto[name] = fn;
    // Node's lowercase aliases: readUint8, writeBigUint64LE, ...
    if (name.includes('UInt')) proto[name.replace('UInt', 'Uint')] = fn;
  }
}

module.exports = { FastBuffer, addNumberMethods };

// FastBuffer's Buffer methods (toString, write, the readers...) are added by
// lib/buffer.js: load it, so that a FastBuffer is a full Buffer wherever it is made.
require('buffer');
