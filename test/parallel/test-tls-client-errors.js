'use strict';
// Connections that are not TLS: a plain HTTP client reaches the server's
// 'tlsClientError' (ERR_SSL_HTTP_REQUEST); a TLS client of a plain server fails with
// ERR_SSL_WRONG_VERSION_NUMBER; a server that hangs up mid-handshake gives ECONNRESET.
const common = require('../common');
const assert = require('node:assert');
const net = require('node:net');
const tls = require('node:tls');
const fixtures = require('../common/fixtures');

function plainClient(done) {
  const server = tls.createServer({ key: fixtures.readKey('server.key'),
                                    cert: fixtures.readKey('server.pem') }, common.mustNotCall());
  server.on('tlsClientError', common.mustCall((err, socket) => {
    assert.strictEqual(err.code, 'ERR_SSL_HTTP_REQUEST');
    assert.strictEqual(err.library, 'SSL routines');
    assert.strictEqual(err.reason, 'http request');
    assert.ok(socket instanceof tls.TLSSocket);
  }));
  server.listen(0, '127.0.0.1', common.mustCall(() => {
    const client = net.connect(server.address().port, '127.0.0.1', () => {
      client.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
    });
    client.resume();
    client.on('end', common.mustCall());
    client.on('close', common.mustCall(() => server.close(done)));
  }));
}

function plainServer(done) {
  const server = net.createServer((socket) => socket.end('HTTP/1.1 400 Bad Request\r\n\r\n'));
  server.listen(0, '127.0.0.1', common.mustCall(() => {
    const client = tls.connect(server.address().port, '127.0.0.1', common.mustNotCall());
    client.on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ERR_SSL_WRONG_VERSION_NUMBER');
      assert.strictEqual(err.reason, 'wrong version number');
    }));
    client.on('close', common.mustCall(() => server.close(done)));
  }));
}

function hangUp(done) {
  const server = net.createServer((socket) => socket.destroy());
  server.listen(0, '127.0.0.1', common.mustCall(() => {
    const { port } = server.address();
    const client = tls.connect(port, '127.0.0.1', common.mustNotCall());
    client.on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ECONNRESET');
      assert.strictEqual(err.message, 'Client network socket disconnected before secure TLS ' +
                                      'connection was established');
      assert.strictEqual(err.host, '127.0.0.1');
      assert.strictEqual(err.port, port);
    }));
    client.on('close', common.mustCall(() => server.close(done)));
  }));
}

plainClient(() => plainServer(() => hangUp(common.mustCall())));
