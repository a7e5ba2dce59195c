'use strict';
// dgram: bind, send (strings, buffers, lists, offset/length), 'message' with rinfo,
// the send callback's byte count, and the implicit bind of an unbound sender.
const common = require('../common');
const assert = require('node:assert');
const dgram = require('node:dgram');

const server = dgram.createSocket('udp4');
const expected = ['hello', 'abcdef', 'bc', '', 'xyz'];
const received = [];

server.on('listening', common.mustCall(() => {
  const address = server.address();
  assert.deepStrictEqual(Object.keys(address), ['address', 'family', 'port']);
  assert.strictEqual(address.address, '127.0.0.1');
  assert.strictEqual(address.family, 'IPv4');
  assert.ok(address.port > 0);

  const client = dgram.createSocket({ type: 'udp4' });
  assert.strictEqual(client.type, 'udp4');
  // Not bound: the datagrams wait for the implicit bind, and keep their order.
  client.send('hello', address.port, '127.0.0.1', common.mustCall((err, bytes) => {
    assert.ifError(err);
    assert.strictEqual(bytes, 5);
  }));
  client.send(['ab', Buffer.from('cd'), new Uint8Array([101, 102])], address.port,
              common.mustCall((err, bytes) => {
                assert.ifError(err);
                assert.strictEqual(bytes, 6);
              }));
  client.send(Buffer.from('abcd'), 1, 2, address.port, '127.0.0.1');
  client.send(Buffer.alloc(0), address.port);
  client.send(new DataView(new TextEncoder().encode('xyz').buffer), address.port, '127.0.0.1',
              common.mustCall(() => client.close()));
}));

server.on('message', common.mustCall((message, rinfo) => {
  assert.ok(Buffer.isBuffer(message));
  assert.deepStrictEqual(Object.keys(rinfo), ['address', 'family', 'port', 'size']);
  assert.strictEqual(rinfo.address, '127.0.0.1');
  assert.strictEqual(rinfo.family, 'IPv4');
  assert.strictEqual(rinfo.size, message.length);
  received.push(message.toString());
  if (received.length === expected.length) {
    assert.deepStrictEqual(received, expected);
    // Answer the sender, on the port it was implicitly bound to.
    server.send('reply', rinfo.port, rinfo.address, common.mustCall(() => server.close()));
  }
}, expected.length));

server.bind(0, '127.0.0.1');

// IPv6, with bind(options, callback), and a socket that talks to itself.
const socket6 = dgram.createSocket('udp6', common.mustCall((message, rinfo) => {
  assert.strictEqual(message.toString(), 'to myself');
  assert.strictEqual(rinfo.address, '::1');
  assert.strictEqual(rinfo.family, 'IPv6');
  assert.strictEqual(rinfo.port, socket6.address().port);
  socket6.close(common.mustCall());
}));
socket6.bind({ port: 0, address: '::1' }, common.mustCall(function() {
  assert.strictEqual(this, socket6);
  assert.strictEqual(socket6.address().family, 'IPv6');
  socket6.send('to myself', socket6.address().port, '::1');
}));
