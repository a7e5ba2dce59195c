'use strict';
// Node's command-line options that change behaviour: --zero-fill-buffers, --conditions
// (-C), --dns-result-order, --max-http-header-size, --redirect-warnings and
// --unhandled-rejections, in both the `--name=value` and `--name value` forms; and
// options that only need to be accepted.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rt-cli-options-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));

function run(args, code) {
  const result = spawnSync(process.execPath, [...args, '-e', code],
                           { cwd: dir, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout.trim(), stderr: result.stderr };
}

// --zero-fill-buffers: allocUnsafe memory is zeroed even after dirty buffers were freed.
{
  const code = `
    let dirty = 0;
    for (let i = 0; i < 200; i++) {
      Buffer.allocUnsafeSlow(4096).fill(0xaa);
      const b = Buffer.allocUnsafe(4096);
      const s = Buffer.allocUnsafeSlow(4096);
      if (b.some((x) => x !== 0) || s.some((x) => x !== 0)) dirty++;
    }
    console.log(dirty);`;
  assert.deepStrictEqual(run(['--zero-fill-buffers'], code),
                         { status: 0, stdout: '0', stderr: '' });
}

// --conditions / -C: package "exports" conditions for require() and import.
{
  const pkg = path.join(dir, 'node_modules', 'cond-pkg');
  fs.mkdirSync(pkg, { recursive: true });
  fs.writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({
    name: 'cond-pkg',
    exports: { 'rt-test-dev': './dev.js', default: './prod.js' },
  }));
  fs.writeFileSync(path.join(pkg, 'dev.js'), "module.exports = 'dev';");
  fs.writeFileSync(path.join(pkg, 'prod.js'), "module.exports = 'prod';");
  const code = "import('cond-pkg').then((m) => console.log(require('cond-pkg'), m.default))";
  assert.strictEqual(run([], code).stdout, 'prod prod');
  assert.strictEqual(run(['--conditions=rt-test-dev'], code).stdout, 'dev dev');
  assert.strictEqual(run(['-C', 'rt-test-dev'], code).stdout, 'dev dev');
  assert.strictEqual(run(['--conditions', 'rt-test-dev'], code).stdout, 'dev dev');
}

// --dns-result-order and --max-http-header-size, both forms.
assert.strictEqual(run(['--dns-result-order=ipv4first'],
                       "console.log(require('dns').getDefaultResultOrder())").stdout,
                   'ipv4first');
assert.strictEqual(run([], "console.log(require('dns').getDefaultResultOrder())").stdout,
                   'verbatim');
assert.strictEqual(run(['--max-http-header-size', '1000'],
                       "console.log(require('http').maxHeaderSize)").stdout, '1000');
assert.strictEqual(run(['--max-http-header-size=2000'],
                       "console.log(require('http').maxHeaderSize)").stdout, '2000');

// --redirect-warnings: the warning goes to the file, not stderr.
{
  const file = path.join(dir, 'warnings.txt');
  const result = run([`--redirect-warnings=${file}`], "process.emitWarning('to the file')");
  assert.strictEqual(result.status, 0);
  assert.strictEqual(result.stderr, '');
  assert.match(fs.readFileSync(file, 'utf8'), /\(\w+:\d+\) Warning: to the file\n/);
}

// --unhandled-rejections with its value as the next argument.
{
  const result = run(['--unhandled-rejections', 'none'], "Promise.reject(new Error('x'))");
  assert.strictEqual(result.status, 0);
  assert.strictEqual(result.stderr, '');
}

// Options that scripts and test suites pass, accepted.
for (const option of ['--experimental-worker', '--insecure-http-parser', '--no-deprecation',
                      '--openssl-legacy-provider', '--disable-proto=delete', '--trace-sync-io',
                      '--experimental-default-type=commonjs', '--v8-pool-size=2',
                      '--use-openssl-ca', '--tls-min-v1.2', '--security-revert=CVE-2023-46809',
                      '--expose-internals', '--pending-deprecation']) {
  const result = run([option], 'console.log(1)');
  assert.strictEqual(result.status, 0, `${option}: ${result.stderr}`);
}
