'use strict';
// resolveAny(): every record of the answer as an object tagged with its `type`, in
// Node's order (A, AAAA, MX, NS, TXT, SRV, PTR, NAPTR, SOA, CAA); a CNAME answer
// gives { value, type: 'CNAME' }.
const common = require('../common');
const assert = require('node:assert');
const dns = require('node:dns');
const { startResponder } = require('../fixtures/dns-responder');

startResponder().then(common.mustCall(async (responder) => {
  const resolver = new dns.promises.Resolver();
  resolver.setServers([responder.server]);

  assert.deepStrictEqual(await resolver.resolveAny('example.test'), [
    { address: '192.0.2.1', ttl: 300, type: 'A' },
    { address: '192.0.2.2', ttl: 600, type: 'A' },
    { address: '2001:db8::1', ttl: 900, type: 'AAAA' },
    { address: '2001:db8::2:0:0:3', ttl: 1200, type: 'AAAA' },
    { exchange: 'mail.example.test', priority: 10, type: 'MX' },
    { exchange: 'mail2.example.test', priority: 20, type: 'MX' },
    { value: 'ns1.example.test', type: 'NS' },
    { value: 'ns2.example.test', type: 'NS' },
    { entries: ['v=spf1 -all'], type: 'TXT' },
    { entries: ['part one', 'part two'], type: 'TXT' },
    { flags: 's', service: 'SIP+D2U', regexp: '', replacement: '_sip._udp.example.test',
      order: 100, preference: 10, type: 'NAPTR' },
    { flags: 'u', service: 'E2U+sip', regexp: '!^.*$!sip:info@example.test!',
      replacement: '', order: 100, preference: 20, type: 'NAPTR' },
    { nsname: 'ns1.example.test', hostmaster: 'hostmaster.example.test', serial: 2024010101,
      refresh: 3600, retry: 600, expire: 86400, minttl: 60, type: 'SOA' },
    { critical: 0, issue: 'ca.example.net', type: 'CAA' },
    { critical: 128, iodef: 'mailto:security@example.test', type: 'CAA' },
  ]);

  // Answers without an SOA record.
  assert.deepStrictEqual(await resolver.resolveAny('_sip._tcp.example.test'), [
    { name: 'sip.example.test', port: 5060, priority: 10, weight: 60, type: 'SRV' },
    { name: 'sip2.example.test', port: 5061, priority: 20, weight: 0, type: 'SRV' },
  ]);
  assert.deepStrictEqual(await resolver.resolveAny('1.2.0.192.in-addr.arpa'), [
    { value: 'example.test', type: 'PTR' },
    { value: 'www.example.test', type: 'PTR' },
  ]);
  assert.deepStrictEqual(await resolver.resolveAny('alias.example.test'), [
    { value: 'example.test', type: 'CNAME' },
  ]);
  assert.deepStrictEqual(await resolver.resolve('example.test', 'ANY'),
                         await resolver.resolveAny('example.test'));

  // The callback API gives the same.
  const callbackResolver = new dns.Resolver();
  callbackResolver.setServers([responder.server]);
  callbackResolver.resolveAny('_sip._tcp.example.test', common.mustCall((err, records) => {
    assert.ifError(err);
    assert.deepStrictEqual(records.map((r) => r.type), ['SRV', 'SRV']);
    responder.close();
  }));
}));
