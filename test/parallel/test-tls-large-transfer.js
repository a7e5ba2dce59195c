'use strict';
// 8 MiB each way through TLS arrive intact, with the writer honouring 'drain' and a
// reader that pauses for a while in the middle (backpressure through the TLS layer).
const common = require('../common');
const assert = require('node:assert');
const crypto = require('node:crypto');
const tls = require('node:tls');
const fixtures = require('../common/fixtures');

const data = crypto.randomBytes(8 * 1024 * 1024);
const digest = crypto.createHash('sha256').update(data).digest('hex');

function writeAll(socket) {
  let offset = 0;
  (function write() {
    while (offset < data.length) {
      const chunk = data.subarray(offset, offset + 100000);
      offset += chunk.length;
      if (!socket.write(chunk)) return socket.once('drain', write);
    }
    socket.end();
  })();
}

function collect(socket, pauseAt, cb) {
  const hash = crypto.createHash('sha256');
  let length = 0;
  let paused = false;
  socket.on('data', (chunk) => {
    hash.update(chunk);
    length += chunk.length;
    if (!paused && length >= pauseAt) {
      paused = true;
      socket.pause();
      setTimeout(() => socket.resume(), 20);
    }
  });
  socket.on('end', common.mustCall(() => cb(length, hash.digest('hex'))));
}

const server = tls.createServer({
  // The server answers after the client's end.
  allowHalfOpen: true,
  key: fixtures.readKey('server.key'),
  cert: fixtures.readKey('server.pem'),
}, common.mustCall((socket) => {
  collect(socket, 1024 * 1024, common.mustCall((length, hex) => {
    assert.strictEqual(length, data.length);
    assert.strictEqual(hex, digest);
    writeAll(socket);
  }));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = tls.connect({ port: server.address().port, host: '127.0.0.1',
                               ca: fixtures.readKey('ca.pem') }, common.mustCall(() => {
    writeAll(client);
  }));
  collect(client, 3 * 1024 * 1024, common.mustCall((length, hex) => {
    assert.strictEqual(length, data.length);
    assert.strictEqual(hex, digest);
    server.close();
  }));
}));
