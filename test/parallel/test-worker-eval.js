'use strict';
// eval workers: require, process facts inside a worker, env copies, SHARE_ENV.
const common = require('../common');
const assert = require('assert');
const { Worker, SHARE_ENV } = require('worker_threads');

process.env.RT_TEST_WORKER_ENV = 'parent';
const code = `
  const { parentPort, isMainThread } = require('worker_threads');
  let chdirError;
  try { process.chdir('/'); } catch (err) { chdirError = { name: err.name, code: err.code, message: err.message }; }
  const before = process.env.RT_TEST_WORKER_ENV;
  process.env.RT_TEST_WORKER_ENV = 'worker';
  process.env.RT_TEST_NUMBER = 5;
  parentPort.postMessage({
    isMainThread, chdirError, before, number: process.env.RT_TEST_NUMBER,
    argv1: process.argv[1], custom: process.env.CUSTOM,
  });
`;

const copy = new Worker(code, { eval: true });
copy.on('message', common.mustCall((message) => {
  assert.deepStrictEqual(message, {
    isMainThread: false,
    chdirError: {
      name: 'TypeError',
      code: 'ERR_WORKER_UNSUPPORTED_OPERATION',
      message: 'process.chdir() is not supported in workers',
    },
    before: 'parent',
    number: '5',
    argv1: '[worker eval]',
    custom: undefined,
  });
}));
copy.on('exit', common.mustCall((exitCode) => {
  assert.strictEqual(exitCode, 0);
  // The worker changed its own copy only.
  assert.strictEqual(process.env.RT_TEST_WORKER_ENV, 'parent');

  const custom = new Worker(code, { eval: true, env: { CUSTOM: 1 } });
  custom.on('message', common.mustCall((message) => {
    assert.strictEqual(message.custom, '1');
    assert.strictEqual(message.before, undefined);
  }));
  custom.on('exit', common.mustCall(() => {
    const shared = new Worker(code, { eval: true, env: SHARE_ENV });
    shared.on('exit', common.mustCall(() => {
      assert.strictEqual(process.env.RT_TEST_WORKER_ENV, 'worker');
      assert.strictEqual(process.env.RT_TEST_NUMBER, '5');
      delete process.env.RT_TEST_NUMBER;
    }));
  }));
}));

// What belongs to the whole process is refused in a worker, as in Node.
const refused = new Worker(`
  const { parentPort } = require('worker_threads');
  const result = {};
  for (const name of ['abort', 'chdir', 'setuid', 'seteuid', 'setgid', 'setegid', 'setgroups',
                      'initgroups']) {
    try { process[name](); } catch (err) { result[name] = [process[name].disabled, err.code, err.message]; }
  }
  result.send = typeof process.send;
  try { process.umask(0o22); } catch (err) { result.umask = [err.code, err.message]; }
  result.umaskRead = typeof process.umask();
  parentPort.postMessage(result);
`, { eval: true });
refused.on('message', common.mustCall((result) => {
  const code = 'ERR_WORKER_UNSUPPORTED_OPERATION';
  for (const name of ['abort', 'chdir', 'setuid', 'seteuid', 'setgid', 'setegid', 'setgroups',
                      'initgroups']) {
    assert.deepStrictEqual(result[name], [true, code, `process.${name}() is not supported in workers`]);
  }
  assert.strictEqual(result.send, 'undefined');
  assert.deepStrictEqual(result.umask, [code, 'Setting process.umask() is not supported in workers']);
  assert.strictEqual(result.umaskRead, 'number');
}));
