'use strict';
// A client writes strings in several encodings and buffers (some corked, so they
// go out together); an echo server sends everything back unchanged.
const common = require('../common');
const assert = require('node:assert');
const net = require('node:net');

const server = net.createServer(common.mustCall((socket) => {
  assert.strictEqual(socket.remoteAddress, '127.0.0.1');
  assert.strictEqual(socket.remoteFamily, 'IPv4');
  assert.strictEqual(socket.localPort, server.address().port);
  socket.pipe(socket);
}));

const big = Buffer.alloc(1024 * 1024, 'abcdefghij');
const parts = [
  ['héllo ', 'utf8'],
  ['776f726c6420', 'hex'],
  [Buffer.from('buffer ')],
  ['bGF0aW4xIA==', 'base64'],
  ['\u00e9 ', 'latin1'],
  [new Uint8Array([0x75, 0x38, 0x20])],
];
const expected = Buffer.concat([
  Buffer.from('héllo world buffer latin1 '),
  Buffer.from([0xe9, 0x20]),
  Buffer.from('u8 '),
  Buffer.from('corked '),
  big,
]);

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect({ port: server.address().port, host: '127.0.0.1' });
  assert.strictEqual(client.connecting, true);
  // Writes made while connecting wait for the connection.
  for (const [chunk, encoding] of parts) client.write(chunk, encoding);
  client.on('connect', common.mustCall(() => {
    assert.strictEqual(client.connecting, false);
    assert.strictEqual(client.remotePort, server.address().port);
    client.cork();
    client.write('cor');
    client.write(Buffer.from('ked '));
    process.nextTick(() => {
      client.uncork();
      client.end(big);
    });
  }));
  const received = [];
  client.on('data', (chunk) => {
    assert.ok(Buffer.isBuffer(chunk));
    received.push(chunk);
  });
  client.on('end', common.mustCall(() => {
    const all = Buffer.concat(received);
    assert.strictEqual(all.length, expected.length);
    assert.ok(all.equals(expected));
    assert.strictEqual(client.bytesRead, expected.length);
    assert.strictEqual(client.bytesWritten, expected.length);
    server.close();
  }));
}));
