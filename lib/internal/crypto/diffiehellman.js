'use strict';
// crypto.createDiffieHellman / getDiffieHellman: finite-field Diffie-Hellman over a
// prime given by the caller, generated, or taken from the RFC 2409 / RFC 3526 groups.

const { binding, kHandle, getArrayBufferOrView, toBuf } = require('internal/crypto/util');
const { Buffer } = require('buffer');
const { isAnyArrayBuffer } = require('util/types');
const {
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { validateInt32 } = require('internal/validators');

const DH_GENERATOR = 2;
const bytesTypes = ['number', 'string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];

function encode(buffer, encoding) {
  if (encoding && encoding !== 'buffer') return buffer.toString(encoding);
  return buffer;
}

function defineVerifyError(dh) {
  Object.defineProperty(dh, 'verifyError', {
    __proto__: null,
    enumerable: true,
    writable: false,
    value: dh[kHandle].verifyError,
  });
}

function DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding) {
  if (!(this instanceof DiffieHellman)) {
    return new DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding);
  }
  if (typeof sizeOrKey !== 'number' && typeof sizeOrKey !== 'string' &&
      !ArrayBuffer.isView(sizeOrKey) && !isAnyArrayBuffer(sizeOrKey)) {
    throw new ERR_INVALID_ARG_TYPE('sizeOrKey', bytesTypes, sizeOrKey);
  }
  // Negative sizes pass here and are refused by OpenSSL, as in Node.
  if (typeof sizeOrKey === 'number') validateInt32(sizeOrKey, 'sizeOrKey');

  // createDiffieHellman(prime, generator[, generatorEncoding]): no prime encoding.
  if (keyEncoding && !Buffer.isEncoding(keyEncoding) && keyEncoding !== 'buffer') {
    genEncoding = generator;
    generator = keyEncoding;
    keyEncoding = false;
  }
  keyEncoding = keyEncoding || 'buffer';
  genEncoding = genEncoding || 'buffer';

  if (typeof sizeOrKey !== 'number') sizeOrKey = toBuf(sizeOrKey, keyEncoding);

  if (!generator) {
    generator = DH_GENERATOR;
  } else if (typeof generator === 'number') {
    validateInt32(generator, 'generator');
  } else if (typeof generator === 'string') {
    generator = toBuf(generator, genEncoding);
  } else if (!ArrayBuffer.isView(generator) && !isAnyArrayBuffer(generator)) {
    throw new ERR_INVALID_ARG_TYPE('generator', bytesTypes, generator);
  }

  this[kHandle] = new binding.DiffieHellman(sizeOrKey, generator);
  defineVerifyError(this);
}

function DiffieHellmanGroup(name) {
  if (!(this instanceof DiffieHellmanGroup)) return new DiffieHellmanGroup(name);
  this[kHandle] = new binding.DiffieHellmanGroup(name);
  defineVerifyError(this);
}

function generateKeys(encoding) {
  return encode(this[kHandle].generateKeys(), encoding);
}

function computeSecret(key, inEnc, outEnc) {
  key = getArrayBufferOrView(key, 'key', inEnc);
  return encode(this[kHandle].computeSecret(key), outEnc);
}

function getPrime(encoding) {
  return encode(this[kHandle].getPrime(), encoding);
}

function getGenerator(encoding) {
  return encode(this[kHandle].getGenerator(), encoding);
}

function getPublicKey(encoding) {
  return encode(this[kHandle].getPublicKey(), encoding);
}

function getPrivateKey(encoding) {
  return encode(this[kHandle].getPrivateKey(), encoding);
}

for (const Class of [DiffieHellman, DiffieHellmanGroup]) {
  Object.assign(Class.prototype, {
    generateKeys, computeSecret, getPrime, getGenerator, getPublicKey, getPrivateKey,
  });
}

DiffieHellman.prototype.setPublicKey = function setPublicKey(key, encoding) {
  key = getArrayBufferOrView(key, 'key', encoding);
  this[kHandle].setPublicKey(key);
  return this;
};

DiffieHellman.prototype.setPrivateKey = function setPrivateKey(key, encoding) {
  key = getArrayBufferOrView(key, 'key', encoding);
  this[kHandle].setPrivateKey(key);
  return this;
};

function createDiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding) {
  return new DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding);
}

function createDiffieHellmanGroup(name) {
  return new DiffieHellmanGroup(name);
}

module.exports = {
  DiffieHellman,
  DiffieHellmanGroup,
  createDiffieHellman,
  createDiffieHellmanGroup,
};
