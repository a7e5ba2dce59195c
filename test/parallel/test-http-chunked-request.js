'use strict';
// A chunked request body with trailers, read on the server; rawTrailers and
// trailers; a response with trailers read by the client.
const common = require('../common');
const assert = require('node:assert');
const http = require('node:http');
const net = require('node:net');

const server = http.createServer(common.mustCall((req, res) => {
  assert.strictEqual(req.headers['transfer-encoding'], 'chunked');
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', common.mustCall(() => {
    assert.strictEqual(body, 'hello world!');
    assert.deepStrictEqual(req.rawTrailers, ['X-Checksum', 'abc', 'x-checksum', 'def']);
    assert.deepStrictEqual(req.trailers, { 'x-checksum': 'abc, def' });
    res.writeHead(200, { 'Trailer': 'X-Done' });
    res.write('part');
    res.addTrailers([['X-Done', 'yes']]);
    res.end();
  }));
}, 2));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const port = server.address().port;
  const client = net.connect(port, '127.0.0.1');
  client.end('POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n' +
             '5\r\nhello\r\n7;ext=1\r\n world!\r\n0\r\nX-Checksum: abc\r\nx-checksum: def\r\n\r\n');
  client.resume();
  client.on('end', common.mustCall(() => {
    const req = http.request({ host: '127.0.0.1', port, method: 'POST' }, common.mustCall((res) => {
      res.resume();
      res.on('end', common.mustCall(() => {
        assert.deepStrictEqual(res.trailers, { 'x-done': 'yes' });
        server.close();
      }));
    }));
    req.setHeader('Trailer', 'X-Checksum');
    req.write('hello');
    req.addTrailers({ 'X-Checksum': 'abc', 'x-checksum': 'def' });
    req.end(' world!');
  }));
}));
