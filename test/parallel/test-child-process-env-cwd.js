'use strict';
// options.env replaces the child's environment (inherited keys included, undefined
// values dropped); options.cwd sets its working directory (string, Buffer or URL).
const common = require('../common');
const assert = require('node:assert');
const { spawn, spawnSync, execSync } = require('node:child_process');
const { pathToFileURL } = require('node:url');

const env = Object.create({ INHERITED: 'from proto' });
env.PLAIN = 'value with spaces';
env.DROPPED = undefined;
env.NUMBER = 42;

{
  const r = spawnSync('env', { env, encoding: 'utf8' });
  const lines = r.stdout.trim().split('\n').sort();
  assert.deepStrictEqual(lines, ['INHERITED=from proto', 'NUMBER=42', 'PLAIN=value with spaces']);
}

{
  const child = spawn('sh', ['-c', 'echo "$PLAIN|$NUMBER"'], { env });
  let out = '';
  child.stdout.on('data', (chunk) => { out += chunk; });
  child.on('close', common.mustCall(() => assert.strictEqual(out, 'value with spaces|42\n')));
}

{
  // Without options.env the child gets process.env.
  process.env.RT_CHILD_PROCESS_TEST = 'inherited';
  assert.strictEqual(execSync('echo $RT_CHILD_PROCESS_TEST', { encoding: 'utf8' }), 'inherited\n');
}

assert.strictEqual(spawnSync('pwd', { cwd: '/usr', encoding: 'utf8' }).stdout, '/usr\n');
assert.strictEqual(spawnSync('pwd', { cwd: Buffer.from('/tmp'), encoding: 'utf8' }).stdout,
                   '/tmp\n');
assert.strictEqual(spawnSync('pwd', { cwd: pathToFileURL('/'), encoding: 'utf8' }).stdout, '/\n');

{
  const child = spawn('pwd', { cwd: '/usr' });
  let out = '';
  child.stdout.on('data', (chunk) => { out += chunk; });
  child.on('close', common.mustCall(() => assert.strictEqual(out, '/usr\n')));
}

{
  const r = spawnSync('pwd', { cwd: '/no/such/dir/rt' });
  assert.strictEqual(r.error.code, 'ENOENT');
  assert.strictEqual(r.error.message, 'spawnSync pwd ENOENT');
}

assert.throws(() => spawnSync('pwd', { cwd: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.cwd" property must be of type string or an instance of Buffer ' +
           'or URL. Received type number (1)',
});
assert.throws(() => spawnSync('env', { env: { A: 'x\u0000' } }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.env['A']' must be a string without null bytes. " +
           "Received 'x\\x00'",
});
