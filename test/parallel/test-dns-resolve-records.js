'use strict';
// dns.Resolver's resolve*() (callback API) against a local DNS server: the shape and
// values of every record type, with and without { ttl: true }.
const common = require('../common');
const assert = require('node:assert');
const dns = require('node:dns');
const { startResponder } = require('../fixtures/dns-responder');

startResponder().then(common.mustCall((responder) => {
  const resolver = new dns.Resolver();
  resolver.setServers([responder.server]);

  const expected = [
    ['resolve4', 'example.test', undefined, ['192.0.2.1', '192.0.2.2']],
    ['resolve4', 'example.test', { ttl: true },
     [{ address: '192.0.2.1', ttl: 300 }, { address: '192.0.2.2', ttl: 600 }]],
    ['resolve4', 'example.test', { ttl: false }, ['192.0.2.1', '192.0.2.2']],
    ['resolve6', 'example.test', undefined, ['2001:db8::1', '2001:db8::2:0:0:3']],
    ['resolve6', 'example.test', { ttl: true },
     [{ address: '2001:db8::1', ttl: 900 }, { address: '2001:db8::2:0:0:3', ttl: 1200 }]],
    ['resolveMx', 'example.test', undefined, [
      { exchange: 'mail.example.test', priority: 10 },
      { exchange: 'mail2.example.test', priority: 20 },
    ]],
    ['resolveNs', 'example.test', undefined, ['ns1.example.test', 'ns2.example.test']],
    ['resolveTxt', 'example.test', undefined, [['v=spf1 -all'], ['part one', 'part two']]],
    ['resolveSoa', 'example.test', undefined, {
      nsname: 'ns1.example.test',
      hostmaster: 'hostmaster.example.test',
      serial: 2024010101,
      refresh: 3600,
      retry: 600,
      expire: 86400,
      minttl: 60,
    }],
    ['resolveCaa', 'example.test', undefined, [
      { critical: 0, issue: 'ca.example.net' },
      { critical: 128, iodef: 'mailto:security@example.test' },
    ]],
    ['resolveNaptr', 'example.test', undefined, [
      { flags: 's', service: 'SIP+D2U', regexp: '', replacement: '_sip._udp.example.test',
        order: 100, preference: 10 },
      { flags: 'u', service: 'E2U+sip', regexp: '!^.*$!sip:info@example.test!',
        replacement: '', order: 100, preference: 20 },
    ]],
    ['resolveSrv', '_sip._tcp.example.test', undefined, [
      { name: 'sip.example.test', port: 5060, priority: 10, weight: 60 },
      { name: 'sip2.example.test', port: 5061, priority: 20, weight: 0 },
    ]],
    ['resolveCname', 'alias.example.test', undefined, ['example.test']],
    // A CNAME is followed: the addresses are the target's.
    ['resolve4', 'alias.example.test', undefined, ['192.0.2.1', '192.0.2.2']],
    ['resolveMx', 'alias.example.test', undefined, [
      { exchange: 'mail.example.test', priority: 10 },
      { exchange: 'mail2.example.test', priority: 20 },
    ]],
    ['resolvePtr', '1.2.0.192.in-addr.arpa', undefined, ['example.test', 'www.example.test']],
    ['reverse', '192.0.2.1', undefined, ['example.test', 'www.example.test']],
    // Names are case-insensitive and may end in a dot.
    ['resolve4', 'EXAMPLE.test.', undefined, ['192.0.2.1', '192.0.2.2']],
  ];

  let pending = expected.length + 4;
  const done = () => { if (--pending === 0) responder.close(); };

  for (const [method, name, options, value] of expected) {
    const callback = common.mustCall((err, result) => {
      assert.ifError(err);
      assert.deepStrictEqual(result, value, `${method}(${name})`);
      done();
    });
    const req = options === undefined ? resolver[method](name, callback) :
      resolver[method](name, options, callback);
    assert.strictEqual(req.constructor.name, 'QueryReqWrap');
    assert.strictEqual(req.hostname, name);
  }

  // resolve(name[, rrtype]): A by default, else by record type name.
  resolver.resolve('example.test', common.mustCall((err, result) => {
    assert.ifError(err);
    assert.deepStrictEqual(result, ['192.0.2.1', '192.0.2.2']);
    done();
  }));
  resolver.resolve('example.test', 'AAAA', common.mustCall((err, result) => {
    assert.ifError(err);
    assert.deepStrictEqual(result, ['2001:db8::1', '2001:db8::2:0:0:3']);
    done();
  }));
  resolver.resolve('example.test', 'SOA', common.mustCall((err, result) => {
    assert.ifError(err);
    assert.strictEqual(result.serial, 2024010101);
    done();
  }));
  resolver.resolve('_sip._tcp.example.test', 'SRV', common.mustCall((err, result) => {
    assert.ifError(err);
    assert.deepStrictEqual(result.map((r) => r.port), [5060, 5061]);
    done();
  }));
}));
