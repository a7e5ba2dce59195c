'use strict';
// Connecting to a port nobody listens on: 'error' with Node's ECONNREFUSED error,
// then 'close' with hadError true; the connect callback never runs.
const common = require('../common');
const assert = require('node:assert');
const net = require('node:net');

// Find a free port: listen, note it, close.
const probe = net.createServer().listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = probe.address();
  probe.close(common.mustCall(() => {
    const order = [];
    const client = net.connect(port, '127.0.0.1', common.mustNotCall());
    client.on('error', common.mustCall((err) => {
      order.push('error');
      assert.strictEqual(err.message, `connect ECONNREFUSED 127.0.0.1:${port}`);
      assert.strictEqual(err.code, 'ECONNREFUSED');
      assert.strictEqual(err.errno, -111);
      assert.strictEqual(err.syscall, 'connect');
      assert.strictEqual(err.address, '127.0.0.1');
      assert.strictEqual(err.port, port);
      assert.strictEqual(client.connecting, false);
    }));
    client.on('close', common.mustCall((hadError) => {
      order.push('close');
      assert.strictEqual(hadError, true);
      assert.deepStrictEqual(order, ['error', 'close']);
    }));

    // Through a name lookup too.
    const named = net.createConnection({ port, host: 'localhost' });
    named.on('lookup', common.mustCall((err, address, family, host) => {
      assert.strictEqual(err, null);
      assert.strictEqual(host, 'localhost');
      assert.strictEqual(typeof address, 'string');
      assert.ok(family === 4 || family === 6);
    }));
    named.on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ECONNREFUSED');
    }));
  }));
}));

// Bad ports throw before anything starts.
assert.throws(() => net.connect(65536), {
  code: 'ERR_SOCKET_BAD_PORT',
  message: 'Port should be >= 0 and < 65536. Received type number (65536).',
});
assert.throws(() => net.connect({ port: true }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.port" property must be one of type number or string. ' +
           'Received type boolean (true)',
});
