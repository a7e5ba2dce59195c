'use strict';
// A reader that does not read makes the writer's queue grow once the kernel
// buffers are full: write() returns false and 'drain' comes only after the reader
// resumes. Every byte arrives.
const common = require('../common');
const assert = require('node:assert');
const net = require('node:net');

const chunk = Buffer.alloc(64 * 1024, 'x');
let total = 0;

const server = net.createServer(common.mustCall((socket) => {
  socket.pause();
  let received = 0;
  socket.on('data', (d) => { received += d.length; });
  socket.on('end', common.mustCall(() => {
    assert.strictEqual(received, total);
    assert.strictEqual(socket.bytesRead, total);
    socket.end();
  }));
  server.on('resumeReader', () => socket.resume());
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  client.on('connect', common.mustCall(() => {
    // Fill the kernel buffers: stop once a write stays queued in the socket.
    let ret;
    do {
      ret = client.write(chunk);
      total += chunk.length;
      assert.ok(total < 512 * 1024 * 1024);
    } while (client.writableLength === 0);
    assert.strictEqual(ret, false);
    assert.strictEqual(client.writableNeedDrain, true);
    const queued = client.writableLength;
    assert.ok(queued > 0);
    client.once('drain', common.mustCall(() => {
      assert.strictEqual(client.writableLength, 0);
      assert.strictEqual(client.writableNeedDrain, false);
      client.end();
    }));
    // Nothing drains while the reader is paused.
    setTimeout(common.mustCall(() => {
      assert.strictEqual(client.writableNeedDrain, true);
      server.emit('resumeReader');
    }), 50);
  }));
  client.resume();
  client.on('close', common.mustCall((hadError) => {
    assert.strictEqual(hadError, false);
    assert.strictEqual(client.bytesWritten, total);
    server.close();
  }));
}));
