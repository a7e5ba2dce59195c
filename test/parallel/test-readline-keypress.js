'use strict';
// readline.emitKeypressEvents: the key objects for characters, control keys and
// escape sequences, including a sequence split across chunks.
require('../common');
const assert = require('node:assert');
const readline = require('node:readline');
const { PassThrough } = require('node:stream');

const stream = new PassThrough();
readline.emitKeypressEvents(stream);
const keys = [];
stream.on('keypress', (ch, key) => keys.push([ch, key]));

function press(data) {
  keys.length = 0;
  stream.write(data);
  return keys.map(([ch, key]) => [ch, { ...key }]);
}

const plain = (sequence, name, extra = {}) =>
  ({ sequence, name, ctrl: false, meta: false, shift: false, ...extra });

assert.deepStrictEqual(press('a'), [['a', plain('a', 'a')]]);
assert.deepStrictEqual(press('A'), [['A', plain('A', 'a', { shift: true })]]);
assert.deepStrictEqual(press('.'), [['.', plain('.', undefined)]]);
assert.deepStrictEqual(press('\r'), [['\r', plain('\r', 'return')]]);
assert.deepStrictEqual(press('\t'), [['\t', plain('\t', 'tab')]]);
assert.deepStrictEqual(press('\x7f'), [['\x7f', plain('\x7f', 'backspace')]]);
assert.deepStrictEqual(press('\x03'), [['\x03', plain('\x03', 'c', { ctrl: true })]]);
assert.deepStrictEqual(press('\x1b[A'),
                       [[undefined, plain('\x1b[A', 'up', { code: '[A' })]]);
assert.deepStrictEqual(press('\x1b[1;5C'),
                       [[undefined, plain('\x1b[1;5C', 'right', { code: '[C', ctrl: true })]]);
assert.deepStrictEqual(press('\x1b[3~'),
                       [[undefined, plain('\x1b[3~', 'delete', { code: '[3~' })]]);
assert.deepStrictEqual(press('\x1bOH'), [[undefined, plain('\x1bOH', 'home', { code: 'OH' })]]);
assert.deepStrictEqual(press('\x1bb'), [[undefined, plain('\x1bb', 'b', { meta: true })]]);

// Several keys in one chunk, and an escape sequence that arrives in two chunks.
assert.deepStrictEqual(press('xy').map(([ch]) => ch), ['x', 'y']);
assert.deepStrictEqual(press('\x1b['), []);
assert.deepStrictEqual(press('B'), [[undefined, plain('\x1b[B', 'down', { code: '[B' })]]);
assert.deepStrictEqual(press('é'), [['é', plain('é', undefined)]]);
