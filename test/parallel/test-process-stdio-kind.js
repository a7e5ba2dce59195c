'use strict';
// process.stdin / stdout are the stream kind Node gives for what the fd is: a
// net.Socket over a pipe, a file stream over a regular file; stdin reads everything.
const common = require('../common');
const assert = require('node:assert');
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const tmpdir = require('../common/tmpdir');

if (process.argv[2] === 'child') {
  const net = require('node:net');
  const { Readable } = require('node:stream');
  let text = '';
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (chunk) => { text += chunk; });
  process.stdin.on('end', () => {
    const kind = process.stdin instanceof net.Socket ? 'socket' :
      process.stdin instanceof Readable ? 'readable' : 'other';
    console.log(JSON.stringify({
      kind,
      fd: process.stdin.fd,
      isTTY: process.stdin.isTTY,
      outTTY: process.stdout.isTTY,
      text,
    }));
  });
  return;
}

tmpdir.refresh();
const content = 'line one\nline two\n'.repeat(5000);

const piped = spawnSync(process.execPath, [__filename, 'child'], { input: content });
assert.strictEqual(piped.status, 0, piped.stderr.toString());
assert.deepStrictEqual(JSON.parse(piped.stdout), {
  kind: 'socket', fd: 0, text: content,
});

const file = path.join(tmpdir.path, 'stdin.txt');
fs.writeFileSync(file, content);
const fd = fs.openSync(file, 'r');
const fromFile = spawnSync(process.execPath, [__filename, 'child'], { stdio: [fd, 'pipe', 'pipe'] });
fs.closeSync(fd);
assert.strictEqual(fromFile.status, 0, fromFile.stderr.toString());
assert.deepStrictEqual(JSON.parse(fromFile.stdout), {
  kind: 'readable', fd: 0, text: content,
});

// Paused stdin does not keep the process alive.
const paused = spawnSync(process.execPath, ['-e', 'process.stdin.resume(); process.stdin.pause()'],
                         { stdio: ['pipe', 'pipe', 'pipe'], timeout: common.platformTimeout(20000) });
assert.strictEqual(paused.status, 0);
