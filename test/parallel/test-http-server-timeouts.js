'use strict';
// headersTimeout: a client that never finishes its head gets 408 and is closed;
// server.setTimeout(): an idle socket gets 'timeout'; a keep-alive connection
// is closed after keepAliveTimeout.
const common = require('../common');
const assert = require('node:assert');
const http = require('node:http');
const net = require('node:net');

const server = http.createServer({
  headersTimeout: 100,
  requestTimeout: 200,
  connectionsCheckingInterval: 20,
  keepAliveTimeout: 100,
}, (req, res) => res.end('ok'));

assert.strictEqual(server.headersTimeout, 100);
assert.strictEqual(server.requestTimeout, 200);
assert.strictEqual(server.keepAliveTimeout, 100);
assert.throws(() => http.createServer({ headersTimeout: 10, requestTimeout: 5 }), {
  code: 'ERR_OUT_OF_RANGE',
});

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const port = server.address().port;
  // Sends the start of a head, then nothing.
  const slow = net.connect(port, '127.0.0.1');
  slow.write('GET / HTTP/1.1\r\nHost: x\r\n');
  let data = '';
  slow.setEncoding('latin1');
  slow.on('data', (d) => { data += d; });
  slow.on('close', common.mustCall(() => {
    assert.strictEqual(data, 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n');
    keepAlive();
  }));

  function keepAlive() {
    const client = net.connect(port, '127.0.0.1');
    client.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
    let data = '';
    client.setEncoding('latin1');
    client.on('data', (d) => { data += d; });
    client.on('end', common.mustCall(() => {
      assert.match(data, /Keep-Alive: timeout=0\r\n/);
      assert.match(data, /\r\n\r\nok$/);
      idle();
    }));
  }

  function idle() {
    server.setTimeout(50, common.mustCall((socket) => {
      socket.destroy();
      server.close();
    }));
    net.connect(port, '127.0.0.1').on('close', common.mustCall());
  }
}));
