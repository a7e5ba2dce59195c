'use strict';
// Request smuggling attempts: a message with both Content-Length and
// Transfer-Encoding, conflicting or malformed Content-Length, and
// Transfer-Encoding that does not end in chunked, are rejected with 400 and
// the connection is closed, so the request hidden in the body never reaches
// the handler.
const common = require('../common');
const assert = require('node:assert');
const http = require('node:http');
const net = require('node:net');

const hidden = 'GET /smuggled HTTP/1.1\r\nHost: x\r\n\r\n';
const attacks = [
  'POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n' +
    '0\r\n\r\n' + hidden,
  'POST /a HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n' +
    '0\r\n\r\n' + hidden,
  `POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nContent-Length: ${hidden.length}\r\n\r\n` +
    hidden,
  `POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: ${hidden.length}\r\nContent-Length: ${hidden.length}\r\n\r\n` +
    hidden,
  'POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 1a\r\n\r\n' + hidden,
  'POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n' + hidden,
  'POST /a HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked, identity\r\n\r\n0\r\n\r\n' + hidden,
  'POST /a HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: identity\r\n\r\n' + hidden,
  'POST /a HTTP/1.1\r\nHost: x\r\nTransfer-Encoding : chunked\r\n\r\n0\r\n\r\n' + hidden,
];
const badResponse = 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n';

const seen = [];
const server = http.createServer((req, res) => {
  seen.push(req.url);
  req.resume();
  req.on('error', () => {});
  req.on('end', () => res.end('fine'));
});

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
  (function next() {
    if (i === attacks.length) {
      // Only the control requests reached the handler; none was smuggled.
      // (Transfer-Encoding: identity is refused only once the head has been
      // delivered, as in Node, so that one head reaches the handler.)
      const expected = [];
      for (let n = 0; n < attacks.length; n++) {
        if (attacks[n].includes('Transfer-Encoding: identity')) expected.push('/a');
        expected.push(`/control/${n}`);
      }
      assert.deepStrictEqual(seen, expected);
      server.close();
      return;
    }
    const n = i++;
    rawRequest(attacks[n], common.mustCall((data) => {
      assert.strictEqual(data, badResponse, `case ${n}: ${JSON.stringify(attacks[n])}`);
      rawRequest(`GET /control/${n} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`,
                 common.mustCall((ok) => {
                   assert.match(ok, /^HTTP\/1\.1 200 OK\r\n[^]*\r\n\r\nfine$/);
                   next();
                 }));
    }));
  })();
}));
