'use strict';
// server.close() closes idle keep-alive connections and waits for busy ones;
// closeAllConnections() ends them all; 'close' comes last.
const common = require('../common');
const assert = require('node:assert');
const http = require('node:http');
const net = require('node:net');

let pending;
// A short keepAliveTimeout: after close() the busy connection ends once idle.
const server = http.createServer({ keepAliveTimeout: 50 }, (req, res) => {
  if (req.url === '/hold') {
    pending = res;
    server.close(common.mustCall(() => {
      // 'close' waited for the busy connection's response.
      assert.strictEqual(order[0], 'idle-closed');
      assert.strictEqual(pending.writableFinished, true);
    }));
    // The idle connection goes at once; the busy one stays.
    return;
  }
  res.end('x');
});

const order = [];
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const port = server.address().port;
  const idle = net.connect(port, '127.0.0.1');
  idle.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
  idle.once('data', common.mustCall(() => {
    const busy = net.connect(port, '127.0.0.1');
    busy.write('GET /hold HTTP/1.1\r\nHost: x\r\n\r\n');
    idle.on('close', common.mustCall(() => {
      order.push('idle-closed');
      setTimeout(() => pending.end('done'), 20);
    }));
    let data = '';
    busy.setEncoding('latin1');
    busy.on('data', (d) => { data += d; });
    busy.on('close', common.mustCall(() => {
      assert.match(data, /\r\n\r\ndone$/);
      order.push('busy-closed');
      allConnections();
    }));
  }));
}));

function allConnections() {
  const server2 = http.createServer(common.mustCall(() => {
    server2.closeAllConnections();
  }));
  server2.listen(0, '127.0.0.1', common.mustCall(() => {
    const req = http.get({ host: '127.0.0.1', port: server2.address().port });
    req.on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ECONNRESET');
      server2.close(common.mustCall());
    }));
  }));
}
