'use strict';
// tls.checkServerIdentity: DNS names, wildcards (RFC 6125), IP addresses and the CN
// fallback, with ERR_TLS_CERT_ALTNAME_INVALID and its reason/host/cert.
require('../common');
const assert = require('node:assert');
const tls = require('node:tls');

function check(host, cert) {
  return tls.checkServerIdentity(host, cert);
}

// Matches return undefined.
assert.strictEqual(check('a.com', { subjectaltname: 'DNS:a.com' }), undefined);
assert.strictEqual(check('A.COM.', { subjectaltname: 'DNS:a.com' }), undefined);
assert.strictEqual(check('b.a.com', { subjectaltname: 'DNS:*.a.com' }), undefined);
assert.strictEqual(check('bar.a.com', { subjectaltname: 'DNS:b*r.a.com' }), undefined);
assert.strictEqual(check('127.0.0.1', { subjectaltname: 'IP Address:127.0.0.1' }), undefined);
assert.strictEqual(check('::1', { subjectaltname: 'IP Address:0:0:0:0:0:0:0:1' }), undefined);
assert.strictEqual(check('a.com', { subject: { CN: 'a.com' } }), undefined);
assert.strictEqual(check('b.a.com', { subject: { CN: ['x.com', '*.a.com'] } }), undefined);

function expectMismatch(host, cert, reason) {
  const err = check(host, cert);
  assert.ok(err instanceof Error);
  assert.strictEqual(err.code, 'ERR_TLS_CERT_ALTNAME_INVALID');
  assert.strictEqual(err.name, 'Error');
  assert.strictEqual(err.message, `Hostname/IP does not match certificate's altnames: ${reason}`);
  assert.strictEqual(err.reason, reason);
  assert.strictEqual(err.host, host.replace(/\.$/, ''));
  assert.strictEqual(err.cert, cert);
}

expectMismatch('b.com', { subjectaltname: 'DNS:a.com' },
               "Host: b.com. is not in the cert's altnames: DNS:a.com");
// A wildcard covers exactly one label, never a bare public suffix.
expectMismatch('c.b.a.com', { subjectaltname: 'DNS:*.a.com' },
               "Host: c.b.a.com. is not in the cert's altnames: DNS:*.a.com");
expectMismatch('a.com', { subjectaltname: 'DNS:*.com' },
               "Host: a.com. is not in the cert's altnames: DNS:*.com");
expectMismatch('xn--a.a.com', { subjectaltname: 'DNS:xn--*.a.com' },
               "Host: xn--a.a.com. is not in the cert's altnames: DNS:xn--*.a.com");
// With altnames present, the CN is not consulted.
expectMismatch('a.com', { subject: { CN: 'a.com' }, subjectaltname: 'DNS:b.com' },
               "Host: a.com. is not in the cert's altnames: DNS:b.com");
expectMismatch('10.0.0.1', { subjectaltname: 'IP Address:127.0.0.1, DNS:10.0.0.1' },
               "IP: 10.0.0.1 is not in the cert's list: 127.0.0.1");
expectMismatch('a.com', { subject: { CN: 'b.com' } }, "Host: a.com. is not cert's CN: b.com");
expectMismatch('a.com', { subject: {} }, 'Cert does not contain a DNS name');
expectMismatch('a.com', {}, 'Cert does not contain a DNS name');
