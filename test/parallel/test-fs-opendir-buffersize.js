'use strict';
// opendir's bufferSize takes any uint32 >= 1, with Node's error for anything else;
// large values read the directory like small ones.
const common = require('../common');
const assert = require('node:assert');
const fs = require('node:fs');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
for (let i = 0; i < 20; i++) fs.writeFileSync(tmpdir.resolve(`f${i}`), '');

function namesWith(bufferSize) {
  const dir = fs.opendirSync(tmpdir.path, { bufferSize });
  const names = [];
  let entry;
  while ((entry = dir.readSync()) !== null) names.push(entry.name);
  dir.closeSync();
  return names.sort();
}

const all = namesWith(32);
assert.strictEqual(all.length, 20);
for (const size of [1, 7, 4096, 4097, 1 << 20]) assert.deepStrictEqual(namesWith(size), all);

for (const size of [0, -1, 2 ** 32]) {
  assert.throws(() => fs.opendirSync(tmpdir.path, { bufferSize: size }), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "options.bufferSize" is out of range. It must be >= 1 && ' +
             `<= 4294967295. Received ${size}`,
  });
}
assert.throws(() => fs.opendirSync(tmpdir.path, { bufferSize: 1.5 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "options.bufferSize" is out of range. It must be an integer. Received 1.5',
});
assert.throws(() => fs.opendirSync(tmpdir.path, { bufferSize: '1' }), { code: 'ERR_INVALID_ARG_TYPE' });

(async () => {
  const names = [];
  for await (const entry of await fs.promises.opendir(tmpdir.path, { bufferSize: 100000 })) {
    names.push(entry.name);
  }
  assert.deepStrictEqual(names.sort(), all);
})().then(common.mustCall());
