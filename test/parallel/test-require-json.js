'use strict';
// .json modules: parsed with JSON.parse after dropping a byte order mark;
// parse errors name the file.
require('../common');
const assert = require('node:assert');
const path = require('node:path');

const dir = path.join(__dirname, '..', 'fixtures', 'cjs', 'json');

assert.deepStrictEqual(require('../fixtures/cjs/json/array.json'), [1, 'two', null]);
assert.deepStrictEqual(require('../fixtures/cjs/json/bom.json'), { bom: true });
// Found by extension probing too, and cached like any module.
assert.strictEqual(require('../fixtures/cjs/json/array'),
                   require('../fixtures/cjs/json/array.json'));
assert.strictEqual(require.cache[path.join(dir, 'array.json')].loaded, true);

assert.throws(() => require('../fixtures/cjs/json/bad.json'), (err) => {
  assert.strictEqual(err.name, 'SyntaxError');
  // The rest of the message is JSON.parse's own, which differs between V8 versions.
  assert.ok(err.message.startsWith(`${path.join(dir, 'bad.json')}: `), err.message);
  assert.ok(err.message.endsWith(' in JSON at position 10'), err.message);
  return true;
});
assert.throws(() => require('../fixtures/cjs/json/empty.json'), {
  name: 'SyntaxError',
  message: `${path.join(dir, 'empty.json')}: Unexpected end of JSON input`,
});
// A failed JSON module is not cached.
assert.strictEqual(require.cache[path.join(dir, 'bad.json')], undefined);
