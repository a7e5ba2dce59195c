'use strict';
// An uncaught JSON.parse error prints the line of the JSON text with a caret, as
// "<anonymous_script>:LINE"; rethrown by user code, it prints the rethrow instead.
require('../common');
const assert = require('node:assert');
const { spawnSync } = require('node:child_process');

function stderrOf(source) {
  const child = spawnSync(process.execPath, ['-e', source], { encoding: 'utf8' });
  assert.strictEqual(child.status, 1);
  return child.stderr;
}

assert.ok(stderrOf('JSON.parse("[1,\\n\\n2,\\r\\n3 4]")').startsWith(
  '<anonymous_script>:4\n3 4]\n  ^\n\n' +
  "SyntaxError: Expected ',' or ']' after array element in JSON at position 11\n" +
  '    at JSON.parse (<anonymous>)\n'));

// No caret past the end of the text.
assert.ok(stderrOf('JSON.parse(\'{"a":\')').startsWith(
  '<anonymous_script>:1\n{"a":\n\nSyntaxError: Unexpected end of JSON input\n'));

// From a rejected promise too.
assert.ok(stderrOf('Promise.resolve().then(() => JSON.parse("\\t{x"))').startsWith(
  "<anonymous_script>:1\n\t{x\n\t ^\n\nSyntaxError: Expected property name or '}' in JSON at position 2\n"));

assert.ok(stderrOf('try { JSON.parse("{x") } catch (e) { throw e }').includes(
  '\ntry { JSON.parse("{x") } catch (e) { throw e }\n                                     ^\n'));
