'use strict';
// Buffers from fs.readFileSync, fs.readdirSync(..., 'buffer') and v8.serialize have
// Buffer's methods even in a program that never touched the Buffer global.
require('../common');
const assert = require('node:assert');
const { execFileSync } = require('node:child_process');

const script = `
const fs = require('fs');
const bytes = fs.readFileSync(${JSON.stringify(__filename)});
const out = [
  bytes.toString('hex', 0, 4),
  bytes.toString('utf8', 0, 12),
  fs.readFileSync(${JSON.stringify(__filename)}, 'base64').slice(0, 8),
  fs.readdirSync(${JSON.stringify(__dirname)}, 'buffer')[0].toString('latin1').length > 0,
  require('v8').serialize(1).toString('hex'),
];
fs.writeSync(1, out.join('|'));
`;
const out = execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' });
assert.strictEqual(out, "27757365|'use strict'|J3VzZSBz|true|ff0f4902");
