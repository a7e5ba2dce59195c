'use strict';
// http.request/get with a URL string, a URL object, URL plus options; auth,
// method case, the Host header, and 'socket'/'response'/'finish'/'close' events.
const common = require('../common');
const assert = require('node:assert');
const http = require('node:http');

const seen = [];
const server = http.createServer((req, res) => {
  seen.push([req.method, req.url, req.headers.host, req.headers.authorization ?? null,
             req.headers['x-extra'] ?? null]);
  res.end();
});

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const port = server.address().port;
  const base = `http://127.0.0.1:${port}`;
  http.get(`${base}/string?a=1`, common.mustCall((res) => {
    res.resume();
    res.on('end', common.mustCall(() => {
      http.get(new URL(`http://user:pass@127.0.0.1:${port}/object#frag`), common.mustCall((res) => {
        res.resume();
        res.on('end', common.mustCall(third));
      }));
    }));
  }));

  function third() {
    const req = http.request(`${base}/merged`, {
      method: 'delete',
      headers: { 'X-Extra': 'yes' },
    }, common.mustCall((res) => {
      assert.strictEqual(res.req, req);
      res.resume();
      res.on('end', common.mustCall());
    }));
    assert.strictEqual(req.method, 'DELETE');
    assert.strictEqual(req.path, '/merged');
    assert.strictEqual(req.host, '127.0.0.1');
    assert.strictEqual(req.protocol, 'http:');
    req.on('socket', common.mustCall((socket) => assert.strictEqual(req.socket, socket)));
    req.on('finish', common.mustCall());
    req.on('close', common.mustCall(() => {
      assert.deepStrictEqual(seen, [
        ['GET', '/string?a=1', `127.0.0.1:${port}`, null, null],
        ['GET', '/object', `127.0.0.1:${port}`, 'Basic dXNlcjpwYXNz', null],
        ['DELETE', '/merged', `127.0.0.1:${port}`, null, 'yes'],
      ]);
      server.close();
    }));
    req.end();
  }
}));
