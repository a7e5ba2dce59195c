'use strict';
// SNI: the client's servername reaches the server (socket.servername), and the
// server picks its certificate by name through SNICallback or addContext.
const common = require('../common');
const assert = require('node:assert');
const tls = require('node:tls');
const fixtures = require('../common/fixtures');

const key = (name) => fixtures.readKey(name);
const selfSigned = tls.createSecureContext({ key: key('selfsigned.key'), cert: key('selfsigned.pem') });

function connect(server, servername) {
  return new Promise((resolve, reject) => {
    const socket = tls.connect({
      port: server.address().port, host: '127.0.0.1', servername, rejectUnauthorized: false,
    }, () => {
      resolve([socket.servername, socket.getPeerCertificate().issuer.CN]);
      socket.end();
    });
    socket.on('error', reject);
  });
}

function listen(server) {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
}

(async () => {
  const seen = [];
  const server1 = tls.createServer({
    key: key('server.key'),
    cert: key('server.pem'),
    SNICallback: common.mustCall((name, cb) => {
      // Asynchronously, as the API allows.
      setImmediate(() => cb(null, name === 'self.test' ? selfSigned : undefined));
    }, 2),
  }, (socket) => seen.push(socket.servername));
  await listen(server1);
  assert.deepStrictEqual(await connect(server1, 'self.test'), ['self.test', 'localhost']);
  assert.deepStrictEqual(await connect(server1, 'localhost'), ['localhost', 'rt test CA']);
  await new Promise((resolve) => server1.close(resolve));
  assert.deepStrictEqual(seen, ['self.test', 'localhost']);

  const server2 = tls.createServer({ key: key('server.key'), cert: key('server.pem') });
  server2.addContext('*.test', { key: key('selfsigned.key'), cert: key('selfsigned.pem') });
  await listen(server2);
  assert.deepStrictEqual(await connect(server2, 'a.test'), ['a.test', 'localhost']);
  assert.deepStrictEqual(await connect(server2, 'b.a.test'), ['b.a.test', 'rt test CA']);
  server2.close();

  assert.throws(() => tls.createServer().addContext('', {}), {
    code: 'ERR_TLS_REQUIRED_SERVER_NAME',
    message: '"servername" is required parameter for Server.addContext',
  });
})().then(common.mustCall());
