'use strict';
// Client certificates: with requestCert the server sees whether the client's
// certificate is signed by its `ca` (authorized / authorizationError); with
// rejectUnauthorized too, a client without one fails the handshake.
const common = require('../common');
const assert = require('node:assert');
const tls = require('node:tls');
const fixtures = require('../common/fixtures');

const key = (name) => fixtures.readKey(name);
const serverOptions = { key: key('server.key'), cert: key('server.pem'), ca: key('ca.pem'),
                        requestCert: true };

function connectTo(server, options) {
  return tls.connect({ port: server.address().port, host: '127.0.0.1', ca: key('ca.pem'),
                       ...options });
}

const results = [];
const lax = tls.createServer({ ...serverOptions, rejectUnauthorized: false },
                             common.mustCall((socket) => {
                               const cert = socket.getPeerCertificate();
                               results.push([socket.authorized, socket.authorizationError,
                                             cert.subject?.CN]);
                               socket.end();
                             }, 3));

lax.listen(0, '127.0.0.1', common.mustCall(async () => {
  for (const options of [{ key: key('client.key'), cert: key('client.pem') },
                         {},
                         { key: key('selfsigned.key'), cert: key('selfsigned.pem') }]) {
    const socket = connectTo(lax, options);
    socket.resume();
    await new Promise((resolve) => socket.on('close', resolve));
  }
  lax.close(common.mustCall(() => {
    assert.deepStrictEqual(results, [
      [true, null, 'client'],
      [false, 'UNABLE_TO_GET_ISSUER_CERT', undefined],
      [false, 'DEPTH_ZERO_SELF_SIGNED_CERT', 'localhost'],
    ]);
    strict();
  }));
}));

function strict() {
  const server = tls.createServer({ ...serverOptions, rejectUnauthorized: true },
                                  common.mustNotCall());
  server.on('tlsClientError', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_SSL_PEER_DID_NOT_RETURN_A_CERTIFICATE');
  }));
  server.listen(0, '127.0.0.1', common.mustCall(() => {
    // TLSv1.3: the client finishes first, then hears the server's alert.
    const socket = connectTo(server, {});
    socket.on('secureConnect', common.mustCall());
    socket.on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED');
    }));
    socket.on('close', common.mustCall(() => server.close()));
  }));
}
