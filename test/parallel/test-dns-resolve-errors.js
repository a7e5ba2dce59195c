'use strict';
// resolve*() failures: Node's DNS error codes as `<syscall> <CODE> <hostname>` errors
// (code, syscall, hostname; errno undefined), and the argument checks.
const common = require('../common');
const assert = require('node:assert');
const dns = require('node:dns');
const net = require('node:net');
const { startResponder } = require('../fixtures/dns-responder');

function expectDnsError(code, syscall, hostname) {
  return common.mustCall((err, result) => {
    assert.ok(err instanceof Error);
    assert.strictEqual(err.message, `${syscall} ${code}${hostname ? ` ${hostname}` : ''}`);
    assert.strictEqual(err.code, code);
    assert.strictEqual(err.syscall, syscall);
    assert.strictEqual(err.hostname, hostname || undefined);
    assert.strictEqual(err.errno, undefined);
    assert.deepStrictEqual(Object.keys(err), hostname ?
      ['errno', 'code', 'syscall', 'hostname'] : ['errno', 'code', 'syscall']);
    assert.strictEqual(result, undefined);
  });
}

// Argument checks throw before any query is sent.
const idle = new dns.Resolver();
assert.throws(() => idle.resolve4(5, common.mustNotCall()), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "name" argument must be of type string. Received type number (5)',
});
assert.throws(() => idle.resolve4('example.test'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received undefined',
});
assert.throws(() => idle.resolve4('example.test', { ttl: true }, 'x'), {
  code: 'ERR_INVALID_ARG_TYPE',
});
assert.throws(() => idle.resolve('example.test', 'BOGUS', common.mustNotCall()), {
  code: 'ERR_INVALID_ARG_VALUE',
  name: 'TypeError',
  message: "The argument 'rrtype' is invalid. Received 'BOGUS'",
});
assert.throws(() => idle.resolve('example.test', 5, common.mustNotCall()), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "rrtype" argument must be of type string. Received type number (5)',
});
// reverse() of something that is not an IP address fails at once.
assert.throws(() => idle.reverse('bogus', common.mustNotCall()), {
  name: 'Error',
  message: 'getHostByAddr EINVAL bogus',
  code: 'EINVAL',
  errno: -22,
  syscall: 'getHostByAddr',
  hostname: 'bogus',
});

startResponder().then(common.mustCall((responder) => {
  const resolver = new dns.Resolver({ timeout: 100, tries: 1 });
  resolver.setServers([responder.server]);
  let pending = 14;
  const wrap = (check) => common.mustCall((err, result) => {
    check(err, result);
    if (--pending === 0) responder.close();
  });

  resolver.resolve4('nx.test', wrap(expectDnsError('ENOTFOUND', 'queryA', 'nx.test')));
  resolver.resolveAny('nx.test', wrap(expectDnsError('ENOTFOUND', 'queryAny', 'nx.test')));
  resolver.resolve4('nodata.test', wrap(expectDnsError('ENODATA', 'queryA', 'nodata.test')));
  resolver.resolveTxt('nodata.test', wrap(expectDnsError('ENODATA', 'queryTxt', 'nodata.test')));
  resolver.resolveCname('example.test',
                        wrap(expectDnsError('ENODATA', 'queryCname', 'example.test')));
  resolver.resolveMx('servfail.test',
                     wrap(expectDnsError('ESERVFAIL', 'queryMx', 'servfail.test')));
  resolver.resolveNs('refused.test', wrap(expectDnsError('EREFUSED', 'queryNs', 'refused.test')));
  resolver.resolveSrv('notimp.test', wrap(expectDnsError('ENOTIMP', 'querySrv', 'notimp.test')));
  resolver.resolve6('timeout.test',
                    wrap(expectDnsError('ETIMEOUT', 'queryAaaa', 'timeout.test')));
  resolver.reverse('192.0.2.9', wrap(expectDnsError('ENOTFOUND', 'getHostByAddr', '192.0.2.9')));
  resolver.resolve4('', wrap(expectDnsError('ENOTFOUND', 'queryA', '')));
  const longLabel = `${'a'.repeat(64)}.test`;
  resolver.resolve4(longLabel, wrap(expectDnsError('EBADNAME', 'queryA', longLabel)));

  // Callbacks never run synchronously, even for a query that failed at once.
  let returned = false;
  resolver.resolveSoa(longLabel, wrap((err) => {
    assert.strictEqual(err.code, 'EBADNAME');
    assert.strictEqual(returned, true);
  }));
  returned = true;

  // A server that is not there: ECONNREFUSED.
  const server = net.createServer().listen(0, '127.0.0.1', common.mustCall(() => {
    const { port } = server.address();
    server.close(common.mustCall(() => {
      const nobody = new dns.Resolver({ timeout: 1000, tries: 1 });
      nobody.setServers([`127.0.0.1:${port}`]);
      nobody.resolve4('example.test',
                      wrap(expectDnsError('ECONNREFUSED', 'queryA', 'example.test')));
    }));
  }));
}));
