'use strict';
// Certificate checks of tls.connect: each failure destroys the socket with Node's
// code, unless rejectUnauthorized is false, which connects and reports the code in
// authorizationError.
const common = require('../common');
const assert = require('node:assert');
const tls = require('node:tls');
const fixtures = require('../common/fixtures');

const key = (name) => fixtures.readKey(name);

const cases = [
  // [server key/cert, client options, expected code, expected message]
  ['selfsigned', {}, 'DEPTH_ZERO_SELF_SIGNED_CERT', 'self-signed certificate'],
  ['server', {}, 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'unable to verify the first certificate'],
  ['expired', { ca: key('ca.pem') }, 'CERT_HAS_EXPIRED', 'certificate has expired'],
  ['server', { ca: key('ca.pem'), servername: 'example.com' }, 'ERR_TLS_CERT_ALTNAME_INVALID',
   "Hostname/IP does not match certificate's altnames: Host: example.com. is not in the " +
   "cert's altnames: DNS:localhost, IP Address:127.0.0.1"],
];

function runCase(i) {
  if (i === cases.length) return;
  const [name, clientOptions, code, message] = cases[i];
  // Only the second, lax client finishes the handshake.
  const server = tls.createServer({ key: key(`${name}.key`), cert: key(`${name}.pem`) },
                                  common.mustCall((socket) => socket.end()));
  // The strict client hangs up without sending its Finished.
  server.on('tlsClientError', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ECONNRESET');
  }));
  server.listen(0, '127.0.0.1', common.mustCall(() => {
    const options = { port: server.address().port, host: '127.0.0.1', ...clientOptions };
    const client = tls.connect(options, common.mustNotCall());
    client.on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, code);
      assert.strictEqual(err.message, message);
    }));
    client.on('close', common.mustCall(() => {
      // The same server, with verification off.
      const lax = tls.connect({ ...options, rejectUnauthorized: false }, common.mustCall(() => {
        assert.strictEqual(lax.authorized, false);
        assert.strictEqual(lax.authorizationError, code);
        lax.end();
      }));
      lax.on('close', common.mustCall(() => server.close(() => runCase(i + 1))));
    }));
  }));
}
runCase(0);
