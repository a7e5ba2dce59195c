'use strict';
// The exact bytes a ServerResponse puts on the wire for the common cases.
const common = require('../common');
const assert = require('node:assert');
const http = require('node:http');
const net = require('node:net');

const cases = [
  ['/end', (res) => res.end('hello world'),
   'HTTP/1.1 200 OK\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\n' +
   'Content-Length: 11\r\n\r\nhello world'],
  ['/chunked', (res) => { res.write('abc'); res.write(Buffer.from('de')); res.end('f'); },
   'HTTP/1.1 200 OK\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\n' +
   'Transfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n1\r\nf\r\n0\r\n\r\n'],
  ['/writehead', (res) => {
    res.setHeader('X-Set', 'a');
    res.writeHead(201, 'Made', { 'X-Obj': ['1', '2'], 'Content-Type': 'text/plain' });
    res.end(Buffer.from('buf'));
  },
   'HTTP/1.1 201 Made\r\nX-Set: a\r\nX-Obj: 1\r\nX-Obj: 2\r\nContent-Type: text/plain\r\n' +
   'Connection: keep-alive\r\nKeep-Alive: timeout=5\r\nTransfer-Encoding: chunked\r\n\r\n' +
   '3\r\nbuf\r\n0\r\n\r\n'],
  ['/array', (res) => {
    res.writeHead(404, ['A', '1', 'a', '2', 'Content-Length', '0']);
    res.end();
  },
   'HTTP/1.1 404 Not Found\r\nA: 1\r\na: 2\r\nContent-Length: 0\r\n' +
   'Connection: keep-alive\r\nKeep-Alive: timeout=5\r\n\r\n'],
  ['/nocontent', (res) => { res.statusCode = 204; res.end(); },
   'HTTP/1.1 204 No Content\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\n\r\n'],
  ['/trailers', (res) => {
    res.writeHead(200, { 'Trailer': 'X-Sum' });
    res.write('x');
    res.addTrailers({ 'X-Sum': '42' });
    res.end();
  },
   'HTTP/1.1 200 OK\r\nTrailer: X-Sum\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\n' +
   'Transfer-Encoding: chunked\r\n\r\n1\r\nx\r\n0\r\nX-Sum: 42\r\n\r\n'],
  ['/close', (res) => { res.setHeader('Connection', 'close'); res.end('bye'); },
   'HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 3\r\n\r\nbye'],
];

const server = http.createServer((req, res) => {
  res.removeHeader('Date');
  cases.find((c) => c[0] === req.url)[1](res);
});

server.listen(0, '127.0.0.1', common.mustCall(() => {
  let i = 0;
  function next() {
    if (i === cases.length) return server.close();
    const [path, , expected] = cases[i++];
    const client = net.connect(server.address().port, '127.0.0.1');
    client.write(`GET ${path} HTTP/1.1\r\nHost: x\r\n\r\n`);
    let data = '';
    client.setEncoding('latin1');
    client.on('data', (d) => {
      data += d;
      if (data.length >= expected.length) {
        assert.strictEqual(data, expected);
        client.destroy();
        next();
      }
    });
  }
  next();
}));
