'use strict';
// child.stdin is a Writable into the child's standard input: several writes, strings
// in different encodings and Buffers arrive in order, and end() gives the child EOF.
const common = require('../common');
const assert = require('node:assert');
const { spawn } = require('node:child_process');

{
  const child = spawn('cat');
  let out = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk) => { out += chunk; });
  child.stdin.write('one ');
  child.stdin.write(Buffer.from('two '));
  child.stdin.write('746872656520', 'hex');
  child.stdin.write(new Uint8Array([0x66, 0x6f, 0x75, 0x72]), common.mustCall((err) => {
    assert.strictEqual(err, null);
  }));
  child.stdin.end(' fïve', 'latin1');
  child.stdin.on('finish', common.mustCall());
  child.on('close', common.mustCall((code) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(out, 'one two three four f\ufffdve');
  }));
}

{
  // More than a pipe buffer holds: the writes wait for the child to read.
  const child = spawn('wc', ['-c']);
  const block = Buffer.alloc(64 * 1024, 'x');
  for (let i = 0; i < 32; i++) child.stdin.write(block);
  child.stdin.end();
  let out = '';
  child.stdout.on('data', (chunk) => { out += chunk; });
  child.on('close', common.mustCall((code) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(out.trim(), String(32 * 64 * 1024));
  }));
}

{
  // Piping one child into another.
  const producer = spawn('printf', ['b\\na\\nc\\n']);
  const sorter = spawn('sort');
  producer.stdout.pipe(sorter.stdin);
  let out = '';
  sorter.stdout.on('data', (chunk) => { out += chunk; });
  sorter.on('close', common.mustCall((code) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(out, 'a\nb\nc\n');
  }));
}
