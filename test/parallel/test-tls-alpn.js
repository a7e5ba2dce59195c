'use strict';
// ALPN: the server picks its first protocol the client also offers; with none in
// common the handshake fails with no_application_protocol on both ends.
const common = require('../common');
const assert = require('node:assert');
const tls = require('node:tls');
const fixtures = require('../common/fixtures');

const server = tls.createServer({
  key: fixtures.readKey('server.key'),
  cert: fixtures.readKey('server.pem'),
  ALPNProtocols: ['h2', 'http/1.1'],
}, common.mustCall((socket) => {
  assert.strictEqual(socket.alpnProtocol, 'http/1.1');
  socket.end();
}));

server.once('tlsClientError', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_SSL_NO_APPLICATION_PROTOCOL');
  assert.strictEqual(err.library, 'SSL routines');
  assert.strictEqual(err.reason, 'no application protocol');
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const options = { port: server.address().port, host: '127.0.0.1', ca: fixtures.readKey('ca.pem') };
  const ok = tls.connect({ ...options, ALPNProtocols: ['foo', 'http/1.1'] }, common.mustCall(() => {
    assert.strictEqual(ok.alpnProtocol, 'http/1.1');
    ok.end();
  }));
  ok.on('close', common.mustCall(() => {
    const bad = tls.connect({ ...options, ALPNProtocols: [Buffer.from('foo')].map(String) },
                            common.mustNotCall());
    bad.on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ERR_SSL_TLSV1_ALERT_NO_APPLICATION_PROTOCOL');
      assert.strictEqual(err.reason, 'tlsv1 alert no application protocol');
    }));
    bad.on('close', common.mustCall(() => server.close()));
  }));
}));

// The wire format of the option.
const out = {};
tls.convertALPNProtocols(['h2', 'http/1.1'], out);
assert.deepStrictEqual(out.ALPNProtocols, Buffer.from('\x02h2\x08http/1.1', 'latin1'));
