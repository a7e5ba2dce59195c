'use strict';
// A Buffer made by a core module in a program that has not touched `Buffer` yet is a
// full Buffer (toString with an encoding, the number readers), whichever module made it.
const assert = require('assert');
const { execFileSync } = require('child_process');

const cases = {
  'fs.readFileSync': "require('fs').readFileSync('/proc/self/cmdline')",
  'crypto.randomBytes': "require('crypto').randomBytes(4)",
  'zlib.gzipSync': "require('zlib').gzipSync('abc')",
  'v8.serialize': "require('v8').serialize(1)",
};

for (const [name, expr] of Object.entries(cases)) {
  const code = `const b = ${expr};
    process.stdout.write(JSON.stringify([typeof b.readUInt8, typeof b.toString('hex'),
      b.toString('hex') === Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('')]));`;
  const out = execFileSync(process.execPath, ['-e', code], { encoding: 'utf8' });
  assert.deepStrictEqual(JSON.parse(out), ['function', 'string', true], name);
}
