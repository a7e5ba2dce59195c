'use strict';
// bytesRead and bytesWritten count bytes (not characters), include data still
// queued, and keep their values after the socket closes.
const common = require('../common');
const assert = require('node:assert');
const net = require('node:net');

const server = net.createServer(common.mustCall((socket) => {
  let got = 0;
  socket.on('data', (d) => { got += d.length; });
  socket.on('end', common.mustCall(() => {
    assert.strictEqual(got, 12);
    assert.strictEqual(socket.bytesRead, 12);
    socket.end('ok');
  }));
  socket.on('close', common.mustCall(() => {
    assert.strictEqual(socket.bytesRead, 12);
    assert.strictEqual(socket.bytesWritten, 2);
  }));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  assert.strictEqual(client.bytesRead, 0);
  assert.strictEqual(client.bytesWritten, 0);
  client.write('€€');  // 6 bytes
  // Queued while connecting: already counted.
  assert.strictEqual(client.bytesWritten, 6);
  client.write(Buffer.from('abc'));
  client.end('xyz', 'latin1');
  assert.strictEqual(client.bytesWritten, 12);
  client.resume();
  client.on('close', common.mustCall(() => {
    assert.strictEqual(client.bytesWritten, 12);
    assert.strictEqual(client.bytesRead, 2);
    server.close();
  }));
}));
