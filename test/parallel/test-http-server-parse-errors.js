'use strict';
// Requests the parser rejects get Node's answers (400, 431) and a 'clientError'
// only when listened for; smuggling attempts (CL + TE, bad chunk sizes) are
// rejected; the server keeps serving other clients.
const common = require('../common');
const assert = require('node:assert');
const http = require('node:http');
const net = require('node:net');

const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => res.end('fine'));
});

const badRequest = 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n';
const cases = [
  ['GARBAGE\r\n\r\n', badRequest],
  ['GET / HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n', badRequest],
  ['GET / HTTP/1.1\r\nHost: x\r\n' + `X-Big: ${'a'.repeat(17000)}\r\n\r\n`,
   'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n'],
  ['POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n' +
   '0\r\n\r\n', badRequest],
  ['POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n',
   badRequest],
  ['POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab', badRequest],
  ['GET / HTTP/1.1\r\n\r\n', 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n'],
];

function rawRequest(text, cb) {
  const client = net.connect(server.address().port, '127.0.0.1');
  client.end(text);
  let data = '';
  client.setEncoding('latin1');
  client.on('data', (d) => { data += d; });
  client.on('error', () => {});
  client.on('close', () => cb(data));
}

server.listen(0, '127.0.0.1', common.mustCall(() => {
  let i = 0;
  function next() {
    if (i === cases.length) return withListener();
    const [request, expected] = cases[i++];
    rawRequest(request, common.mustCall((data) => {
      if (expected.endsWith('\r\n\r\n')) {
        assert.strictEqual(data, expected);
      } else {
        assert.ok(data.startsWith(expected), JSON.stringify(data));
      }
      // A good request still works.
      rawRequest('GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', (ok) => {
        assert.match(ok, /^HTTP\/1\.1 200 OK\r\n[^]*\r\n\r\nfine$/);
        next();
      });
    }));
  }
  next();

  function withListener() {
    server.on('clientError', common.mustCall((err, socket) => {
      assert.strictEqual(err.code, 'HPE_INVALID_METHOD');
      assert.strictEqual(err.message, 'Parse Error: Invalid method encountered');
      assert.strictEqual(err.bytesParsed, 1);
      assert.strictEqual(err.rawPacket.toString(), 'GARBAGE\r\n\r\n');
      socket.end('HTTP/1.1 418 I\'m a Teapot\r\n\r\n');
    }));
    rawRequest('GARBAGE\r\n\r\n', common.mustCall((data) => {
      assert.strictEqual(data, 'HTTP/1.1 418 I\'m a Teapot\r\n\r\n');
      server.close();
    }));
  }
}));
