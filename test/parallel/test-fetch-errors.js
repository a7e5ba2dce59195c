'use strict';
// fetch() failures: connection refused becomes `TypeError: fetch failed` with the
// system error as its cause; bad URLs and schemes reject with TypeError.
const common = require('../common');
const assert = require('node:assert');
const net = require('node:net');

const server = net.createServer();
server.listen(0, '127.0.0.1', common.mustCall(async () => {
  const { port } = server.address();
  server.close(common.mustCall(async () => {
    await assert.rejects(fetch(`http://127.0.0.1:${port}/`), (err) => {
      assert.ok(err instanceof TypeError);
      assert.strictEqual(err.message, 'fetch failed');
      assert.strictEqual(err.cause.code, 'ECONNREFUSED');
      assert.strictEqual(err.cause.syscall, 'connect');
      assert.strictEqual(err.cause.address, '127.0.0.1');
      assert.strictEqual(err.cause.port, port);
      assert.strictEqual(err.cause.message, `connect ECONNREFUSED 127.0.0.1:${port}`);
      return true;
    });

    await assert.rejects(fetch('not a url'), (err) => {
      assert.strictEqual(err.name, 'TypeError');
      assert.strictEqual(err.message, 'Failed to parse URL from not a url');
      assert.strictEqual(err.cause.code, 'ERR_INVALID_URL');
      return true;
    });

    await assert.rejects(fetch('ftp://127.0.0.1/'), (err) => {
      assert.strictEqual(err.message, 'fetch failed');
      assert.strictEqual(err.cause.message, 'unknown scheme');
      return true;
    });

    await assert.rejects(fetch('http://127.0.0.1/', { method: 'GET', body: 'x' }), {
      name: 'TypeError',
      message: 'Request with GET/HEAD method cannot have body.',
    });

    // data: URLs need no network.
    const r = await fetch('data:text/plain;charset=utf-8,hi%20there');
    assert.strictEqual(r.headers.get('content-type'), 'text/plain;charset=utf-8');
    assert.strictEqual(await r.text(), 'hi there');
  }));
}));
