'use strict';
// When a request's body comes in the same read as its head, its 'end' is emitted
// as in Node: after the ticks and microtasks its handler queued and after the
// response's 'close'. A request without a body ends on the first drain of ticks.
const common = require('../common');
const assert = require('node:assert');
const http = require('node:http');
const net = require('node:net');

function run(rawRequest, expected, done) {
  const events = [];
  const server = http.createServer(common.mustCall((req, res) => {
    req.on('data', (chunk) => events.push(`data ${chunk}`));
    req.on('end', () => events.push('req end'));
    res.on('close', () => events.push('res close'));
    let n = 0;
    const chain = () => {
      events.push(`tick${n}`);
      if (++n < 3) process.nextTick(chain);
    };
    process.nextTick(chain);
    queueMicrotask(() => events.push('microtask'));
    setImmediate(common.mustCall(() => {
      assert.deepStrictEqual(events, expected);
      server.close();
      server.closeAllConnections();
      done();
    }));
    res.end('ok');
  }));
  server.listen(0, '127.0.0.1', common.mustCall(() => {
    const client = net.connect(server.address().port, '127.0.0.1', () => client.write(rawRequest));
    client.on('error', () => {});
    client.resume();
  }));
}

run('POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\n\r\nabc',
    ['data abc', 'tick0', 'tick1', 'res close', 'tick2', 'microtask', 'req end'], () => {
      run('GET / HTTP/1.1\r\nHost: a\r\n\r\n',
          ['tick0', 'req end', 'tick1', 'res close', 'tick2', 'microtask'], () => {});
    });
