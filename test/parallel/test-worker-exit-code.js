'use strict';
// How a worker ends: process.exit(n) ends only the worker, process.exitCode, uncaught
// errors arriving as 'error' (class, message and own properties kept) then exit code 1.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

function run(code, onExit, onError) {
  const worker = new Worker(code, { eval: true });
  worker.on('exit', common.mustCall(onExit));
  if (onError) worker.on('error', common.mustCall(onError));
  else worker.on('error', common.mustNotCall());
  return worker;
}

run('process.exit(7); console.log("never")', (code) => assert.strictEqual(code, 7));
run('process.exitCode = 9', (code) => assert.strictEqual(code, 9));
run('process.on("exit", (c) => { require("worker_threads").parentPort.postMessage(c); }); process.exit(3)',
    (code) => assert.strictEqual(code, 3)).on('message', common.mustCall((c) => assert.strictEqual(c, 3)));
run('throw new RangeError("boom")', (code) => assert.strictEqual(code, 1), (err) => {
  assert.ok(err instanceof RangeError);
  assert.strictEqual(err.message, 'boom');
  assert.match(err.stack, /RangeError: boom/);
});
run('const e = new Error("x"); e.code = "E_X"; e.extra = { a: 1 }; throw e',
    (code) => assert.strictEqual(code, 1), (err) => {
      assert.strictEqual(err.code, 'E_X');
      assert.deepStrictEqual(err.extra, { a: 1 });
      assert.deepStrictEqual(Object.keys(err), ['code', 'extra']);
    });
run('throw 42', (code) => assert.strictEqual(code, 1), (err) => assert.strictEqual(err, 42));
run('Promise.reject(new TypeError("rejected"))', (code) => assert.strictEqual(code, 1),
    (err) => {
      assert.ok(err instanceof TypeError);
      assert.strictEqual(err.message, 'rejected');
    });
run('setTimeout(() => { throw new Error("later"); }, 1)', (code) => assert.strictEqual(code, 1),
    (err) => assert.strictEqual(err.message, 'later'));
run('process.on("uncaughtException", (e) => { process.exitCode = 4; }); throw new Error("handled")',
    (code) => assert.strictEqual(code, 4));
