'use strict';
// Client failures: ECONNREFUSED, a server that hangs up ('socket hang up'),
// abort() and destroy(), request timeouts, invalid options.
const common = require('../common');
const assert = require('node:assert');
const http = require('node:http');
const net = require('node:net');

assert.throws(() => http.request({ method: 'BAD METHOD' }), {
  code: 'ERR_INVALID_HTTP_TOKEN',
  message: 'Method must be a valid HTTP token ["BAD METHOD"]',
});
assert.throws(() => http.request({ path: '/a b' }), {
  code: 'ERR_UNESCAPED_CHARACTERS',
  message: 'Request path contains unescaped characters',
});
assert.throws(() => http.request({ protocol: 'https:' }), {
  code: 'ERR_INVALID_PROTOCOL',
  message: 'Protocol "https:" not supported. Expected "http:"',
});
assert.throws(() => http.request({ agent: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });

// A port nobody listens on.
const closed = net.createServer();
closed.listen(0, '127.0.0.1', common.mustCall(() => {
  const port = closed.address().port;
  closed.close(common.mustCall(() => {
    const req = http.get({ host: '127.0.0.1', port }, common.mustNotCall());
    req.on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ECONNREFUSED');
      assert.strictEqual(err.syscall, 'connect');
      assert.strictEqual(err.address, '127.0.0.1');
      assert.strictEqual(err.port, port);
      assert.strictEqual(err.message, `connect ECONNREFUSED 127.0.0.1:${port}`);
    }));
    req.on('close', common.mustCall(hangUp));
  }));
}));

function hangUp() {
  const server = net.createServer((socket) => socket.destroy());
  server.listen(0, '127.0.0.1', common.mustCall(() => {
    const req = http.get({ host: '127.0.0.1', port: server.address().port },
                         common.mustNotCall());
    req.on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ECONNRESET');
      assert.strictEqual(err.message, 'socket hang up');
      server.close(aborts);
    }));
  }));
}

function aborts() {
  const server = http.createServer((req, res) => {
    if (req.url === '/slow') return; // never answers
    res.end();
  });
  server.listen(0, '127.0.0.1', common.mustCall(() => {
    const port = server.address().port;
    const req = http.get({ host: '127.0.0.1', port, path: '/slow' }, common.mustNotCall());
    req.on('abort', common.mustCall());
    // Aborted before any response: the request still reports the hang-up.
    req.on('error', common.mustCall((err) => {
      assert.strictEqual(err.message, 'socket hang up');
    }));
    req.on('close', common.mustCall(() => {
      assert.strictEqual(req.aborted, true);
      assert.strictEqual(req.destroyed, true);
      destroyed();
    }));
    req.on('socket', common.mustCall(() => setImmediate(() => req.abort())));

    function destroyed() {
      const req = http.get({ host: '127.0.0.1', port, path: '/slow' }, common.mustNotCall());
      req.on('error', common.mustCall((err) => {
        assert.strictEqual(err.message, 'boom');
      }));
      req.on('close', common.mustCall(timeout));
      req.destroy(new Error('boom'));
    }

    function timeout() {
      const req = http.get({ host: '127.0.0.1', port, path: '/slow', timeout: 50 });
      req.on('timeout', common.mustCall(() => req.destroy()));
      req.on('error', common.mustCall((err) => {
        assert.strictEqual(err.code, 'ECONNRESET');
        server.closeAllConnections();
        server.close();
      }));
    }
  }));
}
