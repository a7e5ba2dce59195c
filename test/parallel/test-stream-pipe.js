'use strict';
// readable.pipe(): data flow, backpressure, 'pipe'/'unpipe' events, end: false, errors.
const common = require('../common');
const assert = require('assert');
const { Readable, Writable, PassThrough } = require('stream');

{
  // pipe() returns the destination and ends it when the source ends.
  const r = Readable.from(['a', 'b', 'c'], { objectMode: false });
  const got = [];
  const w = new Writable({
    write(chunk, encoding, callback) {
      got.push(chunk.toString());
      callback();
    },
  });
  w.on('pipe', common.mustCall((src) => assert.strictEqual(src, r)));
  w.on('unpipe', common.mustCall((src) => assert.strictEqual(src, r)));
  assert.strictEqual(r.pipe(w), w);
  w.on('finish', common.mustCall(() => {
    assert.deepStrictEqual(got, ['a', 'b', 'c']);
  }));
}

{
  // Backpressure: the source pauses while the destination is full and resumes on 'drain'.
  let reads = 0;
  const r = new Readable({
    highWaterMark: 1,
    read() {
      reads++;
      this.push(reads <= 6 ? 'x'.repeat(4) : null);
    },
  });
  const pending = [];
  const w = new Writable({
    highWaterMark: 4,
    write(chunk, encoding, callback) {
      pending.push(callback);
    },
  });
  r.pipe(w);
  setImmediate(common.mustCall(() => {
    // One chunk in _write, one buffered; the source stopped reading.
    assert.strictEqual(pending.length, 1);
    assert.strictEqual(r.isPaused(), true);
    const readsWhilePaused = reads;
    const release = () => {
      if (pending.length) pending.shift()();
      if (!w.writableFinished) setImmediate(release);
    };
    release();
    w.on('finish', common.mustCall(() => {
      assert.ok(reads > readsWhilePaused);
      assert.strictEqual(reads, 7);
    }));
  }));
}

{
  // end: false leaves the destination open.
  const r = Readable.from(['only']);
  const w = new PassThrough({ objectMode: true });
  r.pipe(w, { end: false });
  r.on('end', common.mustCall(() => {
    setImmediate(common.mustCall(() => {
      assert.strictEqual(w.writableEnded, false);
      assert.strictEqual(w.read(), 'only');
    }));
  }));
}

{
  // unpipe() stops the flow and emits 'unpipe'; the source is paused again.
  const r = new Readable({ read() {} });
  const w1 = new PassThrough();
  const w2 = new PassThrough();
  r.pipe(w1);
  r.pipe(w2);
  assert.strictEqual(r._readableState.pipes.length, 2);
  w1.on('unpipe', common.mustCall());
  r.unpipe(w1);
  assert.deepStrictEqual(r._readableState.pipes, [w2]);
  w2.on('unpipe', common.mustCall());
  r.unpipe();
  assert.strictEqual(r._readableState.pipes.length, 0);
  assert.strictEqual(r.readableFlowing, false);
}

{
  // An error on the destination unpipes it; the error is still emitted.
  const r = new Readable({ read() {} });
  const w = new Writable({
    write(chunk, encoding, callback) {
      callback(new Error('write failed'));
    },
  });
  w.on('error', common.mustCall((err) => {
    assert.strictEqual(err.message, 'write failed');
  }));
  w.on('unpipe', common.mustCall());
  r.pipe(w);
  r.push('x');
}

{
  // Piping into several destinations sends every chunk to each.
  const r = new Readable({ read() {} });
  const outs = [new PassThrough(), new PassThrough()];
  const results = [[], []];
  outs.forEach((p, i) => {
    p.on('data', (chunk) => results[i].push(chunk.toString()));
    r.pipe(p);
  });
  r.push('1');
  r.push('2');
  r.push(null);
  outs[1].on('end', common.mustCall(() => {
    assert.deepStrictEqual(results, [['1', '2'], ['1', '2']]);
  }));
}

{
  // Piping a destroyed-at-start writable is not an error for the source.
  const r = Readable.from(['a']);
  const w = new Writable({ write(chunk, encoding, callback) { callback(); } });
  w.destroy();
  r.pipe(w);
  r.on('error', common.mustNotCall());
}
