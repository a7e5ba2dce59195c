'use strict';
// for await (const line of rl): every line of a stream, in order, then done; the
// interface closes when the loop is left early.
const common = require('../common');
const assert = require('node:assert');
const readline = require('node:readline');
const { PassThrough, Readable } = require('node:stream');

(async () => {
  const input = new PassThrough();
  const rl = readline.createInterface({ input, crlfDelay: Infinity });
  const lines = [];
  const chunks = ['first\nsec', 'ond\r\n', '\nfourth\r', '\nlast'];
  (async () => {
    await new Promise(setImmediate);
    for (const chunk of chunks) {
      input.write(chunk);
      await new Promise(setImmediate);
    }
    input.end();
  })();
  for await (const line of rl) lines.push(line);
  assert.deepStrictEqual(lines, ['first', 'second', '', 'fourth', 'last']);

  // Many lines at once (more than the iterator buffers before pausing input).
  const many = Array.from({ length: 3000 }, (_, i) => `line ${i}`);
  const rl2 = readline.createInterface({ input: Readable.from([many.join('\n')]) });
  const seen = [];
  for await (const line of rl2) seen.push(line);
  assert.deepStrictEqual(seen, many);

  // Breaking out closes the interface.
  const rl3 = readline.createInterface({ input: Readable.from(['a\nb\nc\n']) });
  rl3.on('close', common.mustCall());
  for await (const line of rl3) {
    assert.strictEqual(line, 'a');
    break;
  }
  assert.strictEqual(rl3.closed, true);
})().then(common.mustCall());
