'use strict';
// A request's head as the server sees it: method, url, version, headers with
// Node's duplicate rules, rawHeaders, and the body as a stream.
const common = require('../common');
const assert = require('node:assert');
const http = require('node:http');
const net = require('node:net');

const server = http.createServer(common.mustCall((req, res) => {
  assert.strictEqual(req.method, 'POST');
  assert.strictEqual(req.url, '/path?q=1');
  assert.strictEqual(req.httpVersion, '1.1');
  assert.strictEqual(req.httpVersionMajor, 1);
  assert.strictEqual(req.httpVersionMinor, 1);
  assert.strictEqual(req.complete, false);
  assert.strictEqual(req.socket, req.connection);
  assert.deepStrictEqual(req.rawHeaders, [
    'Host', 'example', 'Content-Length', '5', 'Cookie', 'a=1', 'cookie', 'b=2',
    'X-Multi', 'one', 'x-multi', 'two', 'Set-Cookie', 's1', 'set-cookie', 's2',
    'Content-Type', 'text/plain', 'content-type', 'text/html', 'Empty', '',
  ]);
  assert.deepStrictEqual(req.headers, {
    'host': 'example',
    'content-length': '5',
    'cookie': 'a=1; b=2',
    'x-multi': 'one, two',
    'set-cookie': ['s1', 's2'],
    'content-type': 'text/plain',
    'empty': '',
  });
  assert.deepStrictEqual(req.headersDistinct['content-type'], ['text/plain', 'text/html']);
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', common.mustCall(() => {
    assert.strictEqual(body, 'hello');
    assert.strictEqual(req.complete, true);
    res.end('ok');
  }));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  client.end('POST /path?q=1 HTTP/1.1\r\nHost: example\r\nContent-Length: 5\r\n' +
             'Cookie: a=1\r\ncookie: b=2\r\nX-Multi: one\r\nx-multi: two\r\n' +
             'Set-Cookie: s1\r\nset-cookie: s2\r\nContent-Type: text/plain\r\n' +
             'content-type: text/html\r\nEmpty:\r\n\r\nhello');
  let response = '';
  client.setEncoding('latin1');
  client.on('data', (d) => { response += d; });
  client.on('end', common.mustCall(() => {
    assert.match(response, /^HTTP\/1\.1 200 OK\r\n/);
    assert.match(response, /\r\nDate: [A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d GMT\r\n/);
    assert.match(response, /\r\nContent-Length: 2\r\n\r\nok$/);
    server.close();
  }));
}));
