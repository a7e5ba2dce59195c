'use strict';
// createSign/createVerify (Writable streams hashing their input) and the one-shot
// crypto.sign/crypto.verify (sync, or on the thread pool with a callback).

const {
  binding,
  kHandle,
  encodingId,
  getArrayBufferOrView,
  runJob,
  toBytesForUpdate,
} = require('internal/crypto/util');
const { preparePrivateKey, preparePublicOrPrivateKey } = require('internal/crypto/keys');
const { digestOf } = require('internal/crypto/hash');
const {
  codes: {
    ERR_CRYPTO_SIGN_KEY_REQUIRED,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const { validateEncoding, validateFunction, validateString } = require('internal/validators');
const { Writable } = require('stream');

const kSigEncDER = 0;
const kSigEncP1363 = 1;

function getDSASignatureEncoding(options) {
  if (typeof options === 'object') {
    const { dsaEncoding = 'der' } = options;
    if (dsaEncoding === 'der') return kSigEncDER;
    if (dsaEncoding === 'ieee-p1363') return kSigEncP1363;
    throw new ERR_INVALID_ARG_VALUE('options.dsaEncoding', dsaEncoding);
  }
  return kSigEncDER;
}

function getIntOption(name, options) {
  const value = options[name];
  if (value !== undefined) {
    if (value === value >> 0) return value;
    throw new ERR_INVALID_ARG_VALUE(`options.${name}`, value);
  }
  return undefined;
}

function invalidDigest() {
  const err = new TypeError('Invalid digest');
  err.code = 'ERR_CRYPTO_INVALID_DIGEST';
  return err;
}

function notInitialised() {
  const err = new Error('Not initialised');
  err.code = 'ERR_CRYPTO_INVALID_STATE';
  return err;
}

const kAlgorithm = Symbol('kAlgorithm');

function initSigner(self, algorithm, options) {
  validateString(algorithm, 'algorithm');
  if (!binding.checkDigest(algorithm)) throw invalidDigest();
  self[kHandle] = new binding.Hash(algorithm);
  // Hidden from util.inspect, which shows Node's Sign and Verify without it.
  Object.defineProperty(self, kAlgorithm, { __proto__: null, value: algorithm, writable: true });
  Writable.call(self, options);
}

function update(data, encoding) {
  if (typeof data === 'string') {
    validateEncoding(data, encoding);
    data = toBytesForUpdate(data, encoding);
  } else if (!ArrayBuffer.isView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  if (this[kHandle] === null) throw notInitialised();
  this[kHandle].update(data);
  return this;
}

function takeDigest(self) {
  if (self[kHandle] === null) throw notInitialised();
  const digest = digestOf(self[kHandle], encodingId('buffer'));
  self[kHandle] = null;
  return digest;
}

function Sign(algorithm, options) {
  if (!(this instanceof Sign)) return new Sign(algorithm, options);
  initSigner(this, algorithm, options);
}
Object.setPrototypeOf(Sign.prototype, Writable.prototype);
Object.setPrototypeOf(Sign, Writable);

Sign.prototype._write = function _write(chunk, encoding, callback) {
  this.update(chunk, encoding);
  callback();
};
Sign.prototype.update = update;

Sign.prototype.sign = function sign(options, encoding) {
  if (!options) throw new ERR_CRYPTO_SIGN_KEY_REQUIRED();
  const key = preparePrivateKey(options);
  const padding = getIntOption('padding', options);
  const saltLength = getIntOption('saltLength', options);
  const dsaEncoding = getDSASignatureEncoding(options);
  const digest = takeDigest(this);
  const ret = binding.signDigest(key, digest, this[kAlgorithm], padding, saltLength, dsaEncoding);
  if (encoding && encoding !== 'buffer') return ret.toString(encoding);
  return ret;
};

function Verify(algorithm, options) {
  if (!(this instanceof Verify)) return new Verify(algorithm, options);
  initSigner(this, algorithm, options);
}
Object.setPrototypeOf(Verify.prototype, Writable.prototype);
Object.setPrototypeOf(Verify, Writable);

Verify.prototype._write = Sign.prototype._write;
Verify.prototype.update = update;

Verify.prototype.verify = function verify(options, signature, sigEncoding) {
  const key = preparePublicOrPrivateKey(options);
  const padding = getIntOption('padding', options);
  const saltLength = getIntOption('saltLength', options);
  const dsaEncoding = getDSASignatureEncoding(options);
  signature = getArrayBufferOrView(signature, 'signature', sigEncoding);
  const digest = takeDigest(this);
  return binding.verifyDigest(key, digest, signature, this[kAlgorithm], padding, saltLength,
                              dsaEncoding);
};

function signOneShot(algorithm, data, key, callback) {
  if (algorithm != null) validateString(algorithm, 'algorithm');
  if (callback !== undefined) validateFunction(callback, 'callback');
  data = getArrayBufferOrView(data, 'data');
  if (!key) throw new ERR_CRYPTO_SIGN_KEY_REQUIRED();
  const padding = getIntOption('padding', key);
  const saltLength = getIntOption('saltLength', key);
  const dsaEncoding = getDSASignatureEncoding(key);
  const handle = preparePrivateKey(key);
  const args = [handle, data, algorithm ?? undefined, padding, saltLength, dsaEncoding];
  if (callback === undefined) return binding.sign(...args);
  runJob('sign', args, (err, signature) => {
    if (err) return callback(err);
    callback(null, signature);
  });
}

function verifyOneShot(algorithm, data, key, signature, callback) {
  if (algorithm != null) validateString(algorithm, 'algorithm');
  if (callback !== undefined) validateFunction(callback, 'callback');
  data = getArrayBufferOrView(data, 'data');
  if (!ArrayBuffer.isView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['Buffer', 'TypedArray', 'DataView'], data);
  }
  const padding = getIntOption('padding', key);
  const saltLength = getIntOption('saltLength', key);
  const dsaEncoding = getDSASignatureEncoding(key);
  if (!ArrayBuffer.isView(signature)) {
    throw new ERR_INVALID_ARG_TYPE('signature', ['Buffer', 'TypedArray', 'DataView'], signature);
  }
  const handle = preparePublicOrPrivateKey(key);
  const args = [handle, data, signature, algorithm ?? undefined, padding, saltLength, dsaEncoding];
  if (callback === undefined) return binding.verify(...args);
  runJob('verify', args, (err, result) => {
    if (err) return callback(err);
    callback(null, result);
  });
}

module.exports = {
  Sign,
  Verify,
  signOneShot,
  verifyOneShot,
};
