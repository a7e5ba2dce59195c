'use strict';
// reset() while params() or flush() has a write on the thread pool does not abort:
// the reset applies when that write is done.
const common = require('../common');
const assert = require('node:assert');
const zlib = require('node:zlib');

{
  // params() flushes first; reset() lands under that flush (Node resets the stream
  // while the pool thread works on it, rt once it is done: what zlib makes of it may
  // differ, but the stream ends, with an error or not).
  const z = zlib.createDeflate();
  z.params(1, 0, () => {});
  z.reset();
  z.on('error', () => {});
  z.on('close', common.mustCall());
  z.resume();
  z.end('hello');
}

{
  // Brotli: reset() after flush() started a write; the stream still makes valid output
  // (whether the data before the reset is in it depends on timing in Node).
  const z = zlib.createBrotliCompress();
  const chunks = [];
  z.on('data', (chunk) => chunks.push(chunk));
  z.on('end', common.mustCall(() => {
    assert.match(zlib.brotliDecompressSync(Buffer.concat(chunks)).toString(), /^x?y$/);
  }));
  z.write('x');
  z.flush();
  z.reset();
  z.end('y');
}
