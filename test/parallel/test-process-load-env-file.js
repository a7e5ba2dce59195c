'use strict';
// process.loadEnvFile() sets the variables of a .env file the environment lacks.
require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

const file = tmpdir.resolve('vars.env');
fs.writeFileSync(file, 'RT_LEF_A=1\nRT_LEF_B="two words"\n# comment\nexport RT_LEF_C=3\n');
process.env.RT_LEF_A = 'kept';
assert.strictEqual(process.loadEnvFile(file), undefined);
assert.strictEqual(process.env.RT_LEF_A, 'kept');
assert.strictEqual(process.env.RT_LEF_B, 'two words');
assert.strictEqual(process.env.RT_LEF_C, '3');
process.loadEnvFile(Buffer.from(file));
process.loadEnvFile(new URL(`file://${file}`));
assert.strictEqual(process.loadEnvFile.length, 0);

assert.throws(() => process.loadEnvFile(tmpdir.resolve('missing.env')), {
  code: 'ENOENT', syscall: 'open', errno: -2, path: tmpdir.resolve('missing.env'),
  message: `ENOENT: no such file or directory, open '${tmpdir.resolve('missing.env')}'`,
});
assert.throws(() => process.loadEnvFile(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "path" argument must be of type string or an instance of Buffer or URL. ' +
           'Received type number (5)',
});
