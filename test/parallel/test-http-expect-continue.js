'use strict';
// Expect: 100-continue: 'checkContinue' on the server, 'continue' and
// 'information' on the client; without a listener the server answers 100 itself.
const common = require('../common');
const assert = require('node:assert');
const http = require('node:http');

const server = http.createServer(common.mustCall((req, res) => {
  // Only the request that had no checkContinue listener lands here.
  let body = '';
  req.on('data', (d) => { body += d; });
  req.on('end', () => res.end(`auto:${body}`));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const port = server.address().port;

  function send(cb) {
    const req = http.request({
      host: '127.0.0.1', port, method: 'POST', headers: { 'Expect': '100-continue' },
    });
    req.on('information', common.mustCall((info) => {
      assert.strictEqual(info.statusCode, 100);
      assert.strictEqual(info.statusMessage, 'Continue');
      assert.strictEqual(info.httpVersion, '1.1');
    }));
    req.on('continue', common.mustCall(() => req.end('payload')));
    req.on('response', common.mustCall((res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('end', () => cb(body));
    }));
  }

  send(common.mustCall((body) => {
    assert.strictEqual(body, 'auto:payload');
    server.on('checkContinue', common.mustCall((req, res) => {
      res.writeContinue();
      let body = '';
      req.on('data', (d) => { body += d; });
      req.on('end', () => res.end(`checked:${body}`));
    }));
    send(common.mustCall((body) => {
      assert.strictEqual(body, 'checked:payload');
      server.close();
    }));
  }));
}));
