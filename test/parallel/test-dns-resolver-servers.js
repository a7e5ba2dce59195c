'use strict';
// Resolver#getServers()/setServers(): address forms with ports and [IPv6]:port,
// the errors, and setServers() refused while queries are pending.
const common = require('../common');
const assert = require('node:assert');
const dns = require('node:dns');
const { startResponder } = require('../fixtures/dns-responder');

for (const Resolver of [dns.Resolver, dns.promises.Resolver]) {
  const resolver = new Resolver();
  resolver.setServers([
    '192.0.2.53', '192.0.2.54:53', '192.0.2.55:5353',
    '2001:db8::53', '[2001:db8::54]', '[2001:db8::55]:53', '[2001:db8::56]:5353',
  ]);
  assert.deepStrictEqual(resolver.getServers(), [
    '192.0.2.53', '192.0.2.54', '192.0.2.55:5353',
    '2001:db8::53', '2001:db8::54', '2001:db8::55', '[2001:db8::56]:5353',
  ]);
  // Addresses come back in their canonical text.
  resolver.setServers(['2001:DB8:0:0::1', '[0:0::1]:1053']);
  assert.deepStrictEqual(resolver.getServers(), ['2001:db8::1', '[::1]:1053']);

  resolver.setServers([]);
  assert.deepStrictEqual(resolver.getServers(), []);

  resolver.setServers(['192.0.2.1']);
  for (const bad of ['bogus', '192.0.2.1:', '[::1', '[bogus]:53', 'example.test:53', '']) {
    assert.throws(() => resolver.setServers([bad]), {
      code: 'ERR_INVALID_IP_ADDRESS',
      name: 'TypeError',
      message: `Invalid IP address: ${bad}`,
    });
  }
  assert.throws(() => resolver.setServers(['192.0.2.2', 1]), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "servers[1]" argument must be of type string. Received type number (1)',
  });
  assert.throws(() => resolver.setServers('192.0.2.2'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "servers" argument must be an instance of Array. ' +
             "Received type string ('192.0.2.2')",
  });
  // A failed setServers() leaves the list as it was.
  assert.deepStrictEqual(resolver.getServers(), ['192.0.2.1']);
}

startResponder().then(common.mustCall((responder) => {
  const resolver = new dns.Resolver({ timeout: 100, tries: 1 });
  resolver.setServers([responder.server]);
  assert.deepStrictEqual(resolver.getServers(), [responder.server]);
  resolver.resolve4('timeout.test', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ETIMEOUT');
    // Once the query is over, the servers can change again.
    resolver.setServers(['192.0.2.1']);
    assert.deepStrictEqual(resolver.getServers(), ['192.0.2.1']);
    responder.close();
  }));
  assert.throws(() => resolver.setServers(['192.0.2.1']), {
    code: 'ERR_DNS_SET_SERVERS_FAILED',
    name: 'Error',
    message: 'c-ares failed to set servers: "There are pending queries." ' +
             "[[ '192.0.2.1' ]]",
  });
  assert.deepStrictEqual(resolver.getServers(), [responder.server]);
}));
