'use strict';
// A keep-alive agent reuses its socket for the next request to the same origin,
// keeps at most maxSockets open, and destroy() closes the pool.
const common = require('../common');
const assert = require('node:assert');
const http = require('node:http');

let connections = 0;
const server = http.createServer((req, res) => {
  res.end(req.url);
});
server.on('connection', () => connections++);

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const port = server.address().port;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 2 });
  const name = agent.getName({ host: '127.0.0.1', port });
  assert.strictEqual(name, `127.0.0.1:${port}:`);

  function get(path, cb) {
    const req = http.get({ host: '127.0.0.1', port, path, agent }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('end', () => cb(req, res, body));
    });
    return req;
  }

  get('/1', common.mustCall((req1, res1, body1) => {
    assert.strictEqual(body1, '/1');
    assert.strictEqual(req1.reusedSocket, false);
    assert.strictEqual(res1.headers.connection, 'keep-alive');
    // The socket goes back to the pool on the next tick.
    setImmediate(common.mustCall(() => {
      assert.strictEqual(agent.freeSockets[name].length, 1);
      get('/2', common.mustCall((req2, res2, body2) => {
        assert.strictEqual(body2, '/2');
        assert.strictEqual(req2.reusedSocket, true);
        assert.strictEqual(connections, 1);
        queued();
      }));
    }));
  }));

  // Five requests at once over at most two sockets.
  function queued() {
    let done = 0;
    for (let i = 0; i < 5; i++) {
      get(`/q${i}`, common.mustCall((req, res, body) => {
        assert.strictEqual(body, `/q${i}`);
        assert.ok(agent.sockets[name] === undefined || agent.sockets[name].length <= 2);
        if (++done === 5) {
          setImmediate(common.mustCall(() => {
            assert.strictEqual(connections, 2);
            assert.strictEqual(agent.freeSockets[name].length, 2);
            assert.strictEqual(agent.totalSocketCount, 2);
            agent.destroy();
            server.close(common.mustCall());
          }));
        }
      }));
    }
    // The first socket is not free yet (it returns on the next tick): one new socket,
    // four waiting.
    assert.strictEqual(agent.requests[name].length, 4);
  }
}));
