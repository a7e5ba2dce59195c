'use strict';
// A .json file that does not parse: require() throws the SyntaxError with the file's path
// in front of the message, in its stack's first line too.
require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

const file = tmpdir.resolve('bad.json');
fs.writeFileSync(file, '{"a":');
assert.throws(() => require(file), (err) => {
  assert.ok(err instanceof SyntaxError);
  assert.strictEqual(err.message, `${file}: Unexpected end of JSON input`);
  const lines = err.stack.split('\n');
  assert.strictEqual(lines[0], `SyntaxError: ${file}: Unexpected end of JSON input`);
  assert.strictEqual(lines[1], '    at parse (<anonymous>)');
  return true;
});

// Called as a method, the parser's frame is JSON.parse's.
assert.throws(() => JSON.parse('{bad'), (err) => {
  assert.strictEqual(err.stack.split('\n')[1], '    at JSON.parse (<anonymous>)');
  return true;
});

// A message changed before the stack is first read shows in it.
try {
  JSON.parse('[1,');
} catch (err) {
  err.message = 'changed';
  assert.strictEqual(err.stack.split('\n')[0], 'SyntaxError: changed');
}
