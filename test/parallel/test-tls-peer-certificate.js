'use strict';
// getPeerCertificate(): the legacy certificate object; with `detailed`, the chain up
// to the trusted root, whose issuerCertificate is itself. getCertificate() is ours.
const common = require('../common');
const assert = require('node:assert');
const tls = require('node:tls');
const { X509Certificate } = require('node:crypto');
const fixtures = require('../common/fixtures');

const serverPem = fixtures.readKey('server.pem', 'latin1');
const caPem = fixtures.readKey('ca.pem', 'latin1');

const server = tls.createServer({
  key: fixtures.readKey('server.key'),
  cert: serverPem,
}, common.mustCall((socket) => {
  assert.deepStrictEqual(socket.getPeerCertificate(), {});
  assert.strictEqual(socket.getCertificate().serialNumber, '1001');
  socket.end();
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = tls.connect({
    port: server.address().port,
    host: '127.0.0.1',
    ca: caPem,
  }, common.mustCall(() => {
    const leaf = client.getPeerCertificate();
    assert.deepStrictEqual({ ...leaf.subject },
                           { C: 'US', ST: 'CA', L: 'SF', O: 'rt test', CN: 'localhost' });
    assert.deepStrictEqual({ ...leaf.issuer },
                           { C: 'US', ST: 'CA', L: 'SF', O: 'rt test', CN: 'rt test CA' });
    assert.strictEqual(leaf.subjectaltname, 'DNS:localhost, IP Address:127.0.0.1');
    assert.strictEqual(leaf.ca, false);
    assert.strictEqual(leaf.bits, 2048);
    assert.strictEqual(leaf.exponent, '0x10001');
    assert.strictEqual(leaf.serialNumber, '1001');
    const x509 = new X509Certificate(serverPem);
    assert.strictEqual(leaf.fingerprint256, x509.fingerprint256);
    assert.strictEqual(leaf.valid_from, x509.validFrom);
    assert.strictEqual(leaf.valid_to, x509.validTo);
    assert.ok(Buffer.isBuffer(leaf.raw));
    assert.deepStrictEqual(leaf.raw, x509.raw);
    assert.strictEqual(leaf.issuerCertificate, undefined);
    assert.deepStrictEqual(client.getCertificate(), {});

    const detailed = client.getPeerCertificate(true);
    assert.strictEqual(detailed.fingerprint256, x509.fingerprint256);
    const root = detailed.issuerCertificate;
    assert.strictEqual(root.subject.CN, 'rt test CA');
    assert.strictEqual(root.ca, true);
    assert.strictEqual(root.fingerprint256, new X509Certificate(caPem).fingerprint256);
    assert.strictEqual(root.issuerCertificate, root);
    client.end();
  }));
  client.on('close', common.mustCall(() => server.close()));
}));
