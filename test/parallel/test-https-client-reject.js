'use strict';
// https requests verify the server: an untrusted certificate fails the request with
// the verification code, and rejectUnauthorized: false lets it through.
const common = require('../common');
const assert = require('node:assert');
const https = require('node:https');
const fixtures = require('../common/fixtures');

const server = https.createServer({
  key: fixtures.readKey('selfsigned.key'),
  cert: fixtures.readKey('selfsigned.pem'),
}, common.mustCall((req, res) => res.end('ok')));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  https.get({ port, host: '127.0.0.1', agent: false }, common.mustNotCall())
    .on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'DEPTH_ZERO_SELF_SIGNED_CERT');
      assert.strictEqual(err.message, 'self-signed certificate');
      https.get({ port, host: '127.0.0.1', agent: false, rejectUnauthorized: false },
                common.mustCall((res) => {
                  assert.strictEqual(res.socket.authorized, false);
                  assert.strictEqual(res.socket.authorizationError, 'DEPTH_ZERO_SELF_SIGNED_CERT');
                  let body = '';
                  res.on('data', (d) => { body += d; });
                  res.on('end', common.mustCall(() => {
                    assert.strictEqual(body, 'ok');
                    server.close();
                  }));
                }));
    }));
}));
