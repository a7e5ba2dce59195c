'use strict';
// Large bodies both ways with backpressure: write() returns false and 'drain'
// follows; every byte arrives in order.
const common = require('../common');
const assert = require('node:assert');
const http = require('node:http');

const CHUNK = Buffer.alloc(64 * 1024);
for (let i = 0; i < CHUNK.length; i++) CHUNK[i] = i % 251;
const COUNT = 80; // 5 MiB

function checksum(buf, offset, sum) {
  for (let i = 0; i < buf.length; i++) sum = (sum + buf[i] * ((offset + i) % 7 + 1)) % 1000000007;
  return sum;
}
let expectedSum = 0;
for (let i = 0; i < COUNT; i++) expectedSum = checksum(CHUNK, i * CHUNK.length, expectedSum);

function writeAll(stream, done) {
  let i = 0;
  let sawFalse = false;
  (function write() {
    while (i < COUNT) {
      i++;
      if (!stream.write(CHUNK)) {
        sawFalse = true;
        stream.once('drain', write);
        return;
      }
    }
    stream.end();
    done(sawFalse);
  })();
}

function readAll(stream, cb) {
  let sum = 0;
  let length = 0;
  stream.on('data', (d) => {
    sum = checksum(d, length, sum);
    length += d.length;
  });
  stream.on('end', () => cb(length, sum));
}

const server = http.createServer(common.mustCall((req, res) => {
  readAll(req, common.mustCall((length, sum) => {
    assert.strictEqual(length, CHUNK.length * COUNT);
    assert.strictEqual(sum, expectedSum);
    writeAll(res, common.mustCall((sawFalse) => assert.strictEqual(sawFalse, true)));
  }));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const req = http.request({ host: '127.0.0.1', port: server.address().port, method: 'PUT' },
                           common.mustCall((res) => {
                             assert.strictEqual(res.headers['transfer-encoding'], 'chunked');
                             readAll(res, common.mustCall((length, sum) => {
                               assert.strictEqual(length, CHUNK.length * COUNT);
                               assert.strictEqual(sum, expectedSum);
                               server.close();
                             }));
                           }));
  writeAll(req, common.mustCall((sawFalse) => assert.strictEqual(sawFalse, true)));
}));
