'use strict';
// fork() options: silent (stdout/stderr captured), stdio as a string or an array with
// 'ipc', execArgv, args; and the argument errors of fork() and send().
const common = require('../common');
const assert = require('node:assert');
const { fork } = require('node:child_process');

if (process.argv[2] === 'child') {
  console.log(`argv ${JSON.stringify(process.argv.slice(3))}`);
  console.error('to stderr');
  for (const bad of [undefined, Symbol('s'), 10n]) {
    try {
      process.send(bad);
    } catch (err) {
      console.log(err.code);
    }
  }
  process.send('ok', common.mustCall(() => process.exit(2)));
  return;
}

function collect(stream) {
  const chunks = [];
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => chunks.push(chunk));
  return () => chunks.join('');
}

{
  const child = fork(__filename, ['child', 'a b', 'c'], { silent: true });
  assert.strictEqual(child.stdio.length, 4);
  assert.strictEqual(child.stdio[3], null);
  const stdout = collect(child.stdout);
  const stderr = collect(child.stderr);
  child.on('message', common.mustCall((message) => assert.strictEqual(message, 'ok')));
  child.on('close', common.mustCall((code) => {
    assert.strictEqual(code, 2);
    assert.strictEqual(stdout(),
                       'argv ["a b","c"]\nERR_MISSING_ARGS\nERR_INVALID_ARG_TYPE\n' +
                       'ERR_INVALID_ARG_TYPE\n');
    assert.strictEqual(stderr(), 'to stderr\n');
  }));
}

{
  // The channel on fd 0; stderr ignored; execArgv before the module path.
  const child = fork(__filename, ['child'], {
    stdio: ['ipc', 'pipe', 'ignore'],
    execArgv: ['--no-warnings'],
  });
  assert.strictEqual(child.stdin, null);
  assert.strictEqual(child.stderr, null);
  const stdout = collect(child.stdout);
  child.on('close', common.mustCall(() => {
    assert.strictEqual(stdout(), 'argv []\nERR_MISSING_ARGS\nERR_INVALID_ARG_TYPE\n' +
                                 'ERR_INVALID_ARG_TYPE\n');
  }));
  assert.strictEqual(child.spawnargs[1], '--no-warnings');
  assert.strictEqual(child.spawnargs[2], __filename);
  assert.strictEqual(child.spawnfile, process.execPath);
  child.on('message', common.mustCall());
  child.on('exit', common.mustCall((code) => assert.strictEqual(code, 2)));
}

{
  // stdio as a string gets 'ipc' appended.
  const child = fork(__filename, ['child'], { stdio: 'pipe' });
  assert.strictEqual(child.stdio.length, 4);
  assert.notStrictEqual(child.stdout, null);
  child.stdout.resume();
  child.stderr.resume();
  child.on('exit', common.mustCall((code) => assert.strictEqual(code, 2)));
}

assert.throws(() => fork(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "modulePath" argument must be of type string or an instance of Buffer ' +
           'or URL. Received type number (1)',
});
assert.throws(() => fork(__filename, 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "args" argument must be an instance of Array. Received type number (5)',
});
assert.throws(() => fork(__filename, [], 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type number (5)',
});
assert.throws(() => fork(__filename, { stdio: ['pipe', 'pipe', 'pipe'] }), {
  code: 'ERR_CHILD_PROCESS_IPC_REQUIRED',
  message: "Forked processes must have an IPC channel, missing value 'ipc' in options.stdio",
});
assert.throws(() => fork(__filename, { serialization: 'xml' }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.serialization' must be one of: undefined, 'json', " +
           "'advanced'. Received 'xml'",
});
assert.throws(() => fork(__filename, { stdio: ['ipc', 'ipc'] }), {
  code: 'ERR_IPC_ONE_PIPE',
});
