'use strict';
// Pipelined requests arriving in one packet are answered in order, even when the
// handlers finish out of order.
const common = require('../common');
const assert = require('node:assert');
const http = require('node:http');
const net = require('node:net');

const server = http.createServer(common.mustCall((req, res) => {
  res.removeHeader('Date');
  const delay = req.url === '/a' ? 30 : 0;
  setTimeout(() => res.end(req.url), delay);
}, 3));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  client.write('GET /a HTTP/1.1\r\nHost: x\r\n\r\n' +
               'GET /b HTTP/1.1\r\nHost: x\r\n\r\n' +
               'GET /c HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  let data = '';
  client.setEncoding('latin1');
  client.on('data', (d) => { data += d; });
  client.on('end', common.mustCall(() => {
    const ka = 'Connection: keep-alive\r\nKeep-Alive: timeout=5\r\n';
    assert.strictEqual(data,
                       `HTTP/1.1 200 OK\r\n${ka}Content-Length: 2\r\n\r\n/a` +
                       `HTTP/1.1 200 OK\r\n${ka}Content-Length: 2\r\n\r\n/b` +
                       'HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\n/c');
    server.close();
  }));
}));
