'use strict';
// A name that cannot exist (the reserved .invalid TLD) fails with Node's ENOTFOUND
// error, through the callback and the promise API.
const common = require('../common');
const assert = require('node:assert');
const dns = require('node:dns');

const host = 'does-not-exist.invalid';

function checkError(err) {
  assert.ok(err instanceof Error);
  assert.strictEqual(err.code, 'ENOTFOUND');
  assert.strictEqual(err.syscall, 'getaddrinfo');
  assert.strictEqual(err.hostname, host);
  assert.strictEqual(err.message, `getaddrinfo ENOTFOUND ${host}`);
  assert.strictEqual(typeof err.errno, 'number');
}

dns.lookup(host, common.mustCall((err, address, family) => {
  checkError(err);
  assert.strictEqual(address, undefined);
  assert.strictEqual(family, undefined);
}));

dns.lookup(host, { all: true }, common.mustCall((err) => checkError(err)));

dns.promises.lookup(host).then(common.mustNotCall(), common.mustCall(checkError));
