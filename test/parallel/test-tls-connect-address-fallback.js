'use strict';
// A name that resolves to several addresses: after the first (::1, where nothing
// listens) fails, tls.connect goes on to the next one and the handshake runs there.
const common = require('../common');
const assert = require('node:assert');
const tls = require('node:tls');
const fixtures = require('../common/fixtures');

function lookup(host, options, cb) {
  assert.strictEqual(host, 'localhost');
  if (options.all) {
    cb(null, [{ address: '::1', family: 6 }, { address: '127.0.0.1', family: 4 }]);
  } else {
    cb(null, '::1', 6);
  }
}

const server = tls.createServer({
  key: fixtures.readKey('server.key'),
  cert: fixtures.readKey('server.pem'),
}, common.mustCall((socket) => {
  // tls.connect sends no SNI unless given a servername.
  assert.strictEqual(socket.servername, false);
  socket.end('hi');
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = tls.connect({
    port: server.address().port,
    host: 'localhost',
    lookup,
    autoSelectFamily: true,
    ca: fixtures.readKey('ca.pem'),
  }, common.mustCall(() => {
    assert.strictEqual(client.authorized, true);
    assert.strictEqual(client.remoteAddress, '127.0.0.1');
  }));
  let data = '';
  client.setEncoding('utf8');
  client.on('data', (d) => { data += d; });
  client.on('end', common.mustCall(() => {
    assert.strictEqual(data, 'hi');
    server.close();
  }));
}));
