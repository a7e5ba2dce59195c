'use strict';
// writeEarlyHints() and writeProcessing() send 1xx responses that the client sees
// as 'information' events before the real response.
const common = require('../common');
const assert = require('node:assert');
const http = require('node:http');

const server = http.createServer(common.mustCall((req, res) => {
  res.writeProcessing();
  res.writeEarlyHints({ link: ['</a.css>; rel=preload; as=style', '</b.js>; rel=preload'],
                        'x-hint': 'h' }, common.mustCall());
  res.end('final');
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const infos = [];
  const req = http.get({ host: '127.0.0.1', port: server.address().port });
  req.on('information', (info) => infos.push([info.statusCode, info.statusMessage, info.headers]));
  req.on('response', common.mustCall((res) => {
    assert.deepStrictEqual(infos, [
      [102, 'Processing', {}],
      [103, 'Early Hints', {
        'link': '</a.css>; rel=preload; as=style, </b.js>; rel=preload',
        'x-hint': 'h',
      }],
    ]);
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (d) => { body += d; });
    res.on('end', common.mustCall(() => {
      assert.strictEqual(body, 'final');
      server.close();
    }));
  }));
}));
