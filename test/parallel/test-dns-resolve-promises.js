'use strict';
// dns.promises: Resolver's resolve*() resolve with the same records as the callback
// API and reject with the same errors; argument errors reject or throw like Node's.
const common = require('../common');
const assert = require('node:assert');
const dnsPromises = require('node:dns/promises');
const { startResponder } = require('../fixtures/dns-responder');

assert.strictEqual(require('node:dns').promises, dnsPromises);

startResponder().then(common.mustCall(async (responder) => {
  const resolver = new dnsPromises.Resolver({ timeout: 100, tries: 1 });
  resolver.setServers([responder.server]);
  try {
    assert.deepStrictEqual(await resolver.resolve4('example.test'), ['192.0.2.1', '192.0.2.2']);
    assert.deepStrictEqual(await resolver.resolve4('example.test', { ttl: true }),
                           [{ address: '192.0.2.1', ttl: 300 }, { address: '192.0.2.2', ttl: 600 }]);
    assert.deepStrictEqual(await resolver.resolve6('example.test', { ttl: true }), [
      { address: '2001:db8::1', ttl: 900 },
      { address: '2001:db8::2:0:0:3', ttl: 1200 },
    ]);
    assert.deepStrictEqual(await resolver.resolveMx('example.test'), [
      { exchange: 'mail.example.test', priority: 10 },
      { exchange: 'mail2.example.test', priority: 20 },
    ]);
    assert.deepStrictEqual(await resolver.resolveTxt('example.test'),
                           [['v=spf1 -all'], ['part one', 'part two']]);
    assert.deepStrictEqual(await resolver.resolveNs('example.test'),
                           ['ns1.example.test', 'ns2.example.test']);
    assert.deepStrictEqual(await resolver.resolveCname('alias.example.test'), ['example.test']);
    assert.deepStrictEqual(await resolver.resolvePtr('1.2.0.192.in-addr.arpa'),
                           ['example.test', 'www.example.test']);
    assert.deepStrictEqual(await resolver.reverse('192.0.2.1'),
                           ['example.test', 'www.example.test']);
    assert.deepStrictEqual((await resolver.resolveSoa('example.test')).hostmaster,
                           'hostmaster.example.test');
    assert.deepStrictEqual(await resolver.resolveSrv('_sip._tcp.example.test'), [
      { name: 'sip.example.test', port: 5060, priority: 10, weight: 60 },
      { name: 'sip2.example.test', port: 5061, priority: 20, weight: 0 },
    ]);
    assert.deepStrictEqual(await resolver.resolveCaa('example.test'), [
      { critical: 0, issue: 'ca.example.net' },
      { critical: 128, iodef: 'mailto:security@example.test' },
    ]);
    assert.deepStrictEqual((await resolver.resolveNaptr('example.test')).map((r) => r.flags),
                           ['s', 'u']);
    assert.deepStrictEqual(await resolver.resolve('example.test'), ['192.0.2.1', '192.0.2.2']);
    assert.deepStrictEqual(await resolver.resolve('example.test', 'NS'),
                           ['ns1.example.test', 'ns2.example.test']);

    await assert.rejects(resolver.resolve4('nx.test'), {
      name: 'Error',
      message: 'queryA ENOTFOUND nx.test',
      code: 'ENOTFOUND',
      errno: undefined,
      syscall: 'queryA',
      hostname: 'nx.test',
    });
    await assert.rejects(resolver.resolveTxt('servfail.test'),
                         { message: 'queryTxt ESERVFAIL servfail.test', code: 'ESERVFAIL' });
    await assert.rejects(resolver.resolve('timeout.test', 'CAA'),
                         { message: 'queryCaa ETIMEOUT timeout.test', code: 'ETIMEOUT' });
    await assert.rejects(resolver.resolveNaptr('nodata.test'),
                         { message: 'queryNaptr ENODATA nodata.test', code: 'ENODATA' });
    // Not an IP address: a rejection here, where the callback API throws.
    await assert.rejects(resolver.reverse('bogus'), {
      message: 'getHostByAddr EINVAL bogus', code: 'EINVAL', errno: -22,
    });

    assert.throws(() => resolver.resolve4(5), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "name" argument must be of type string. Received type number (5)',
    });
    assert.throws(() => resolver.resolve('example.test', 5), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "rrtype" argument must be of type string. Received type number (5)',
    });
    assert.throws(() => resolver.resolve('example.test', 'B'), {
      code: 'ERR_INVALID_ARG_VALUE',
      message: "The argument 'rrtype' is invalid. Received 'B'",
    });
  } finally {
    responder.close();
  }
}));
