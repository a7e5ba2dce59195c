'use strict';

// The public `tls` module: TLS over TCP on OpenSSL (the sockets and servers are in
// _tls_wrap.js, contexts in _tls_common.js), plus server-identity checks.

const net = require('net');
const { Buffer } = require('buffer');
const {
  codes: { ERR_TLS_CERT_ALTNAME_INVALID, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { SecureContext, createSecureContext } = require('_tls_common');
const { TLSSocket, Server, createServer, connect } = require('_tls_wrap');

const kDefaultCiphers =
  'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:' +
  'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:' +
  'ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:' +
  'DHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:' +
  'ECDHE-RSA-AES256-SHA256:DHE-RSA-AES256-SHA256:HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:' +
  '!MD5:!PSK:!SRP:!CAMELLIA';

let ciphers;
function getCiphers() {
  if (ciphers === undefined) {
    // OpenSSL's names of every cipher it can negotiate, lower-case, sorted.
    const names = internalBinding('tls_wrap').getSSLCiphers();
    ciphers = [...new Set(names.map((n) => n.toLowerCase()))].sort();
  }
  return ciphers.slice();
}

let rootCertificates;
function getRootCertificates() {
  if (rootCertificates === undefined) {
    // The system store (ca-certificates), as PEM texts.
    const fs = require('fs');
    let text = '';
    try {
      text = fs.readFileSync('/etc/ssl/certs/ca-certificates.crt', 'latin1');
    } catch {
      // No store: no roots.
    }
    const re = /-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----/g;
    rootCertificates = Object.freeze(text.match(re) ?? []);
  }
  return rootCertificates;
}

// ['h2', 'http/1.1'] -> the wire format <len>h2<len>http/1.1, on out.ALPNProtocols.
function convertProtocols(protocols) {
  const lens = new Array(protocols.length);
  const total = protocols.reduce((sum, p, i) => {
    const len = Buffer.byteLength(p);
    if (len > 255) {
      throw new ERR_OUT_OF_RANGE('The byte length of the protocol at index ' +
                                 `${i} exceeds the maximum length.`, '<= 255', len, true);
    }
    lens[i] = len;
    return sum + 1 + len;
  }, 0);
  const buf = Buffer.allocUnsafe(total);
  let offset = 0;
  for (let i = 0; i < protocols.length; i++) {
    buf[offset++] = lens[i];
    offset += buf.write(protocols[i], offset);
  }
  return buf;
}

function convertALPNProtocols(protocols, out) {
  if (Array.isArray(protocols)) {
    out.ALPNProtocols = convertProtocols(protocols);
  } else if (ArrayBuffer.isView(protocols)) {
    out.ALPNProtocols = Buffer.from(protocols.buffer.slice(
      protocols.byteOffset, protocols.byteOffset + protocols.byteLength));
  }
}

function unfqdn(host) {
  return host.endsWith('.') ? host.slice(0, -1) : host;
}

// "Foo.Example.COM." -> ['foo', 'example', 'com']
function splitHost(host) {
  return unfqdn(host).toLowerCase().split('.');
}

// RFC 6125: does `pattern` (a DNS name from the certificate) match the host?
// A wildcard may only be the whole first label, or a prefix/suffix around one '*'
// in it, never in an IDNA label, and never one level below a public suffix.
function check(hostParts, pattern, wildcards) {
  if (!pattern) return false;
  const patternParts = splitHost(pattern);
  if (hostParts.length !== patternParts.length) return false;
  if (patternParts.includes('')) return false;
  // Only printable ASCII in patterns.
  if (patternParts.some((part) => /[^\u0021-\u007F]/u.test(part))) return false;
  for (let i = hostParts.length - 1; i > 0; i--) {
    if (hostParts[i] !== patternParts[i]) return false;
  }
  const hostLabel = hostParts[0];
  const patternLabel = patternParts[0];
  const pieces = patternLabel.split('*');
  if (pieces.length === 1 || patternLabel.includes('xn--')) return hostLabel === patternLabel;
  if (!wildcards) return false;
  if (pieces.length > 2) return false;
  if (patternParts.length <= 2) return false;
  const [prefix, suffix] = pieces;
  if (prefix.length + suffix.length > hostLabel.length) return false;
  return hostLabel.startsWith(prefix) && hostLabel.endsWith(suffix);
}

// Canonical text of an IP address, for comparing IPv6 spellings.
function canonicalizeIP(ip) {
  if (!net.isIPv6(ip)) return ip;
  const { SocketAddress } = net;
  try {
    return new SocketAddress({ address: ip, family: 'ipv6' }).address;
  } catch {
    return ip;
  }
}

function checkServerIdentity(hostname, cert) {
  const subject = cert.subject;
  const altNames = cert.subjectaltname;
  const dnsNames = [];
  const ips = [];
  hostname = '' + hostname;

  if (altNames) {
    for (const name of altNames.split(', ')) {
      if (name.startsWith('DNS:')) {
        dnsNames.push(name.slice(4));
      } else if (name.startsWith('IP Address:')) {
        ips.push(canonicalizeIP(name.slice(11)));
      }
    }
  }

  let valid = false;
  let reason = 'Unknown reason';
  hostname = unfqdn(hostname);

  if (net.isIP(hostname)) {
    valid = ips.includes(canonicalizeIP(hostname));
    if (!valid) reason = `IP: ${hostname} is not in the cert's list: ${ips.join(', ')}`;
  } else if (dnsNames.length > 0 || subject?.CN) {
    const hostParts = splitHost(hostname);
    const wildcard = (pattern) => check(hostParts, pattern, true);
    if (dnsNames.length > 0) {
      valid = dnsNames.some(wildcard);
      if (!valid) reason = `Host: ${hostname}. is not in the cert's altnames: ${altNames}`;
    } else {
      const cn = subject.CN;
      if (Array.isArray(cn)) valid = cn.some(wildcard);
      else if (cn) valid = wildcard(cn);
      if (!valid) reason = `Host: ${hostname}. is not cert's CN: ${cn}`;
    }
  } else {
    reason = 'Cert does not contain a DNS name';
  }

  if (!valid) return new ERR_TLS_CERT_ALTNAME_INVALID(reason, hostname, cert);
}

function createSecurePair() {
  throw new Error('tls.createSecurePair() is not supported by rt');
}

module.exports = {
  CLIENT_RENEG_LIMIT: 3,
  CLIENT_RENEG_WINDOW: 600,
  DEFAULT_CIPHERS: kDefaultCiphers,
  DEFAULT_ECDH_CURVE: 'auto',
  DEFAULT_MIN_VERSION: 'TLSv1.2',
  DEFAULT_MAX_VERSION: 'TLSv1.3',
  getCiphers,
  convertALPNProtocols,
  checkServerIdentity,
  createSecureContext,
  SecureContext,
  TLSSocket,
  Server,
  createServer,
  connect,
  createSecurePair,
};

Object.defineProperty(module.exports, 'rootCertificates', {
  __proto__: null,
  configurable: false,
  enumerable: true,
  get: getRootCertificates,
});
