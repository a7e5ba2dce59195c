'use strict';
// AsyncLocalStorage's store reaches callbacks that come back from native operations
// (fs requests, dns lookups, socket events), each in the context it was started in.
const common = require('../common');
const assert = require('node:assert');
const { AsyncLocalStorage } = require('node:async_hooks');
const fs = require('node:fs');
const dns = require('node:dns');
const net = require('node:net');

const als = new AsyncLocalStorage();

als.run({ id: 'fs' }, () => {
  fs.readFile(__filename, common.mustCall(() => {
    assert.deepStrictEqual(als.getStore(), { id: 'fs' });
  }));
  fs.stat(__filename, common.mustCall(() => {
    assert.deepStrictEqual(als.getStore(), { id: 'fs' });
  }));
});

als.run({ id: 'dns' }, () => {
  dns.lookup('localhost', common.mustCall(() => {
    assert.deepStrictEqual(als.getStore(), { id: 'dns' });
  }));
});

als.run({ id: 'server' }, () => {
  const server = net.createServer(common.mustCall((socket) => {
    assert.deepStrictEqual(als.getStore(), { id: 'server' });
    socket.end('x');
    server.close();
  })).listen(0, common.mustCall(() => {
    als.run({ id: 'client' }, () => {
      const client = net.connect(server.address().port);
      client.resume();
      client.on('end', common.mustCall(() => {
        assert.deepStrictEqual(als.getStore(), { id: 'client' });
      }));
    });
  }));
});

// Outside any run(), native callbacks see no store.
fs.stat(__filename, common.mustCall(() => {
  assert.strictEqual(als.getStore(), undefined);
}));
