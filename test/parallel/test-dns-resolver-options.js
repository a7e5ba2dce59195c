'use strict';
// new Resolver({ timeout, tries }) checks, setLocalAddress() (checked, and the source
// address of the queries), and cancel() (pending queries fail with ECANCELLED).
const common = require('../common');
const assert = require('node:assert');
const dns = require('node:dns');
const { startResponder } = require('../fixtures/dns-responder');

for (const Resolver of [dns.Resolver, dns.promises.Resolver]) {
  assert.strictEqual(typeof new Resolver()._handle, 'object');
  new Resolver({});
  new Resolver({ timeout: -1, tries: 1 });
  new Resolver({ timeout: 0 });
  new Resolver(5);
  assert.throws(() => new Resolver({ timeout: 'x' }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.timeout" property must be of type number. Received type string (\'x\')',
  });
  assert.throws(() => new Resolver({ timeout: -2 }), {
    code: 'ERR_OUT_OF_RANGE',
    name: 'RangeError',
    message: 'The value of "options.timeout" is out of range. ' +
             'It must be >= -1 && <= 2147483647. Received -2',
  });
  assert.throws(() => new Resolver({ tries: 0 }), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "options.tries" is out of range. ' +
             'It must be >= 1 && <= 2147483647. Received 0',
  });
  assert.throws(() => new Resolver({ tries: 1.5 }), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "options.tries" is out of range. It must be an integer. Received 1.5',
  });

  const resolver = new Resolver();
  resolver.setLocalAddress('127.0.0.1');
  resolver.setLocalAddress('::1');
  resolver.setLocalAddress('127.0.0.1', '::1');
  resolver.setLocalAddress('::1', '127.0.0.1');
  const invalid = (message) => ({ name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE', message });
  assert.throws(() => resolver.setLocalAddress('bogus'), invalid('Invalid IP address.'));
  assert.throws(() => resolver.setLocalAddress('127.0.0.1', 'bogus'),
                invalid('Invalid IP address.'));
  assert.throws(() => resolver.setLocalAddress('127.0.0.1', '127.0.0.2'),
                invalid('Cannot specify two IPv4 addresses.'));
  assert.throws(() => resolver.setLocalAddress('::1', '::2'),
                invalid('Cannot specify two IPv6 addresses.'));
  assert.throws(() => resolver.setLocalAddress(), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "ipv4" argument must be of type string. Received undefined',
  });
  assert.throws(() => resolver.setLocalAddress('127.0.0.1', 5), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "ipv6" argument must be of type string. Received type number (5)',
  });
  resolver.cancel();  // Nothing pending: nothing happens.
}

startResponder().then(common.mustCall(async (responder) => {
  // whoami.test answers with the address the query came from.
  const local = new dns.promises.Resolver();
  local.setServers([responder.server]);
  assert.deepStrictEqual(await local.resolve4('whoami.test'), ['127.0.0.1']);
  local.setLocalAddress('127.0.0.2');
  assert.deepStrictEqual(await local.resolve4('whoami.test'), ['127.0.0.2']);
  local.setLocalAddress('127.0.0.3', '::1');
  assert.deepStrictEqual(await local.resolve4('whoami.test'), ['127.0.0.3']);

  // cancel(): every pending query of that resolver, and only those, fail.
  const resolver = new dns.Resolver();
  const other = new dns.Resolver();
  resolver.setServers([responder.server]);
  other.setServers([responder.server]);
  let cancelled = 0;
  resolver.resolve4('timeout.test', common.mustCall((err, result) => {
    assert.strictEqual(err.message, 'queryA ECANCELLED timeout.test');
    assert.strictEqual(err.code, 'ECANCELLED');
    assert.strictEqual(err.syscall, 'queryA');
    assert.strictEqual(result, undefined);
    cancelled++;
  }));
  resolver.resolveTxt('timeout.test', common.mustCall((err) => {
    assert.strictEqual(err.message, 'queryTxt ECANCELLED timeout.test');
    cancelled++;
  }));
  const promiseResolver = new dns.promises.Resolver();
  promiseResolver.setServers([responder.server]);
  const rejected = assert.rejects(promiseResolver.resolveMx('timeout.test'), {
    message: 'queryMx ECANCELLED timeout.test', code: 'ECANCELLED',
  });
  other.resolve4('example.test', common.mustCall((err, addresses) => {
    assert.ifError(err);
    assert.deepStrictEqual(addresses, ['192.0.2.1', '192.0.2.2']);
    assert.strictEqual(cancelled, 2);
    promiseResolver.cancel();
    rejected.then(common.mustCall(() => responder.close()));
  }));
  resolver.cancel();
  // The callbacks of cancelled queries run later, not inside cancel().
  assert.strictEqual(cancelled, 0);
}));
