'use strict';
// https.createServer and https.get/request over the http classes: the request
// arrives over TLS (req.socket.encrypted), bodies both ways, ALPN http/1.1 offered by
// the server, and a keep-alive agent reusing the connection.
const common = require('../common');
const assert = require('node:assert');
const https = require('node:https');
const tls = require('node:tls');
const fixtures = require('../common/fixtures');

const ca = fixtures.readKey('ca.pem');
const server = https.createServer({
  key: fixtures.readKey('server.key'),
  cert: fixtures.readKey('server.pem'),
}, common.mustCall((req, res) => {
  assert.ok(req.socket instanceof tls.TLSSocket);
  assert.strictEqual(req.socket.encrypted, true);
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    res.setHeader('content-type', 'text/plain');
    res.end(`${req.method} ${req.url} ${req.headers.host} ${body}`);
  });
}, 3));

assert.ok(server instanceof tls.Server);
assert.deepStrictEqual(https.globalAgent.protocol, 'https:');
assert.strictEqual(https.globalAgent.defaultPort, 443);

function fetch(options, body) {
  return new Promise((resolve, reject) => {
    const req = https.request(options, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { text += d; });
      res.on('end', () => resolve([res.statusCode, res.headers['content-type'], text,
                                   res.socket?.remotePort ?? null]));
    });
    req.on('error', reject);
    req.end(body);
  });
}

server.listen(0, '127.0.0.1', common.mustCall(async () => {
  const { port } = server.address();
  const agent = new https.Agent({ keepAlive: true, ca });
  const [status, type, text] = await fetch({ port, host: '127.0.0.1', path: '/a', agent });
  assert.deepStrictEqual([status, type, text], [200, 'text/plain', `GET /a 127.0.0.1:${port} `]);
  const [, , posted] = await fetch({ port, host: '127.0.0.1', path: '/b', method: 'POST', agent },
                                   'hello');
  assert.strictEqual(posted, `POST /b 127.0.0.1:${port} hello`);
  // Both went over one connection.
  assert.strictEqual(Object.values(agent.freeSockets).flat().length, 1);
  agent.destroy();

  // A URL string and the global agent, verified against the server's name.
  https.get(`https://localhost:${port}/c`, { ca }, common.mustCall((res) => {
    assert.strictEqual(res.statusCode, 200);
    res.resume();
    res.on('end', common.mustCall(() => {
      https.globalAgent.destroy();
      server.close();
    }));
  }));
}));
