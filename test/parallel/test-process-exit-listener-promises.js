'use strict';
// Once 'exit' listeners return, the microtasks they queued still run (ticks do not, the
// process is exiting) and a promise they rejected unhandled is fatal; a process.exitCode
// set before then stays the exit code. A listener that throws skips that drain.
require('../common');
const assert = require('node:assert');
const { spawnSync } = require('node:child_process');

function run(code) {
  const child = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8' });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

let r = run(`
  process.on('exit', (c) => {
    Promise.resolve().then(() => console.log('microtask', c));
    process.nextTick(() => console.log('tick'));
    console.log('listener');
  });
  process.on('exit', () => console.log('second listener'));
`);
assert.deepStrictEqual(r, { status: 0, stdout: 'listener\nsecond listener\nmicrotask 0\n', stderr: '' });

// A pending prompt's promise rejected from 'exit' (what @inquirer/prompts does through
// signal-exit when stdin ends): reported as uncaught, exit code 1.
r = run(`
  const p = new Promise((resolve, reject) => process.on('exit', () => reject(new Error('closed'))));
  (async () => { await p; })();
`);
assert.strictEqual(r.status, 1);
assert.strictEqual(r.stdout, '');
assert.match(r.stderr, /^Error: closed$/m);

// ... unless an exit code was set: signal-exit sets process.exitCode before the listeners.
r = run(`
  process.on('exit', () => { process.exitCode = 0; Promise.reject(new Error('late')); });
`);
assert.strictEqual(r.status, 0);
assert.match(r.stderr, /^Error: late$/m);

r = run(`process.on('exit', () => Promise.resolve().then(() => { process.exitCode = 5; }));`);
assert.deepStrictEqual(r, { status: 5, stdout: '', stderr: '' });

r = run(`
  process.on('unhandledRejection', (e) => console.log('unhandled', e.message));
  process.on('exit', () => { Promise.reject(new Error('late')); process.exitCode = 3; });
`);
assert.deepStrictEqual(r, { status: 3, stdout: 'unhandled late\n', stderr: '' });

r = run(`
  process.on('uncaughtException', (e) => console.log('caught', e.message));
  process.on('exit', () => { Promise.reject(new Error('late')); });
  process.on('exit', () => { throw new Error('sync'); });
`);
assert.deepStrictEqual(r, { status: 0, stdout: 'caught sync\n', stderr: '' });
