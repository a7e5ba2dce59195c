'use strict';
// crypto.Certificate: reading SPKAC (Netscape Signed Public Key and Challenge) data.
// Node keeps the old constructor form, whose methods use no state of the object.

const { binding, getArrayBufferOrView } = require('internal/crypto/util');

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

module.exports = { Certificate };
