'use strict';
// readline/promises: question() resolves with the answer and rejects on abort;
// Readline batches cursor actions until commit().
const common = require('../common');
const assert = require('node:assert');
const readlinePromises = require('node:readline/promises');
const { PassThrough } = require('node:stream');

assert.deepStrictEqual(Object.keys(readlinePromises), ['Interface', 'Readline', 'createInterface']);
assert.strictEqual(require('node:readline').promises, readlinePromises);

(async () => {
  const input = new PassThrough();
  const output = new PassThrough();
  const rl = readlinePromises.createInterface({ input, output, terminal: false });
  const answer = rl.question('age? ');
  input.write('42\n');
  assert.strictEqual(await answer, '42');
  assert.strictEqual(output.read().toString(), 'age? ');

  const controller = new AbortController();
  const pending = rl.question('never? ', { signal: controller.signal });
  controller.abort();
  await assert.rejects(pending, { name: 'AbortError', code: 'ABORT_ERR' });
  rl.close();

  const out = new PassThrough();
  const r = new readlinePromises.Readline(out);
  r.cursorTo(0).cursorTo(4, 2).moveCursor(3, -2).moveCursor(-1, 1).clearLine(-1).clearLine(1)
    .clearLine(0).clearScreenDown();
  assert.strictEqual(out.read(), null);
  await r.commit();
  assert.strictEqual(out.read().toString(),
                     '\x1b[1G\x1b[3;5H\x1b[3C\x1b[2A\x1b[1D\x1b[1B\x1b[1K\x1b[0K\x1b[2K\x1b[0J');
  r.cursorTo(1).rollback();
  await r.commit();
  assert.strictEqual(out.read(), null);
  assert.throws(() => r.clearLine(2), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => new readlinePromises.Readline({}), { code: 'ERR_INVALID_ARG_TYPE' });
})().then(common.mustCall());
