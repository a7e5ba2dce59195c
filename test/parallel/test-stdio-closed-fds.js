'use strict';
// Started with fds 0, 1 and 2 closed, the runtime reopens them on /dev/null (as
// Node does): it runs normally, files it opens get other numbers, and console
// output does not land in them.
const common = require('../common');
const assert = require('node:assert');
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const tmpdir = require('../common/tmpdir');

if (process.argv[2] === 'child') {
  for (const fd of [0, 1, 2]) assert.ok(fs.fstatSync(fd).isCharacterDevice());
  const fd = fs.openSync(process.argv[3], 'w');
  console.log('to stdout');
  console.error('to stderr');
  fs.writeSync(fd, `fd ${fd > 2}`);
  fs.closeSync(fd);
  return;
}

tmpdir.refresh();
const out = tmpdir.resolve('out.txt');
const cmd = `"${process.execPath}" "${__filename}" child "${out}" 0<&- 1>&- 2>&-`;
spawn('/bin/sh', ['-c', cmd], { stdio: 'inherit' }).on('exit', common.mustCall((code, signal) => {
  assert.strictEqual(signal, null);
  assert.strictEqual(code, 0);
  assert.strictEqual(fs.readFileSync(out, 'utf8'), 'fd true');
}));
