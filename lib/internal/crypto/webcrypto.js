'use strict';
// The Web Crypto API's Crypto object (globalThis.crypto, crypto.webcrypto):
// getRandomValues, randomUUID and subtle.

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS },
} = require('internal/errors');
const { getRandomValues, randomUUID } = require('internal/crypto/random');
const { CryptoKey } = require('internal/crypto/keys');

let subtle;
let SubtleCrypto;
function lazySubtle() {
  if (subtle === undefined) {
    ({ subtle, SubtleCrypto } = require('internal/crypto/subtle'));
  }
  return subtle;
}

class Crypto {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get subtle() {
    if (this !== crypto) throw new ERR_INVALID_THIS('Crypto');
    return lazySubtle();
  }

  getRandomValues(array) {
    if (this !== crypto) throw new ERR_INVALID_THIS('Crypto');
    if (arguments.length < 1) {
      const err = new TypeError("Failed to execute 'getRandomValues' on 'Crypto': " +
                                '1 argument required, but only 0 present.');
      err.code = 'ERR_MISSING_ARGS';
      throw err;
    }
    return getRandomValues(array);
  }

  randomUUID() {
    if (this !== crypto) throw new ERR_INVALID_THIS('Crypto');
    return randomUUID();
  }
}

for (const name of ['subtle', 'getRandomValues', 'randomUUID']) {
  Object.defineProperty(Crypto.prototype, name, { __proto__: null, enumerable: true });
}
Object.defineProperty(Crypto.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'Crypto', enumerable: false, configurable: true, writable: false,
});

const crypto = Object.create(Crypto.prototype);

module.exports = {
  Crypto,
  CryptoKey,
  get SubtleCrypto() {
    lazySubtle();
    return SubtleCrypto;
  },
  crypto,
};
