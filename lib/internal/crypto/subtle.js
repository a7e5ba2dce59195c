'use strict';
// crypto.subtle: digest for now; the other SubtleCrypto methods reject with
// NotSupportedError until they are written.

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS },
} = require('internal/errors');
const { lazyDOMException } = require('internal/util');
const { binding, encodingId } = require('internal/crypto/util');
const { isAnyArrayBuffer } = require('util/types');

const kDigestNames = {
  __proto__: null,
  'sha-1': 'sha1',
  'sha-256': 'sha256',
  'sha-384': 'sha384',
  'sha-512': 'sha512',
};

class SubtleCrypto {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  async digest(algorithm, data) {
    if (this !== subtle) throw new ERR_INVALID_THIS('SubtleCrypto');
    const name = typeof algorithm === 'string' ? algorithm : algorithm?.name;
    const hash = kDigestNames[String(name).toLowerCase()];
    if (hash === undefined) throw lazyDOMException('Unrecognized algorithm name', 'NotSupportedError');
    if (!ArrayBuffer.isView(data) && !isAnyArrayBuffer(data)) {
      const err = new TypeError("Failed to execute 'digest' on 'SubtleCrypto': 2nd argument is " +
                                'not instance of ArrayBuffer, Buffer, TypedArray, or DataView.');
      err.code = 'ERR_INVALID_ARG_TYPE';
      throw err;
    }
    const view = ArrayBuffer.isView(data) ?
      new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : new Uint8Array(data);
    const out = binding.oneShotDigest(hash, view, encodingId('buffer'));
    return out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength);
  }
}

for (const name of ['encrypt', 'decrypt', 'sign', 'verify', 'generateKey', 'deriveKey',
                    'deriveBits', 'importKey', 'exportKey', 'wrapKey', 'unwrapKey']) {
  Object.defineProperty(SubtleCrypto.prototype, name, {
    __proto__: null,
    enumerable: true,
    writable: true,
    configurable: true,
    value: {
      async [name]() {
        if (this !== subtle) throw new ERR_INVALID_THIS('SubtleCrypto');
        throw lazyDOMException(`SubtleCrypto.${name} is not supported by rt yet`,
                               'NotSupportedError');
      },
    }[name],
  });
}
Object.defineProperty(SubtleCrypto.prototype, 'digest', { __proto__: null, enumerable: true });
Object.defineProperty(SubtleCrypto.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'SubtleCrypto', enumerable: false, configurable: true, writable: false,
});

const subtle = Object.create(SubtleCrypto.prototype);

module.exports = { SubtleCrypto, subtle };
