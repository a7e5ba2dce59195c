'use strict';
// Listening on a port that is taken fails with Node's EADDRINUSE error.
const common = require('../common');
const assert = require('node:assert');
const net = require('node:net');

const first = net.createServer(common.mustNotCall());
first.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = first.address();
  const second = net.createServer(common.mustNotCall());
  second.on('listening', common.mustNotCall());
  second.on('error', common.mustCall((err) => {
    assert.ok(err instanceof Error);
    assert.strictEqual(err.message,
                       `listen EADDRINUSE: address already in use 127.0.0.1:${port}`);
    assert.strictEqual(err.code, 'EADDRINUSE');
    assert.strictEqual(err.errno, -98);
    assert.strictEqual(err.syscall, 'listen');
    assert.strictEqual(err.address, '127.0.0.1');
    assert.strictEqual(err.port, port);
    assert.strictEqual(second.listening, false);
    assert.strictEqual(second.address(), null);
    first.close();
  }));
  second.listen(port, '127.0.0.1');
}));
