'use strict';
// dgram connect(): 'connect' after the implicit bind, remoteAddress(), send() to the
// peer without an address (with offset/length), disconnect(), and the errors of
// connecting twice, sending to an address while connected and using a socket that
// is not connected.
const common = require('../common');
const assert = require('node:assert');
const dgram = require('node:dgram');

const isConnected = { name: 'Error', code: 'ERR_SOCKET_DGRAM_IS_CONNECTED', message: 'Already connected' };
const notConnected = { name: 'Error', code: 'ERR_SOCKET_DGRAM_NOT_CONNECTED', message: 'Not connected' };

const received = [];
const server = dgram.createSocket('udp4');
server.on('message', common.mustCall((msg, rinfo) => {
  received.push(msg.toString());
  assert.strictEqual(rinfo.family, 'IPv4');
  if (received.length === 3) {
    assert.deepStrictEqual(received, ['one', 'two', 'three']);
    server.close();
  }
}, 3));

server.bind(0, '127.0.0.1', common.mustCall(() => {
  const port = server.address().port;
  const client = dgram.createSocket('udp4');
  for (const bad of [0, null, 65536, undefined]) {
    assert.throws(() => client.connect(bad), {
      name: 'RangeError',
      code: 'ERR_SOCKET_BAD_PORT',
      message: /^Port should be > 0 and < 65536\. Received /,
    });
  }
  assert.throws(() => client.remoteAddress(), notConnected);
  assert.throws(() => client.disconnect(), notConnected);

  client.connect(port, '127.0.0.1', common.mustCall(() => {
    assert.deepStrictEqual(client.remoteAddress(), { address: '127.0.0.1', family: 'IPv4', port });
    assert.throws(() => client.connect(port), isConnected);
    assert.throws(() => client.send('x', 0, 1, port, '127.0.0.1'), isConnected);
    client.send('one', common.mustCall((err, bytes) => {
      assert.strictEqual(err, null);
      assert.strictEqual(bytes, 3);
      client.send(Buffer.from('-two-'), 1, 3, common.mustCall((err, bytes) => {
        assert.strictEqual(err, null);
        assert.strictEqual(bytes, 3);
        client.disconnect();
        assert.throws(() => client.remoteAddress(), notConnected);
        client.send('three', port, '127.0.0.1', common.mustCall(() => client.close()));
      }));
    }));
  }));
  // Connecting already: a second connect() throws at once.
  assert.throws(() => client.connect(port), isConnected);
}));

// A name that does not resolve goes to the connect callback.
const failing = dgram.createSocket('udp4');
failing.connect(9, 'name.invalid', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOTFOUND');
  assert.throws(() => failing.remoteAddress(), notConnected);
  failing.close();
}));
