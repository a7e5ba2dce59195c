'use strict';
// minVersion/maxVersion bound the protocol: TLSv1.2 when both ends allow no more,
// and a failed handshake with Node's codes when the ranges do not meet.
const common = require('../common');
const assert = require('node:assert');
const tls = require('node:tls');
const fixtures = require('../common/fixtures');

const options = { key: fixtures.readKey('server.key'), cert: fixtures.readKey('server.pem') };

const server12 = tls.createServer({ ...options, maxVersion: 'TLSv1.2' }, (s) => s.end());
server12.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = tls.connect({ port: server12.address().port, host: '127.0.0.1',
                               ca: fixtures.readKey('ca.pem') }, common.mustCall(() => {
    assert.strictEqual(client.getProtocol(), 'TLSv1.2');
    assert.deepStrictEqual(client.getCipher(), {
      name: 'ECDHE-RSA-AES128-GCM-SHA256',
      standardName: 'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
      version: 'TLSv1.2',
    });
    client.end();
  }));
  client.on('close', common.mustCall(() => server12.close(mismatch)));
}));

function mismatch() {
  const server = tls.createServer({ ...options, minVersion: 'TLSv1.3' }, common.mustNotCall());
  server.on('tlsClientError', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_SSL_UNSUPPORTED_PROTOCOL');
  }));
  server.listen(0, '127.0.0.1', common.mustCall(() => {
    const client = tls.connect({ port: server.address().port, host: '127.0.0.1',
                                 maxVersion: 'TLSv1.2' }, common.mustNotCall());
    client.on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION');
      assert.strictEqual(err.reason, 'tlsv1 alert protocol version');
    }));
    client.on('close', common.mustCall(() => server.close()));
  }));
}
