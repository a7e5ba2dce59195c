'use strict';
// --trace-uncaught: the report of an uncaught value ends with where it was thrown
// ("Thrown at:" and its frames) instead of the hint to use the flag.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

function stderrOf(code) {
  const child = spawnSync(process.execPath, ['--trace-uncaught', '-e', code],
                          { encoding: 'utf8' });
  assert.strictEqual(child.status, 1);
  return child.stderr;
}

{
  const stderr = stderrOf('function thrower() { throw 5; }\nthrower();');
  assert.match(stderr, /^\n\[eval\]:1\nfunction thrower\(\) { throw 5; }\n {21}\^\n5\nThrown at:\n {4}at thrower \(\[eval\]:1:22\)\n {4}at \[eval\]:2:1\n/);
  assert.doesNotMatch(stderr, /--trace-uncaught \.\.\./);
}

{
  const stderr = stderrOf("setTimeout(function g() { throw { a: 1 }; });");
  assert.match(stderr, /\n\{ a: 1 \}\nThrown at:\n {4}at g \(\[eval\]:1:27\)\n/);
}

{
  const stderr = stderrOf("function f() { throw new Error('x'); }\nf();");
  assert.match(stderr, /\nError: x\n {4}at f \(\[eval\]:1:22\)\n[^]*\nThrown at:\n {4}at f \(\[eval\]:1:22\)\n {4}at \[eval\]:2:1\n/);
}
