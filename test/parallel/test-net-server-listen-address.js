'use strict';
// server.listen() forms, address(), listening, and argument errors.
const common = require('../common');
const assert = require('node:assert');
const net = require('node:net');

{
  const server = net.createServer();
  assert.strictEqual(server.address(), null);
  assert.strictEqual(server.listening, false);
  server.listen(0, '127.0.0.1', common.mustCall(function() {
    assert.strictEqual(this, server);
    assert.strictEqual(server.listening, true);
    const addr = server.address();
    assert.deepStrictEqual(Object.keys(addr), ['address', 'family', 'port']);
    assert.strictEqual(addr.address, '127.0.0.1');
    assert.strictEqual(addr.family, 'IPv4');
    assert.ok(addr.port > 0 && addr.port < 65536);
    assert.throws(() => server.listen(0), { code: 'ERR_SERVER_ALREADY_LISTEN',
                                            name: 'Error' });
    server.close(common.mustCall(() => {
      assert.strictEqual(server.listening, false);
      assert.strictEqual(server.address(), null);
    }));
  }));
}

// listen() with no port: any free port on the unspecified address (IPv6 when the
// machine has it, else IPv4).
{
  const server = net.createServer().listen(common.mustCall(() => {
    const { address, family, port } = server.address();
    assert.ok(port > 0);
    assert.ok((address === '::' && family === 'IPv6') ||
              (address === '0.0.0.0' && family === 'IPv4'));
    server.close();
  }));
}

// listen(options) and the 'listening' event.
{
  const server = net.createServer();
  server.on('listening', common.mustCall(() => {
    assert.strictEqual(server.address().address, '127.0.0.1');
    server.close();
  }));
  server.listen({ port: 0, host: '127.0.0.1', backlog: 10 });
}

// A hostname is looked up first.
{
  const server = net.createServer();
  server.listen({ port: 0, host: 'localhost' }, common.mustCall(() => {
    assert.strictEqual(typeof server.address().port, 'number');
    server.close();
  }));
}

// Bad arguments throw synchronously.
{
  const server = net.createServer();
  assert.throws(() => server.listen(65536), {
    code: 'ERR_SOCKET_BAD_PORT',
    name: 'RangeError',
    message: 'options.port should be >= 0 and < 65536. Received type number (65536).',
  });
  assert.throws(() => server.listen({ port: -1 }), { code: 'ERR_SOCKET_BAD_PORT' });
  assert.throws(() => server.listen({}), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The argument 'options' must have the property \"port\" or \"path\". " +
             'Received {}',
  });
  assert.throws(() => server.listen({ host: 'localhost' }), {
    code: 'ERR_INVALID_ARG_VALUE',
  });
  assert.strictEqual(server.listening, false);
}

// net.Server without new, and createServer's listener.
{
  const server = net.Server(common.mustNotCall());
  assert.ok(server instanceof net.Server);
  assert.strictEqual(server.listenerCount('connection'), 1);
  assert.throws(() => net.createServer('x'), { code: 'ERR_INVALID_ARG_TYPE' });
}
