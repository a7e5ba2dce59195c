'use strict';
// 'keylog' gives NSS key log lines (with their newline) on the client socket and on
// the server, with the socket.
const common = require('../common');
const assert = require('node:assert');
const tls = require('node:tls');
const fixtures = require('../common/fixtures');

const server = tls.createServer({
  key: fixtures.readKey('server.key'),
  cert: fixtures.readKey('server.pem'),
}, common.mustCall((socket) => socket.end()));

const serverLines = [];
server.on('keylog', (line, socket) => {
  assert.ok(socket instanceof tls.TLSSocket);
  serverLines.push(line);
});

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = tls.connect({ port: server.address().port, host: '127.0.0.1',
                               ca: fixtures.readKey('ca.pem') });
  const clientLines = [];
  client.on('keylog', (line) => clientLines.push(line));
  client.resume();
  client.on('close', common.mustCall(() => {
    const labels = (lines) => lines.map((l) => l.toString('latin1').split(' ')[0]).sort();
    const expected = ['CLIENT_HANDSHAKE_TRAFFIC_SECRET', 'CLIENT_TRAFFIC_SECRET_0',
                      'EXPORTER_SECRET', 'SERVER_HANDSHAKE_TRAFFIC_SECRET',
                      'SERVER_TRAFFIC_SECRET_0'];
    assert.deepStrictEqual(labels(clientLines), expected);
    for (const line of clientLines) {
      assert.ok(Buffer.isBuffer(line));
      assert.match(line.toString('latin1'), /^[A-Z_0-9]+ [0-9a-f]{64} [0-9a-f]{64,96}\n$/);
    }
    server.close(common.mustCall(() => {
      assert.deepStrictEqual(labels(serverLines), expected);
      // Both ends derived the same secrets.
      assert.deepStrictEqual(serverLines.map(String).sort(), clientLines.map(String).sort());
    }));
  }));
}));
