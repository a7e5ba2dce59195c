'use strict';
// HEAD, 204 and 304 responses carry no body, and the connection stays usable.
const common = require('../common');
const assert = require('node:assert');
const http = require('node:http');

const server = http.createServer((req, res) => {
  if (req.url === '/204') {
    res.writeHead(204);
    res.end();
  } else if (req.url === '/304') {
    res.writeHead(304, { 'ETag': '"x"' });
    res.end();
  } else {
    res.setHeader('Content-Type', 'text/plain');
    res.end('body text');
  }
});

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const port = server.address().port;
  const results = [];
  function request(method, path, cb) {
    http.request({ host: '127.0.0.1', port, method, path, agent }, common.mustCall((res) => {
      const chunks = [];
      res.on('data', (d) => chunks.push(d));
      res.on('end', common.mustCall(() => {
        results.push([method, path, res.statusCode, Buffer.concat(chunks).toString(),
                      res.headers['content-length'], res.headers['transfer-encoding']]);
        cb();
      }));
    })).end();
  }
  request('HEAD', '/', () => request('GET', '/204', () => request('GET', '/304', () =>
    request('GET', '/', () => {
      assert.deepStrictEqual(results, [
        ['HEAD', '/', 200, '', undefined, undefined],
        ['GET', '/204', 204, '', undefined, undefined],
        ['GET', '/304', 304, '', undefined, undefined],
        ['GET', '/', 200, 'body text', '9', undefined],
      ]);
      agent.destroy();
      server.close();
    }))));
}));
