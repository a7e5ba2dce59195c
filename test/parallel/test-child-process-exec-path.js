'use strict';
// Running this runtime itself as a child through process.execPath.
const common = require('../common');
const assert = require('node:assert');
const { spawn, spawnSync, execFileSync } = require('node:child_process');

{
  const r = spawnSync(process.execPath,
                      ['-e', 'console.log(process.argv.slice(1).join(",")); process.exitCode = 6',
                       'a', 'b c'], { encoding: 'utf8' });
  assert.strictEqual(r.stdout, 'a,b c\n');
  assert.strictEqual(r.stderr, '');
  assert.strictEqual(r.status, 6);
}

assert.strictEqual(
  execFileSync(process.execPath, ['-e', 'process.stdout.write("ok")']).toString(), 'ok');

{
  const child = spawn(process.execPath, ['-e', 'console.error("to stderr"); process.exit(3)']);
  let err = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk) => { err += chunk; });
  child.on('close', common.mustCall((code, signal) => {
    assert.strictEqual(code, 3);
    assert.strictEqual(signal, null);
    assert.strictEqual(err, 'to stderr\n');
  }));
}

{
  // An uncaught error in the child: exit code 1 and the stack on stderr.
  const r = spawnSync(process.execPath, ['-e', 'throw new RangeError("child failed")'],
                      { encoding: 'utf8' });
  assert.strictEqual(r.status, 1);
  assert.match(r.stderr, /RangeError: child failed/);
}
