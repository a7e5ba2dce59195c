'use strict';
// A TLS server and client on 127.0.0.1 exchange data both ways; both ends report
// the negotiated protocol and cipher, and the client trusts the server through `ca`.
const common = require('../common');
const assert = require('node:assert');
const tls = require('node:tls');
const fixtures = require('../common/fixtures');

const server = tls.createServer({
  key: fixtures.readKey('server.key'),
  cert: fixtures.readKey('server.pem'),
}, common.mustCall((socket) => {
  assert.strictEqual(socket.encrypted, true);
  assert.strictEqual(socket.authorized, false);  // no client certificate requested
  assert.strictEqual(socket.getProtocol(), 'TLSv1.3');
  assert.strictEqual(socket.servername, false);  // an IP address sends no SNI
  socket.setEncoding('utf8');
  socket.on('data', common.mustCall((data) => {
    assert.strictEqual(data, 'ping');
    socket.end('pong');
  }));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = tls.connect({
    port: server.address().port,
    host: '127.0.0.1',
    ca: fixtures.readKey('ca.pem'),
  }, common.mustCall(() => {
    assert.strictEqual(client.authorized, true);
    assert.strictEqual(client.authorizationError, null);
    assert.strictEqual(client.getProtocol(), 'TLSv1.3');
    assert.deepStrictEqual(client.getCipher(), {
      name: 'TLS_AES_256_GCM_SHA384',
      standardName: 'TLS_AES_256_GCM_SHA384',
      version: 'TLSv1.3',
    });
    assert.strictEqual(client.alpnProtocol, false);
    assert.strictEqual(client.isSessionReused(), false);
    assert.strictEqual(client.remoteAddress, '127.0.0.1');
    assert.strictEqual(client.remotePort, server.address().port);
    client.write('ping');
  }));
  assert.ok(client instanceof tls.TLSSocket);
  let received = '';
  client.setEncoding('utf8');
  client.on('data', (d) => { received += d; });
  client.on('end', common.mustCall(() => {
    assert.strictEqual(received, 'pong');
  }));
  client.on('close', common.mustCall(() => {
    assert.strictEqual(client.getPeerCertificate(), null);
    server.close();
  }));
}));
