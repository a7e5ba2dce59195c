'use strict';
// dns.promises.lookup / lookupService resolve with objects; bad arguments throw
// synchronously.
const common = require('../common');
const assert = require('node:assert');
const dnsPromises = require('node:dns/promises');
const dns = require('node:dns');

assert.strictEqual(dns.promises, dnsPromises);

(async () => {
  assert.deepStrictEqual(await dnsPromises.lookup('localhost', 4),
                         { address: '127.0.0.1', family: 4 });
  assert.deepStrictEqual(await dnsPromises.lookup('localhost', { family: 4, all: true }),
                         [{ address: '127.0.0.1', family: 4 }]);
  assert.deepStrictEqual(await dnsPromises.lookup('::1'), { address: '::1', family: 6 });
  assert.deepStrictEqual(await dnsPromises.lookup('10.1.2.3', { all: true }),
                         [{ address: '10.1.2.3', family: 4 }]);

  const { hostname, service } = await dnsPromises.lookupService('127.0.0.1', 22);
  assert.strictEqual(typeof hostname, 'string');
  assert.ok(hostname.length > 0);
  assert.strictEqual(service, 'ssh');

  assert.throws(() => dnsPromises.lookup(1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => dnsPromises.lookupService('x', 22), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The argument 'address' is invalid. Received 'x'",
  });
  assert.throws(() => dnsPromises.lookupService('127.0.0.1'), {
    code: 'ERR_MISSING_ARGS',
    message: 'The "address" and "port" arguments must be specified',
  });
})().then(common.mustCall());

dns.lookupService('127.0.0.1', 80, common.mustCall((err, hostname, service) => {
  assert.strictEqual(err, null);
  assert.strictEqual(typeof hostname, 'string');
  assert.strictEqual(service, 'http');
}));
assert.throws(() => dns.lookupService('127.0.0.1', 80), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => dns.lookupService('127.0.0.1', 65536, () => {}), {
  code: 'ERR_SOCKET_BAD_PORT',
});
