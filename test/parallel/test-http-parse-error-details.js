'use strict';
// The code, message and bytesParsed of parse errors match Node 20's llhttp where
// the system llhttp words them differently: a bad header name is counted up to
// the bad byte, a bad protocol names RTSP/ and ICE/, junk after the version is
// HPE_STRICT, Content-Length with Transfer-Encoding is HPE_INVALID_CONTENT_LENGTH.
const common = require('../common');
const assert = require('node:assert');
const http = require('node:http');
const net = require('node:net');

const cases = [
  ['GET / HTTP/1.1\r\nHost: a\r\nBad Header: x\r\n\r\n',
   'HPE_INVALID_HEADER_TOKEN', 'Parse Error: Invalid header token', 28],
  ['GET / FOO/1.1\r\n\r\n',
   'HPE_INVALID_CONSTANT', 'Parse Error: Expected HTTP/, RTSP/ or ICE/', 6],
  ['GET / HTTP/1.1\rX\n\r\n',
   'HPE_STRICT', 'Parse Error: Expected CRLF after version', 15],
  ['GET / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nContent-Length: 1\r\n\r\n',
   'HPE_INVALID_CONTENT_LENGTH', 'Parse Error: Content-Length can\'t be present with Transfer-Encoding'],
];

const server = http.createServer(common.mustNotCall());
let current;
server.on('clientError', common.mustCall((err, socket) => {
  const [request, code, message, bytesParsed] = current;
  assert.strictEqual(err.code, code);
  assert.strictEqual(err.message, message);
  if (bytesParsed !== undefined) assert.strictEqual(err.bytesParsed, bytesParsed);
  assert.strictEqual(err.rawPacket.toString(), request);
  socket.destroy();
}, cases.length));

server.listen(0, '127.0.0.1', common.mustCall(function next() {
  current = cases.shift();
  if (current === undefined) return server.close();
  const client = net.connect(server.address().port, '127.0.0.1', () => client.write(current[0]));
  client.on('error', () => {});
  client.resume();
  client.on('close', next);
}));

// The client reports a bad status line and a bad header name the same way.
const responses = [
  ['garbage\r\n\r\n', 'HPE_INVALID_CONSTANT', 'Parse Error: Expected HTTP/, RTSP/ or ICE/', 0],
  ['HTTP/1.1 200 OK\r\nBad Header: x\r\n\r\n', 'HPE_INVALID_HEADER_TOKEN', 'Parse Error: Invalid header token', 20],
];
const raw = net.createServer((socket) => {
  socket.on('error', () => {});
  socket.once('data', () => socket.end(responses[0][0]));
});
raw.listen(0, '127.0.0.1', common.mustCall(function next() {
  if (responses.length === 0) return raw.close();
  const req = http.get({ port: raw.address().port, host: '127.0.0.1', agent: false }, common.mustNotCall());
  req.on('error', common.mustCall((err) => {
    const [, code, message, bytesParsed] = responses.shift();
    assert.strictEqual(err.code, code);
    assert.strictEqual(err.message, message);
    assert.strictEqual(err.bytesParsed, bytesParsed);
    next();
  }));
}));
