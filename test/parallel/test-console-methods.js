'use strict';
// Console output methods, the streams they write to, and their formatting.
require('../common');
const assert = require('node:assert');
const { Console } = require('console');
const util = require('util');

function makeStream() {
  return {
    chunks: [],
    write(chunk) {
      this.chunks.push(chunk);
      return true;
    },
    listenerCount() { return 0; },
    once() {},
    removeListener() {},
  };
}

const out = makeStream();
const err = makeStream();
const c = new Console(out, err);

c.log('hi %s', 'x', { a: 1 });
c.info('info', 1);
c.debug('debug');
c.dirxml('dirxml', [1]);
c.log();
assert.deepStrictEqual(out.chunks, ["hi x { a: 1 }\n", 'info 1\n', 'debug\n', 'dirxml [ 1 ]\n', '\n']);
assert.deepStrictEqual(err.chunks, []);

c.error('err %d', 5);
c.warn('warn', { b: [2] });
assert.deepStrictEqual(err.chunks, ['err 5\n', 'warn { b: [ 2 ] }\n']);

// dir ignores custom inspect and takes inspect options.
out.chunks.length = 0;
c.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
c.dir({ [util.inspect.custom]() { return 'CUSTOM'; }, x: 1 }, { breakLength: Infinity });
c.log({ [util.inspect.custom]() { return 'CUSTOM'; } });
assert.deepStrictEqual(out.chunks, [
  '{ a: [Object] }\n',
  "{ x: 1, [Symbol(nodejs.util.inspect.custom)]: [Function: [nodejs.util.inspect.custom]] }\n",
  'CUSTOM\n',
]);

// assert writes to stderr only when the condition is falsy.
err.chunks.length = 0;
c.assert(true, 'never');
c.assert(false);
c.assert(0, 'msg %d', 5);
c.assert(null, { a: 1 });
assert.deepStrictEqual(err.chunks, [
  'Assertion failed\n',
  'Assertion failed: msg 5\n',
  'Assertion failed: [object Object]\n',
]);

// count / countReset
out.chunks.length = 0;
c.count();
c.count();
c.count('x');
c.count(undefined);
c.countReset();
c.count();
assert.deepStrictEqual(out.chunks, ['default: 1\n', 'default: 2\n', 'x: 1\n', 'default: 3\n', 'default: 1\n']);

// group indents everything, including continuation lines.
out.chunks.length = 0;
err.chunks.length = 0;
c.group('G');
c.log('in\nmulti');
c.groupCollapsed();
c.warn('deeper');
c.groupEnd();
c.groupEnd();
c.groupEnd();
c.log('out');
assert.deepStrictEqual(out.chunks, ['G\n', '  in\n  multi\n', 'out\n']);
assert.deepStrictEqual(err.chunks, ['    deeper\n']);

// trace prints "Trace: message" and the stack to stderr.
err.chunks.length = 0;
c.trace('here %d', 1);
assert.strictEqual(err.chunks.length, 1);
assert.match(err.chunks[0], /^Trace: here 1\n {4}at /);
err.chunks.length = 0;
c.trace();
assert.match(err.chunks[0], /^Trace\n {4}at /);

// Methods are bound and keep their names.
out.chunks.length = 0;
const { log } = c;
log('bound');
assert.deepStrictEqual(out.chunks, ['bound\n']);
assert.strictEqual(c.log.name, 'log');
assert.strictEqual(c.error.name, 'error');
assert.strictEqual(Object.prototype.toString.call(c), '[object console]');
assert.strictEqual(c instanceof Console, true);
assert.deepStrictEqual(Object.keys(Console.prototype), [
  'log', 'warn', 'dir', 'time', 'timeEnd', 'timeLog', 'trace', 'assert', 'clear',
  'count', 'countReset', 'group', 'groupEnd', 'table', 'debug', 'info', 'dirxml',
  'error', 'groupCollapsed',
]);

// The global console.
const globalConsole = require('console');
assert.strictEqual(globalConsole, console);
assert.strictEqual(console.Console, Console);
assert.strictEqual(console instanceof Console, true);
assert.strictEqual(console.log.name, 'log');
assert.strictEqual(typeof console.table, 'function');
