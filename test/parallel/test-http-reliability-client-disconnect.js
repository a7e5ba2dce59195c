'use strict';
// A client that disconnects in the middle of a request body: the request is
// aborted ('aborted', then an ECONNRESET "aborted" error, then 'close'), the
// response closes unfinished, writing to it afterwards does not throw, and the
// server goes on serving the next client.
const common = require('../common');
const assert = require('node:assert');
const http = require('node:http');
const net = require('node:net');

const events = [];
const server = http.createServer(common.mustCall((req, res) => {
  if (req.url === '/next') {
    req.resume();
    req.on('end', common.mustCall(() => res.end('served')));
    return;
  }
  let received = 0;
  req.on('data', (chunk) => {
    received += chunk.length;
    if (received === 1000) {
      events.push('data');
      // Tell the client the bytes arrived; it disconnects on seeing this.
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.write('partial');
    }
  });
  req.on('aborted', common.mustCall(() => events.push('aborted')));
  req.on('error', common.mustCall((err) => {
    events.push(`error ${err.code} ${err.message}`);
  }));
  req.on('end', common.mustNotCall());
  res.on('finish', common.mustNotCall());
  res.on('close', common.mustCall(() => {
    events.push('res close');
  }));
  req.on('close', common.mustCall(() => {
    events.push('req close');
    assert.strictEqual(req.complete, false);
    assert.strictEqual(received, 1000);
    // Writing to the response of a gone client is harmless.
    res.write('late');
    res.end('too late');
    setImmediate(nextClient);
  }));
}, 2));

function nextClient() {
  assert.deepStrictEqual(events.slice().sort(), [
    'aborted', 'data', 'error ECONNRESET aborted', 'req close', 'res close',
  ]);
  assert.ok(events.indexOf('aborted') < events.indexOf('req close'));
  const req = http.request({
    port: server.address().port, host: '127.0.0.1', method: 'POST', path: '/next', agent: false,
  }, common.mustCall((res) => {
    assert.strictEqual(res.statusCode, 200);
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (d) => { body += d; });
    res.on('end', common.mustCall(() => {
      assert.strictEqual(body, 'served');
      server.close();
    }));
  }));
  req.end('x'.repeat(5000));
}

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  client.write('POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n');
  client.write('b'.repeat(1000));
  client.once('data', common.mustCall(() => client.destroy()));
}));
