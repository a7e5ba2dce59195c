'use strict';
// The module-level dns.resolve*() and dns.promises.resolve*() use one default
// resolver, which dns.setServers() (or dns.promises.setServers()) replaces.
const common = require('../common');
const assert = require('node:assert');
const dns = require('node:dns');
const { startResponder } = require('../fixtures/dns-responder');

const methods = [
  'getServers', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa',
  'resolveCname', 'resolveMx', 'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa',
  'resolveSrv', 'resolveTxt', 'reverse',
];
const codes = [
  'NODATA', 'FORMERR', 'SERVFAIL', 'NOTFOUND', 'NOTIMP', 'REFUSED', 'BADQUERY', 'BADNAME',
  'BADFAMILY', 'BADRESP', 'CONNREFUSED', 'TIMEOUT', 'EOF', 'FILE', 'NOMEM', 'DESTRUCTION',
  'BADSTR', 'BADFLAGS', 'NONAME', 'BADHINTS', 'NOTINITIALIZED', 'LOADIPHLPAPI',
  'ADDRGETNETWORKPARAMS', 'CANCELLED',
];
assert.deepStrictEqual(Object.keys(dns), [
  'lookup', 'lookupService', 'Resolver', 'getDefaultResultOrder', 'setDefaultResultOrder',
  'setServers', 'ADDRCONFIG', 'ALL', 'V4MAPPED', ...codes, ...methods, 'promises',
]);
assert.deepStrictEqual(Object.keys(dns.promises), [
  'lookup', 'lookupService', 'Resolver', 'getDefaultResultOrder', 'setDefaultResultOrder',
  'setServers', ...codes, ...methods,
]);
assert.strictEqual(dns.CANCELLED, 'ECANCELLED');
assert.strictEqual(dns.promises.TIMEOUT, 'ETIMEOUT');
assert.strictEqual(dns.resolve4.name, 'bound queryA');
assert.strictEqual(dns.reverse.name, 'bound getHostByAddr');
assert.strictEqual(dns.promises.resolveMx.name, 'bound queryMx');
assert.strictEqual(dns.getServers.name, 'bound getServers');
assert.strictEqual(dns.Resolver.prototype.resolveSrv.name, 'querySrv');
assert.deepStrictEqual(Object.getOwnPropertyNames(Object.getPrototypeOf(dns.Resolver.prototype)),
                       ['constructor', 'cancel', 'getServers', 'setServers', 'setLocalAddress']);
assert.strictEqual(Object.getPrototypeOf(dns.Resolver.prototype),
                   Object.getPrototypeOf(dns.promises.Resolver.prototype));

// The result order of lookup().
assert.strictEqual(dns.getDefaultResultOrder(), 'verbatim');
dns.setDefaultResultOrder('ipv4first');
assert.strictEqual(dns.getDefaultResultOrder(), 'ipv4first');
assert.strictEqual(dns.promises.getDefaultResultOrder(), 'ipv4first');
dns.promises.setDefaultResultOrder('verbatim');
assert.strictEqual(dns.getDefaultResultOrder(), 'verbatim');
assert.throws(() => dns.setDefaultResultOrder('x'), { code: 'ERR_INVALID_ARG_VALUE' });

assert.throws(() => dns.setServers(['bogus']), { code: 'ERR_INVALID_IP_ADDRESS' });

startResponder().then(common.mustCall(async (responder) => {
  dns.setServers([responder.server]);
  assert.deepStrictEqual(dns.getServers(), [responder.server]);
  assert.deepStrictEqual(dns.promises.getServers(), [responder.server]);

  assert.deepStrictEqual(await dns.promises.resolve4('example.test'), ['192.0.2.1', '192.0.2.2']);
  assert.deepStrictEqual(await dns.promises.resolve('example.test', 'NS'),
                         ['ns1.example.test', 'ns2.example.test']);
  await assert.rejects(dns.promises.resolveTxt('nx.test'), { code: 'ENOTFOUND' });

  // dns.promises.setServers() changes the resolver of dns.promises only.
  dns.promises.setServers(['192.0.2.1', responder.server]);
  assert.deepStrictEqual(dns.promises.getServers(), ['192.0.2.1', responder.server]);
  assert.deepStrictEqual(dns.getServers(), [responder.server]);
  // dns.setServers() changes both.
  dns.setServers([responder.server]);
  assert.deepStrictEqual(dns.promises.getServers(), [responder.server]);

  dns.resolveMx('example.test', common.mustCall((err, records) => {
    assert.ifError(err);
    assert.deepStrictEqual(records, [
      { exchange: 'mail.example.test', priority: 10 },
      { exchange: 'mail2.example.test', priority: 20 },
    ]);
    dns.resolve('_sip._tcp.example.test', 'SRV', common.mustCall((err, records) => {
      assert.ifError(err);
      assert.deepStrictEqual(records.map((r) => r.name), ['sip.example.test', 'sip2.example.test']);
      dns.reverse('192.0.2.1', common.mustCall((err, names) => {
        assert.ifError(err);
        assert.deepStrictEqual(names, ['example.test', 'www.example.test']);
        responder.close();
      }));
    }));
  }));
}));
