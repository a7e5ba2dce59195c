'use strict';
// Session resumption: the client's 'session' event hands out sessions that a later
// connection passes as `session` to resume (isSessionReused), in TLSv1.2 (session
// tickets) and TLSv1.3 (which sends two tickets after the handshake).
const common = require('../common');
const assert = require('node:assert');
const tls = require('node:tls');
const fixtures = require('../common/fixtures');

function run(maxVersion, expectedTickets) {
  return new Promise((resolve) => {
    const server = tls.createServer({
      key: fixtures.readKey('server.key'),
      cert: fixtures.readKey('server.pem'),
      maxVersion,
    }, (socket) => socket.end('x'));
    server.listen(0, '127.0.0.1', () => {
      const options = { port: server.address().port, host: '127.0.0.1',
                        ca: fixtures.readKey('ca.pem') };
      const first = tls.connect(options);
      const sessions = [];
      first.on('session', (session) => sessions.push(session));
      first.resume();
      first.on('close', () => {
        assert.strictEqual(sessions.length, expectedTickets);
        assert.ok(Buffer.isBuffer(sessions[0]));
        assert.strictEqual(first.isSessionReused(), null);
        const second = tls.connect({ ...options, session: sessions[0] }, () => {
          assert.strictEqual(second.isSessionReused(), true);
          assert.strictEqual(second.authorized, true);
          assert.strictEqual(second.getProtocol(), maxVersion);
          second.end();
        });
        second.resume();
        second.on('close', () => server.close(resolve));
      });
    });
  });
}

(async () => {
  await run('TLSv1.2', 1);
  await run('TLSv1.3', 2);
})().then(common.mustCall());
