'use strict';
// dns.lookup of localhost and of IP literals (no network), option handling, and
// Node's errors for bad arguments. Only names from /etc/hosts are looked up.
const common = require('../common');
const assert = require('node:assert');
const dns = require('node:dns');

dns.lookup('localhost', common.mustCall((err, address, family) => {
  assert.strictEqual(err, null);
  assert.ok(family === 4 || family === 6);
  assert.ok(['127.0.0.1', '::1'].includes(address), address);
}));

dns.lookup('localhost', 4, common.mustCall((err, address, family) => {
  assert.strictEqual(err, null);
  assert.strictEqual(address, '127.0.0.1');
  assert.strictEqual(family, 4);
}));

dns.lookup('localhost', { family: 'IPv4', all: true }, common.mustCall((err, addresses) => {
  assert.strictEqual(err, null);
  assert.deepStrictEqual(addresses, [{ address: '127.0.0.1', family: 4 }]);
}));

dns.lookup('localhost', { all: true, order: 'ipv4first' }, common.mustCall((err, list) => {
  assert.strictEqual(err, null);
  assert.ok(list.length >= 1);
  assert.deepStrictEqual(list[0], { address: '127.0.0.1', family: 4 });
}));

dns.lookup('localhost', { verbatim: false, hints: dns.ADDRCONFIG }, common.mustCall((err, a) => {
  assert.strictEqual(err, null);
  assert.strictEqual(typeof a, 'string');
}));

// IP literals come back on the next tick without a lookup.
let sync = true;
dns.lookup('::1', common.mustCall((err, address, family) => {
  assert.strictEqual(sync, false);
  assert.strictEqual(err, null);
  assert.strictEqual(address, '::1');
  assert.strictEqual(family, 6);
}));
dns.lookup('127.0.0.1', { all: true }, common.mustCall((err, addresses) => {
  assert.deepStrictEqual(addresses, [{ address: '127.0.0.1', family: 4 }]);
}));
sync = false;

// An empty hostname is passed through (deprecated but supported).
dns.lookup('', { family: 6 }, common.mustCall((err, address, family) => {
  assert.strictEqual(err, null);
  assert.strictEqual(address, null);
  assert.strictEqual(family, 6);
}));

assert.throws(() => dns.lookup(1, common.mustNotCall()), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "hostname" argument must be of type string. Received type number (1)',
});
assert.throws(() => dns.lookup('localhost', 5, common.mustNotCall()), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'family' must be one of: 0, 4, 6. Received 5",
});
assert.throws(() => dns.lookup('localhost', { family: 'x' }, common.mustNotCall()), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.family' must be one of: 0, 4, 6. Received 'x'",
});
assert.throws(() => dns.lookup('localhost', { all: 1 }, common.mustNotCall()), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.all" property must be of type boolean. Received type number (1)',
});
assert.throws(() => dns.lookup('localhost', { hints: -1 >>> 0 }, common.mustNotCall()), {
  code: 'ERR_INVALID_ARG_VALUE',
});
assert.throws(() => dns.lookup('localhost', {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received undefined',
});
assert.throws(() => dns.lookup('localhost', 'x', common.mustNotCall()), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object or integer. ' +
           "Received type string ('x')",
});

assert.strictEqual(dns.getDefaultResultOrder(), 'verbatim');
assert.throws(() => dns.setDefaultResultOrder('x'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.strictEqual(dns.NOTFOUND, 'ENOTFOUND');
assert.strictEqual(typeof dns.ADDRCONFIG, 'number');
assert.strictEqual(typeof dns.V4MAPPED, 'number');
assert.strictEqual(typeof dns.ALL, 'number');
