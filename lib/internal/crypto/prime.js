'use strict';
// crypto.checkPrime / generatePrime (and their Sync forms): the callback forms run on
// the thread pool.

const { binding, runJob } = require('internal/crypto/util');
const { Buffer } = require('buffer');
const { isAnyArrayBuffer } = require('util/types');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const {
  validateBoolean,
  validateFunction,
  validateInt32,
  validateObject,
} = require('internal/validators');

const kEmptyObject = Object.freeze({ __proto__: null });
const bytesTypes = ['ArrayBuffer', 'TypedArray', 'Buffer', 'DataView', 'bigint'];

function bigintToBytes(value, name) {
  if (value < 0) throw new ERR_OUT_OF_RANGE(name, '>= 0', value);
  const hex = value.toString(16);
  return Buffer.from(hex.length % 2 ? `0${hex}` : hex, 'hex');
}

function toBytes(value, name) {
  if (typeof value === 'bigint') return bigintToBytes(value, name);
  if (!isAnyArrayBuffer(value) && !ArrayBuffer.isView(value)) {
    throw new ERR_INVALID_ARG_TYPE(name, bytesTypes, value);
  }
  return value;
}

function arrayBufferToBigInt(buffer) {
  const hex = Buffer.from(buffer).toString('hex');
  return BigInt(`0x${hex || '0'}`);
}

function checkPrimeArgs(candidate) {
  candidate = toBytes(candidate, 'candidate');
  return candidate;
}

function checkPrime(candidate, options = kEmptyObject, callback) {
  candidate = checkPrimeArgs(candidate);
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  validateFunction(callback, 'callback');
  validateObject(options, 'options');
  const { checks = 0 } = options;
  // Unsigned, but OpenSSL takes a C int.
  validateInt32(checks, 'options.checks', 0);
  runJob('checkPrime', [candidate, checks], callback);
}

function checkPrimeSync(candidate, options = kEmptyObject) {
  candidate = checkPrimeArgs(candidate);
  validateObject(options, 'options');
  const { checks = 0 } = options;
  validateInt32(checks, 'options.checks', 0);
  return binding.checkPrime(candidate, checks);
}

function primeArgs(size, options) {
  validateObject(options, 'options');
  const { safe = false, bigint = false } = options;
  let { add, rem } = options;
  validateBoolean(safe, 'options.safe');
  validateBoolean(bigint, 'options.bigint');
  if (add !== undefined) add = toBytes(add, 'options.add');
  if (rem !== undefined) rem = toBytes(rem, 'options.rem');
  return { args: [size, safe, add, rem], bigint };
}

function generatePrime(size, options, callback) {
  validateInt32(size, 'size', 1);
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  validateFunction(callback, 'callback');
  const { args, bigint } = primeArgs(size, options);
  runJob('generatePrime', args, (err, prime) => {
    if (err) {
      callback(err);
      return;
    }
    callback(undefined, bigint ? arrayBufferToBigInt(prime) : prime);
  });
}

function generatePrimeSync(size, options = kEmptyObject) {
  validateInt32(size, 'size', 1);
  const { args, bigint } = primeArgs(size, options);
  const prime = binding.generatePrime(...args);
  return bigint ? arrayBufferToBigInt(prime) : prime;
}

module.exports = { checkPrime, checkPrimeSync, generatePrime, generatePrimeSync };
