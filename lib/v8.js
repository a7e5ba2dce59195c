'use strict';

// The `v8` module: the value serializer (Serializer/Deserializer and the
// Default* pair behind serialize()/deserialize()), heap statistics and V8 flags.
// Heap snapshots, coverage and GC profiling are not provided (see the stubs below).

const {
  codes: { ERR_METHOD_NOT_IMPLEMENTED, ERR_NOT_BUILDING_SNAPSHOT },
} = require('internal/errors');
const { validateNumber, validateString } = require('internal/validators');
const { FastBuffer } = require('internal/buffer');
// FastBuffers get Buffer's methods (toString(encoding), ...) when lib/buffer.js loads;
// load it before handing any out, or fs.readFileSync(f).toString() is Uint8Array's.
require('buffer');
const binding = internalBinding('serdes');

const { Serializer, Deserializer } = binding;

// The native releaseBuffer() returns an ArrayBuffer; the public one a Buffer.
const nativeReleaseBuffer = Serializer.prototype.releaseBuffer;
Serializer.prototype.releaseBuffer = function releaseBuffer() {
  return new FastBuffer(nativeReleaseBuffer.call(this));
};
Serializer.prototype._getDataCloneError = Error;

Deserializer.prototype.readRawBytes = function readRawBytes(length) {
  const offset = this._readRawBytes(length);
  // this.buffer may be any ArrayBufferView: address its memory directly.
  return new FastBuffer(this.buffer.buffer, this.buffer.byteOffset + offset, length);
};

// Views are written as host objects so that their exact type (Buffer included)
// survives: [type index, byte length, raw bytes].
const arrayBufferViewTypes = [
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  Float32Array, Float64Array, DataView, FastBuffer, BigInt64Array, BigUint64Array,
];
const typedArrayTag = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;

function viewTypeIndex(view) {
  const tag = typedArrayTag.call(view);
  if (tag === undefined) return 9;  // DataView
  if (tag === 'Uint8Array' && view instanceof FastBuffer) return 10;
  return arrayBufferViewTypes.findIndex((ctor) => ctor.name === tag);
}

class DefaultSerializer extends Serializer {
  constructor() {
    super();
    this._setTreatArrayBufferViewsAsHostObjects(true);
  }

  _writeHostObject(view) {
    if (!ArrayBuffer.isView(view)) {
      throw new this._getDataCloneError(
        `Unserializable host object: ${require('internal/util/inspect').inspect(view)}`);
    }
    this.writeUint32(viewTypeIndex(view));
    this.writeUint32(view.byteLength);
    this.writeRawBytes(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
  }
}

class DefaultDeserializer extends Deserializer {
  _readHostObject() {
    const typeIndex = this.readUint32();
    const ctor = arrayBufferViewTypes[typeIndex];
    const byteLength = this.readUint32();
    const byteOffset = this._readRawBytes(byteLength);
    const size = ctor.BYTES_PER_ELEMENT || 1;
    const offset = this.buffer.byteOffset + byteOffset;
    if (offset % size === 0) {
      return new ctor(this.buffer.buffer, offset, byteLength / size);
    }
    // Unaligned: copy into a buffer of its own first.
    const copy = new Uint8Array(this.buffer.buffer.slice(offset, offset + byteLength));
    return new ctor(copy.buffer, 0, byteLength / size);
  }
}

function serialize(value) {
  const ser = new DefaultSerializer();
  ser.writeHeader();
  ser.writeValue(value);
  return ser.releaseBuffer();
}

function deserialize(buffer) {
  const der = new DefaultDeserializer(buffer);
  der.readHeader();
  return der.readValue();
}

function cachedDataVersionTag() {
  return binding.cachedDataVersionTag();
}

function getHeapStatistics() {
  return binding.getHeapStatistics();
}

function getHeapSpaceStatistics() {
  return binding.getHeapSpaceStatistics();
}

function getHeapCodeStatistics() {
  return binding.getHeapCodeStatistics();
}

function setFlagsFromString(flags) {
  validateString(flags, 'flags');
  binding.setFlagsFromString(flags);
}

// Heap snapshots need V8's HeapProfiler serializer; not provided yet.
function getHeapSnapshot() {
  throw new ERR_METHOD_NOT_IMPLEMENTED('getHeapSnapshot()');
}

function writeHeapSnapshot() {
  throw new ERR_METHOD_NOT_IMPLEMENTED('writeHeapSnapshot()');
}

function setHeapSnapshotNearHeapLimit(limit) {
  validateNumber(limit, 'limit', 1);
}

// Coverage is only collected with NODE_V8_COVERAGE, which rt does not support.
function takeCoverage() {}
function stopCoverage() {}

const startupSnapshot = {
  addSerializeCallback() { throw new ERR_NOT_BUILDING_SNAPSHOT(); },
  addDeserializeCallback() { throw new ERR_NOT_BUILDING_SNAPSHOT(); },
  setDeserializeMainFunction() { throw new ERR_NOT_BUILDING_SNAPSHOT(); },
  // Node returns its flag buffer's element: 0, not false.
  isBuildingSnapshot() { return 0; },
};

module.exports = {
  cachedDataVersionTag,
  getHeapSnapshot,
  getHeapStatistics,
  getHeapSpaceStatistics,
  getHeapCodeStatistics,
  setFlagsFromString,
  Serializer,
  Deserializer,
  DefaultSerializer,
  DefaultDeserializer,
  deserialize,
  takeCoverage,
  stopCoverage,
  serialize,
  writeHeapSnapshot,
  startupSnapshot,
  setHeapSnapshotNearHeapLimit,
};
