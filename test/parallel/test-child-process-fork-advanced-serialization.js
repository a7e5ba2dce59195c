'use strict';
// fork({ serialization: 'advanced' }) sends messages in V8's serialization format with
// Node's framing, both ways: Maps, Sets, Dates, BigInts, typed arrays, Buffers, errors,
// undefined and large strings arrive intact; values V8 cannot clone throw on send.
const common = require('../common');
const assert = require('node:assert');
const { fork } = require('node:child_process');

if (process.argv[2] === 'child') {
  process.on('message', (message) => {
    if (message === 'bye') {
      process.disconnect();
      return;
    }
    process.send({ echo: message });
  });
  process.send({ ready: new Map([['a', new Set([1])]]), big: 2n ** 70n, undef: undefined });
  return;
}

const child = fork(__filename, ['child'], { serialization: 'advanced' });
const sent = [
  new Map([[1, { when: new Date(5) }]]),
  { buf: Buffer.from('xyz'), f64: new Float64Array([1.5, -0]), big: -5n },
  'x'.repeat(300000),
  new RangeError('out'),
];
const echoes = [];
child.on('message', common.mustCall((message) => {
  if (message.ready) {
    assert.deepStrictEqual(message, { ready: new Map([['a', new Set([1])]]), big: 2n ** 70n, undef: undefined });
    for (const value of sent) child.send(value);
    return;
  }
  echoes.push(message.echo);
  if (echoes.length === sent.length) child.send('bye');
}, sent.length + 1));

child.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  assert.deepStrictEqual(echoes.slice(0, 3), sent.slice(0, 3));
  assert.ok(Buffer.isBuffer(echoes[1].buf));
  assert.ok(echoes[3] instanceof RangeError);
  assert.strictEqual(echoes[3].message, 'out');
}));

assert.throws(() => child.send({ fn() {} }), { name: 'Error', message: 'fn() {} could not be cloned.' });
assert.throws(() => fork(__filename, ['child'], { serialization: 'xml' }), { code: 'ERR_INVALID_ARG_VALUE' });
