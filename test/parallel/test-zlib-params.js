'use strict';
// params(level, strategy, cb) on a running stream: what follows is compressed with
// the new settings (level 0: stored, so the text shows in the output). Node 20
// changes deflate and raw deflate only; gzip keeps its settings.
const common = require('../common');
const assert = require('node:assert');
const zlib = require('node:zlib');

const { Z_DEFAULT_STRATEGY, Z_NO_COMPRESSION, Z_BEST_COMPRESSION } = zlib.constants;
const marker = 'a visible marker in stored blocks ';

for (const [create, decompress, changes] of [
  ['createDeflate', 'inflateSync', true],
  ['createDeflateRaw', 'inflateRawSync', true],
  ['createGzip', 'gunzipSync', false],
]) {
  const stream = zlib[create]({ level: Z_BEST_COMPRESSION });
  const chunks = [];
  stream.on('data', (chunk) => chunks.push(chunk));
  stream.write('z'.repeat(10000));
  stream.params(Z_NO_COMPRESSION, Z_DEFAULT_STRATEGY, common.mustCall(() => {
    assert.strictEqual(stream._level, Z_NO_COMPRESSION);
    stream.end(marker.repeat(10));
  }));
  stream.on('end', common.mustCall(() => {
    const packed = Buffer.concat(chunks);
    assert.strictEqual(packed.includes(marker), changes);
    assert.strictEqual(zlib[decompress](packed).toString(),
                       'z'.repeat(10000) + marker.repeat(10));
  }));
}

// Unchanged settings: the callback runs on the next tick, nothing is flushed.
{
  const deflate = zlib.createDeflate({ level: 3 });
  let sync = true;
  deflate.params(3, Z_DEFAULT_STRATEGY, common.mustCall(() => assert.strictEqual(sync, false)));
  sync = false;
  deflate.on('data', common.mustNotCall());
  deflate.destroy();
}

// Decompressors accept the call and ignore it.
zlib.createInflate().params(1, 0, common.mustCall());

assert.throws(() => zlib.createDeflate().params(10, 0), {
  name: 'RangeError',
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "level" is out of range. It must be >= -1 and <= 9. Received 10',
});
assert.throws(() => zlib.createDeflate().params(1, 5), {
  name: 'RangeError',
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "strategy" is out of range. It must be >= 0 and <= 4. Received 5',
});
assert.throws(() => zlib.createDeflate().params('1', 0), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "level" argument must be of type number. Received type string (\'1\')',
});
