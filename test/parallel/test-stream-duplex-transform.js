'use strict';
// Duplex, Transform and PassThrough: both sides, allowHalfOpen, transform/flush, object modes.
const common = require('../common');
const assert = require('assert');
const { Duplex, Transform, PassThrough, Readable, Writable, Stream } = require('stream');

{
  // A Duplex is an instance of Readable and, through Symbol.hasInstance, of Writable.
  const d = new Duplex({ read() {}, write(chunk, encoding, callback) { callback(); } });
  assert.ok(d instanceof Readable);
  assert.ok(d instanceof Writable);
  assert.ok(d instanceof Stream);
  assert.strictEqual(d.readable, true);
  assert.strictEqual(d.writable, true);
  assert.strictEqual(d.allowHalfOpen, true);
  assert.strictEqual(Object.getPrototypeOf(Duplex.prototype), Readable.prototype);
  assert.strictEqual(Duplex.prototype.write, Writable.prototype.write);
  assert.strictEqual(Duplex.prototype.destroy, Writable.prototype.destroy);
}

{
  // Separate options for each side.
  const d = new Duplex({
    readableObjectMode: true,
    writableHighWaterMark: 3,
    read() {},
    write(chunk, encoding, callback) { callback(); },
  });
  assert.strictEqual(d.readableObjectMode, true);
  assert.strictEqual(d.writableObjectMode, false);
  assert.strictEqual(d.readableHighWaterMark, 16);
  assert.strictEqual(d.writableHighWaterMark, 3);
}

{
  // allowHalfOpen: false ends the writable side when the readable side ends.
  const d = new Duplex({
    allowHalfOpen: false,
    read() {},
    write(chunk, encoding, callback) { callback(); },
  });
  const log = [];
  d.on('end', () => log.push('end'));
  d.on('finish', () => log.push('finish'));
  d.on('close', common.mustCall(() => {
    log.push('close');
    assert.deepStrictEqual(log, ['end', 'finish', 'close']);
  }));
  d.push(null);
  d.resume();
}

{
  // With allowHalfOpen (the default), ending the readable side leaves it writable.
  const d = new Duplex({ read() {}, write(chunk, encoding, callback) { callback(); } });
  d.on('end', common.mustCall(() => {
    setImmediate(common.mustCall(() => {
      assert.strictEqual(d.writable, true);
      assert.strictEqual(d.writableEnded, false);
      d.end();
    }));
  }));
  d.on('close', common.mustCall());
  d.push(null);
  d.resume();
}

{
  // Transform: transform() per chunk, flush() before 'end', and the order of events.
  const log = [];
  const t = new Transform({
    transform(chunk, encoding, callback) {
      log.push(`transform ${chunk}`);
      callback(null, chunk.toString().toUpperCase());
    },
    flush(callback) {
      log.push('flush');
      this.push('!');
      callback();
    },
  });
  t.on('data', (chunk) => log.push(`data ${chunk}`));
  t.on('finish', () => log.push('finish'));
  t.on('end', () => log.push('end'));
  t.on('close', common.mustCall(() => {
    log.push('close');
    assert.deepStrictEqual(log, [
      'transform a', 'data A', 'transform b', 'data B', 'flush', 'data !', 'end', 'finish', 'close',
    ]);
  }));
  t.write('a');
  t.write('b');
  t.end();
}

{
  // A transform callback error destroys the stream.
  const t = new Transform({
    transform(chunk, encoding, callback) {
      callback(new Error('bad chunk'));
    },
  });
  t.on('error', common.mustCall((err) => {
    assert.strictEqual(err.message, 'bad chunk');
    assert.strictEqual(t.destroyed, true);
  }));
  t.write('x');
}

{
  // Without a transform function, writing fails with ERR_METHOD_NOT_IMPLEMENTED.
  const t = new Transform();
  assert.throws(() => t.write('x'), {
    code: 'ERR_METHOD_NOT_IMPLEMENTED',
    message: 'The _transform() method is not implemented',
  });
}

{
  // Object mode in one direction only.
  const t = new Transform({
    writableObjectMode: true,
    transform(obj, encoding, callback) {
      callback(null, JSON.stringify(obj));
    },
  });
  t.end({ n: 1 });
  t.on('data', common.mustCall((chunk) => {
    assert.ok(Buffer.isBuffer(chunk));
    assert.strictEqual(chunk.toString(), '{"n":1}');
  }));
}

{
  // PassThrough hands chunks on as they are.
  const p = new PassThrough();
  assert.ok(p instanceof Transform);
  const chunks = [];
  p.on('data', (chunk) => chunks.push(chunk.toString()));
  p.on('end', common.mustCall(() => {
    assert.deepStrictEqual(chunks, ['one', 'two']);
  }));
  p.write('one');
  p.end('two');
}

{
  // Calling the constructors without new still makes streams.
  /* eslint-disable new-cap */
  assert.ok(Readable() instanceof Readable);
  assert.ok(Writable() instanceof Writable);
  assert.ok(Duplex() instanceof Duplex);
  assert.ok(Transform() instanceof Transform);
  assert.ok(PassThrough() instanceof PassThrough);
  /* eslint-enable new-cap */
}

{
  // construct() runs before _read and _write.
  const log = [];
  const d = new Duplex({
    construct(callback) {
      log.push('construct');
      setImmediate(callback);
    },
    read() {
      log.push('read');
      this.push(null);
    },
    write(chunk, encoding, callback) {
      log.push('write');
      callback();
    },
  });
  d.write('x');
  d.resume();
  d.end();
  d.on('close', common.mustCall(() => {
    assert.strictEqual(log[0], 'construct');
    assert.deepStrictEqual(log.slice(1).sort(), ['read', 'write']);
  }));
}
