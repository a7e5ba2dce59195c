'use strict';

// tls.SecureContext and tls.createSecureContext: options checked here, then handed to
// the native SecureContext (an SSL_CTX, src/bindings/secure_context.cc). Also the
// legacy certificate objects of getPeerCertificate().

const { Buffer } = require('buffer');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_TLS_INVALID_PROTOCOL_VERSION,
    ERR_TLS_PROTOCOL_VERSION_CONFLICT,
  },
} = require('internal/errors');
const {
  validateInt32,
  validateObject,
  validateString,
} = require('internal/validators');

const binding = internalBinding('tls_wrap');
const { SecureContext: NativeSecureContext } = binding;

const kProtocolVersions = {
  __proto__: null,
  'TLSv1': binding.TLS1_VERSION,
  'TLSv1.1': binding.TLS1_1_VERSION,
  'TLSv1.2': binding.TLS1_2_VERSION,
  'TLSv1.3': binding.TLS1_3_VERSION,
};

// secureProtocol names (OpenSSL's method names) as a [min, max] range.
const kSecureProtocols = {
  __proto__: null,
  SSLv23_method: [0, 0],
  TLS_method: [0, 0],
  TLSv1_method: ['TLSv1', 'TLSv1'],
  TLSv1_1_method: ['TLSv1.1', 'TLSv1.1'],
  TLSv1_2_method: ['TLSv1.2', 'TLSv1.2'],
  TLSv1_3_method: ['TLSv1.3', 'TLSv1.3'],
};
for (const side of ['client', 'server']) {
  for (const name of ['SSLv23', 'TLS', 'TLSv1', 'TLSv1_1', 'TLSv1_2', 'TLSv1_3']) {
    kSecureProtocols[`${name}_${side}_method`] = kSecureProtocols[`${name}_method`];
  }
}

let tls;
function lazyTls() {
  tls ??= require('tls');
  return tls;
}

function toVersion(value, which) {
  validateString(value, `options.${which === 'minimum' ? 'minVersion' : 'maxVersion'}`);
  const v = kProtocolVersions[value];
  if (v === undefined) throw new ERR_TLS_INVALID_PROTOCOL_VERSION(value, which);
  return v;
}

function SecureContext(secureProtocol, secureOptions, minVersion, maxVersion) {
  if (!(this instanceof SecureContext)) {
    return new SecureContext(secureProtocol, secureOptions, minVersion, maxVersion);
  }
  if (secureProtocol) {
    validateString(secureProtocol, 'options.secureProtocol');
    if (minVersion !== undefined) {
      throw new ERR_TLS_PROTOCOL_VERSION_CONFLICT(minVersion, secureProtocol);
    }
    if (maxVersion !== undefined) {
      throw new ERR_TLS_PROTOCOL_VERSION_CONFLICT(maxVersion, secureProtocol);
    }
    const range = kSecureProtocols[secureProtocol];
    if (range === undefined) {
      throw new ERR_INVALID_ARG_VALUE('options.secureProtocol', secureProtocol);
    }
    [minVersion, maxVersion] = range;
  }
  this.context = new NativeSecureContext();
  const min = minVersion === 0 ? 0 :
    toVersion(minVersion ?? lazyTls().DEFAULT_MIN_VERSION, 'minimum');
  const max = maxVersion === 0 ? 0 :
    toVersion(maxVersion ?? lazyTls().DEFAULT_MAX_VERSION, 'maximum');
  this.context.init(min, max);
  if (secureOptions) {
    validateInt32(secureOptions, 'secureOptions');
    this.context.setOptions(secureOptions);
  }
}

function isKeyOrCert(value) {
  return typeof value === 'string' || ArrayBuffer.isView(value);
}

function validateKeyOrCertOption(name, value) {
  if (!isKeyOrCert(value)) {
    throw new ERR_INVALID_ARG_TYPE(`options.${name}`,
                                   ['string', 'Buffer', 'TypedArray', 'DataView'], value);
  }
}

function forEachOf(value, fn) {
  if (Array.isArray(value)) {
    for (const v of value) fn(v);
  } else {
    fn(value);
  }
}

// Node splits one cipher string: TLS_* names are TLSv1.3 suites, the rest TLSv1.2.
function processCiphers(ciphers, name) {
  const parts = ciphers.split(':');
  const cipherSuites = parts.filter((c) => c.startsWith('TLS_')).join(':');
  const cipherList = parts.filter((c) => c.length > 0 && !c.startsWith('TLS_')).join(':');
  if (cipherSuites === '' && cipherList === '') throw new ERR_INVALID_ARG_VALUE(name, ciphers);
  return { cipherList, cipherSuites };
}

function configSecureContext(context, options = {}, name = 'options') {
  validateObject(options, name);
  const {
    ca, cert, key, passphrase, pfx, crl, ciphers, ecdhCurve, honorCipherOrder,
    sessionIdContext, sessionTimeout, sigalgs, dhparam, ticketKeys,
  } = options;

  if (ca) {
    forEachOf(ca, (c) => {
      validateKeyOrCertOption('ca', c);
      context.addCACert(c);
    });
  } else {
    context.addRootCerts();
  }

  if (cert) {
    forEachOf(cert, (c) => {
      validateKeyOrCertOption('cert', c);
      context.setCert(c);
    });
  }

  if (key) {
    forEachOf(key, (k) => {
      if (k !== null && typeof k === 'object' && !ArrayBuffer.isView(k)) {
        const { pem, passphrase: pass } = k;
        validateKeyOrCertOption('key.pem', pem);
        if (pass !== undefined) validateString(pass, 'options.key.passphrase');
        context.setKey(pem, pass ?? passphrase);
      } else {
        validateKeyOrCertOption('key', k);
        if (passphrase !== undefined && passphrase !== null) {
          validateString(passphrase, 'options.passphrase');
        }
        context.setKey(k, passphrase);
      }
    });
  }

  if (sigalgs !== undefined && sigalgs !== null) {
    validateString(sigalgs, 'options.sigalgs');
    if (sigalgs === '') throw new ERR_INVALID_ARG_VALUE('options.sigalgs', sigalgs);
    context.setSigalgs(sigalgs);
  }

  if (ciphers !== undefined && ciphers !== null) validateString(ciphers, 'options.ciphers');
  const cipherString = ciphers || lazyTls().DEFAULT_CIPHERS;
  const { cipherList, cipherSuites } = processCiphers(cipherString, 'options.ciphers');
  if (cipherSuites !== '') context.setCipherSuites(cipherSuites);
  context.setCiphers(cipherList);
  if (cipherSuites === '' && context.getMaxProto() === binding.TLS1_3_VERSION) {
    // Only TLSv1.2 ciphers named: TLSv1.3 is off unless asked for.
    context.setMaxProto(binding.TLS1_2_VERSION);
  }

  const curve = ecdhCurve ?? lazyTls().DEFAULT_ECDH_CURVE;
  validateString(curve, 'options.ecdhCurve');
  context.setECDHCurve(curve);

  if (dhparam !== undefined && dhparam !== null && dhparam !== 'auto') {
    validateKeyOrCertOption('dhparam', dhparam);
  }

  if (honorCipherOrder) {
    context.setOptions(require('crypto').constants.SSL_OP_CIPHER_SERVER_PREFERENCE);
  }

  if (crl) {
    forEachOf(crl, (c) => {
      validateKeyOrCertOption('crl', c);
      context.addCRL(c);
    });
  }

  if (sessionIdContext) {
    validateString(sessionIdContext, 'options.sessionIdContext');
    context.setSessionIdContext(sessionIdContext);
  }

  if (pfx) {
    forEachOf(pfx, (p) => {
      let buf = p;
      let pass = passphrase;
      if (p !== null && typeof p === 'object' && !ArrayBuffer.isView(p)) {
        buf = p.buf;
        pass = p.passphrase ?? passphrase;
      }
      validateKeyOrCertOption('pfx', buf);
      context.loadPKCS12(typeof buf === 'string' ? Buffer.from(buf) : buf, pass);
    });
  }

  if (sessionTimeout) {
    validateInt32(sessionTimeout, 'options.sessionTimeout');
    context.setSessionTimeout(sessionTimeout);
  }

  if (ticketKeys !== undefined && ticketKeys !== null) {
    if (!ArrayBuffer.isView(ticketKeys)) {
      throw new ERR_INVALID_ARG_TYPE('options.ticketKeys', ['Buffer', 'TypedArray', 'DataView'],
                                     ticketKeys);
    }
    if (ticketKeys.byteLength !== 48) {
      throw new ERR_INVALID_ARG_VALUE('options.ticketKeys', ticketKeys.byteLength,
                                      'must be exactly 48 bytes');
    }
  }
}

function createSecureContext(options) {
  if (options === undefined || options === null) options = {};
  validateObject(options, 'options');
  const { honorCipherOrder, minVersion, maxVersion, secureProtocol } = options;
  let { secureOptions } = options;
  if (honorCipherOrder) {
    secureOptions = (secureOptions | 0) |
      require('crypto').constants.SSL_OP_CIPHER_SERVER_PREFERENCE;
  }
  const c = new SecureContext(secureProtocol, secureOptions, minVersion, maxVersion);
  configSecureContext(c.context, options);
  c.singleUse = options.singleUse === true;
  return c;
}

// "OCSP - URI:http://x\nCA Issuers - URI:http://y\n" -> { 'OCSP - URI': ['http://x'], ... }
function parseInfoAccess(text) {
  const out = { __proto__: null };
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const sep = line.indexOf(':');
    const k = line.slice(0, sep);
    const v = line.slice(sep + 1);
    if (out[k] === undefined) out[k] = [v];
    else out[k].push(v);
  }
  return out;
}

// X509 handles of a TLS socket (leaf first) -> Node's legacy objects; with `detailed`,
// each has issuerCertificate, and a self-issued last one points at itself.
function translatePeerCertificate(chain, detailed) {
  if (!chain || chain.length === 0) return null;
  // Loads crypto's JS side, which makes the binding's Buffers real Buffers.
  require('internal/crypto/util');
  const certs = chain.map((handle) => {
    const c = handle.toLegacyObject();
    const info = handle.infoAccess();
    if (info !== undefined) c.infoAccess = parseInfoAccess(info);
    return c;
  });
  if (!detailed) return certs[0];
  for (let i = 0; i < certs.length - 1; i++) certs[i].issuerCertificate = certs[i + 1];
  const last = certs[certs.length - 1];
  const issuerText = JSON.stringify(last.issuer);
  if (issuerText === JSON.stringify(last.subject)) last.issuerCertificate = last;
  return certs[0];
}

module.exports = {
  SecureContext,
  createSecureContext,
  translatePeerCertificate,
  kProtocolVersions,
};
