'use strict';
// crypto.X509Certificate over the binding's X509 handle; values are read once and cached.
// crypto.Certificate: reading SPKAC (Netscape Signed Public Key and Challenge) data; Node
// keeps its old constructor form, whose methods use no state of the object.

const { binding, kHandle, getArrayBufferOrView } = require('internal/crypto/util');
const { PublicKeyObject, isKeyObject } = require('internal/crypto/keys');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateBoolean, validateObject, validateString } = require('internal/validators');
const { Buffer } = require('buffer');
const { createCloneable, kClone } = require('internal/cloneable');

const kCache = Symbol('kCache');

// X509_CHECK_FLAG_* from OpenSSL's x509v3.h.
const kAlwaysCheckSubject = 0x1;
const kNoWildcards = 0x2;
const kNoPartialWildcards = 0x4;
const kMultiLabelWildcards = 0x8;
const kSingleLabelSubdomains = 0x10;
const kNeverCheckSubject = 0x20;

function getFlags(options = {}) {
  validateObject(options, 'options');
  const {
    subject = 'default',
    wildcards = true,
    partialWildcards = true,
    multiLabelWildcards = false,
    singleLabelSubdomains = false,
  } = { ...options };
  validateString(subject, 'options.subject');
  validateBoolean(wildcards, 'options.wildcards');
  validateBoolean(partialWildcards, 'options.partialWildcards');
  validateBoolean(multiLabelWildcards, 'options.multiLabelWildcards');
  validateBoolean(singleLabelSubdomains, 'options.singleLabelSubdomains');
  let flags = 0;
  switch (subject) {
    case 'default': break;
    case 'always': flags |= kAlwaysCheckSubject; break;
    case 'never': flags |= kNeverCheckSubject; break;
    default: throw new ERR_INVALID_ARG_VALUE('options.subject', subject);
  }
  if (!wildcards) flags |= kNoWildcards;
  if (!partialWildcards) flags |= kNoPartialWildcards;
  if (multiLabelWildcards) flags |= kMultiLabelWildcards;
  if (singleLabelSubdomains) flags |= kSingleLabelSubdomains;
  return flags;
}

function isX509Certificate(value) {
  return value != null && value[kCache] !== undefined;
}

class X509Certificate {
  constructor(buffer) {
    if (typeof buffer === 'string') buffer = Buffer.from(buffer);
    if (!ArrayBuffer.isView(buffer)) {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'],
                                     buffer);
    }
    // A cloneable object in place of `this` (internal/cloneable), with the same prototype.
    const self = createCloneable(new.target.prototype);
    self[kHandle] = binding.parseX509(buffer);
    self[kCache] = new Map();
    return self;
  }

  // Cloned as its DER bytes.
  [kClone]() {
    return { data: this.raw, deserializeInfo: 'internal/crypto/x509:ClonedX509Certificate' };
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    if (depth < 0) return this;
    const { inspect } = require('internal/util/inspect');
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `X509Certificate ${inspect({
      subject: this.subject,
      subjectAltName: this.subjectAltName,
      issuer: this.issuer,
      infoAccess: this.infoAccess,
      validFrom: this.validFrom,
      validTo: this.validTo,
      fingerprint: this.fingerprint,
      fingerprint256: this.fingerprint256,
      fingerprint512: this.fingerprint512,
      keyUsage: this.keyUsage,
      serialNumber: this.serialNumber,
    }, opts)}`;
  }

  get subject() { return cached(this, 'subject'); }
  get subjectAltName() { return cached(this, 'subjectAltName'); }
  get issuer() { return cached(this, 'issuer'); }
  get issuerCertificate() { return undefined; }
  get infoAccess() { return cached(this, 'infoAccess'); }
  get validFrom() { return cached(this, 'validFrom'); }
  get validTo() { return cached(this, 'validTo'); }
  get fingerprint() { return cached(this, 'fingerprint', 'sha1'); }
  get fingerprint256() { return cached(this, 'fingerprint256', 'sha256'); }
  get fingerprint512() { return cached(this, 'fingerprint512', 'sha512'); }
  get keyUsage() { return cached(this, 'keyUsage'); }
  get serialNumber() { return cached(this, 'serialNumber'); }
  get raw() { return cached(this, 'raw'); }

  get publicKey() {
    const cache = this[kCache];
    if (!cache.has('publicKey')) cache.set('publicKey', new PublicKeyObject(this[kHandle].publicKey()));
    return cache.get('publicKey');
  }

  toString() { return cached(this, 'pem'); }
  toJSON() { return this.toString(); }
  get ca() { return cached(this, 'ca'); }

  checkHost(name, options) {
    validateString(name, 'name');
    return this[kHandle].checkHost(name, getFlags(options));
  }

  checkEmail(email, options) {
    validateString(email, 'email');
    return this[kHandle].checkEmail(email, getFlags(options));
  }

  checkIP(ip, options) {
    validateString(ip, 'ip');
    getFlags(options);
    return this[kHandle].checkIP(ip);
  }

  checkIssued(otherCert) {
    if (!isX509Certificate(otherCert)) {
      throw new ERR_INVALID_ARG_TYPE('otherCert', 'X509Certificate', otherCert);
    }
    return this[kHandle].checkIssued(otherCert[kHandle]);
  }

  checkPrivateKey(pkey) {
    if (!isKeyObject(pkey)) throw new ERR_INVALID_ARG_TYPE('pkey', 'KeyObject', pkey);
    if (pkey.type !== 'private') throw new ERR_INVALID_ARG_VALUE('pkey', pkey);
    return this[kHandle].checkPrivateKey(pkey[kHandle]);
  }

  verify(pkey) {
    if (!isKeyObject(pkey)) throw new ERR_INVALID_ARG_TYPE('pkey', 'KeyObject', pkey);
    if (pkey.type !== 'public') throw new ERR_INVALID_ARG_VALUE('pkey', pkey);
    return this[kHandle].verify(pkey[kHandle]);
  }

  toLegacyObject() {
    return this[kHandle].toLegacyObject();
  }
}

function cached(cert, key, arg) {
  const cache = cert[kCache];
  if (!cache.has(key)) {
    const method = arg === undefined ? key : 'fingerprint';
    cache.set(key, cert[kHandle][method](arg));
  }
  return cache.get(key);
}

// --- Certificate (SPKAC) ---------------------------------------------------------

function verifySpkac(spkac, encoding) {
  return binding.certVerifySpkac(getArrayBufferOrView(spkac, 'spkac', encoding));
}

function exportPublicKey(spkac, encoding) {
  return binding.certExportPublicKey(getArrayBufferOrView(spkac, 'spkac', encoding));
}

function exportChallenge(spkac, encoding) {
  return binding.certExportChallenge(getArrayBufferOrView(spkac, 'spkac', encoding));
}

function Certificate() {
  if (!(this instanceof Certificate)) return new Certificate();
}

Certificate.prototype.verifySpkac = verifySpkac;
Certificate.prototype.exportPublicKey = exportPublicKey;
Certificate.prototype.exportChallenge = exportChallenge;

Certificate.exportChallenge = exportChallenge;
Certificate.exportPublicKey = exportPublicKey;
Certificate.verifySpkac = verifySpkac;

// The receiving side of a cloned X509Certificate (internal/cloneable).
function ClonedX509Certificate(der) {
  return new X509Certificate(der);
}

module.exports = { ClonedX509Certificate, X509Certificate, isX509Certificate, Certificate };
