'use strict';
// v8.serialize/deserialize and the Serializer/Deserializer classes.
require('../common');
const assert = require('node:assert');
const v8 = require('node:v8');

const value = {
  n: 1, s: 'str', arr: [1, 'two'], map: new Map([['k', new Set([1])]]), date: new Date(5),
  buf: Buffer.from('ab'), u16: new Uint16Array([1, 2]), f32: new Float32Array([1.5]),
  big: new BigInt64Array([-1n]), clamped: new Uint8ClampedArray([255]),
  dv: new DataView(new Uint8Array([1, 2, 3]).buffer),
};
const round = v8.deserialize(v8.serialize(value));
assert.deepStrictEqual(round, value);
// View types survive exactly, Buffer included.
assert.ok(Buffer.isBuffer(round.buf));
assert.strictEqual(Object.getPrototypeOf(round.u16), Uint16Array.prototype);
assert.strictEqual(Object.getPrototypeOf(round.dv), DataView.prototype);

const ser = v8.serialize({ a: 1 });
assert.ok(Buffer.isBuffer(ser));
assert.strictEqual(ser[0], 0xff);  // Header tag; the version byte follows.
assert.deepStrictEqual(v8.deserialize(ser), { a: 1 });
// Any ArrayBufferView can be deserialized.
assert.deepStrictEqual(v8.deserialize(new Uint8Array(ser)), { a: 1 });

assert.throws(() => v8.serialize(Symbol()), (err) => {
  assert.strictEqual(Object.getPrototypeOf(err), Error.prototype);
  assert.strictEqual(err.message, 'Symbol() could not be cloned.');
  return true;
});
assert.throws(() => v8.deserialize('x'), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'buffer must be a TypedArray or a DataView',
});
assert.throws(() => new v8.Deserializer(), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => v8.deserialize(Buffer.from([1, 2, 3])), {
  name: 'Error',
  message: 'Unable to deserialize cloned data due to invalid or unsupported version.',
});
assert.throws(() => v8.Serializer(), {
  name: 'TypeError',
  message: "Class constructor Serializer cannot be invoked without 'new'",
});

// The raw writer and reader.
{
  const s = new v8.Serializer();
  assert.strictEqual(s._getDataCloneError, Error);
  s.writeHeader();
  s.writeUint32(300);
  s.writeUint64(1, 2);
  s.writeDouble(1.25);
  s.writeRawBytes(Buffer.from('xyz'));
  assert.strictEqual(s.writeValue('v'), true);
  const buf = s.releaseBuffer();
  assert.ok(Buffer.isBuffer(buf));

  const d = new v8.Deserializer(buf);
  assert.deepStrictEqual(Object.keys(d), ['buffer']);
  assert.strictEqual(d.buffer, buf);
  assert.strictEqual(d.readHeader(), true);
  assert.strictEqual(typeof d.getWireFormatVersion(), 'number');
  assert.strictEqual(d.readUint32(), 300);
  assert.deepStrictEqual(d.readUint64(), [1, 2]);
  assert.strictEqual(d.readDouble(), 1.25);
  const raw = d.readRawBytes(3);
  assert.ok(Buffer.isBuffer(raw));
  assert.strictEqual(raw.toString(), 'xyz');
  assert.strictEqual(raw.buffer, buf.buffer);
  assert.strictEqual(d.readValue(), 'v');
}

// Host objects and custom data clone errors through subclasses.
{
  class MySerializer extends v8.Serializer {
    _getDataCloneError(message) { return new RangeError(`custom: ${message}`); }
  }
  const s = new MySerializer();
  assert.throws(() => s.writeValue(() => {}), {
    name: 'RangeError',
    message: 'custom: () => {} could not be cloned.',
  });
}
{
  // ArrayBuffer transfer through the raw classes.
  const ab = new ArrayBuffer(4);
  new Uint8Array(ab)[3] = 42;
  const s = new v8.Serializer();
  s.transferArrayBuffer(0, ab);
  s.writeHeader();
  s.writeValue(new Uint8Array(ab));
  const d = new v8.Deserializer(s.releaseBuffer());
  const target = new ArrayBuffer(4);
  new Uint8Array(target)[3] = 43;
  d.transferArrayBuffer(0, target);
  d.readHeader();
  const out = d.readValue();
  assert.strictEqual(out.buffer, target);
  assert.strictEqual(out[3], 43);
}
assert.deepStrictEqual(Object.getOwnPropertyNames(v8.DefaultSerializer.prototype),
                       ['constructor', '_writeHostObject']);
assert.deepStrictEqual(Object.getOwnPropertyNames(v8.DefaultDeserializer.prototype),
                       ['constructor', '_readHostObject']);
