'use strict';
// crypto.Certificate (SPKAC): verifySpkac, exportPublicKey, exportChallenge, static and on
// an instance, with Node's answers for empty and unreadable input.
require('../common');
const assert = require('node:assert');
const crypto = require('node:crypto');

// openssl spkac -key <1024-bit RSA key> -challenge this-is-a-challenge
const spkac = 'MIIBTTCBtzCBnzANBgkqhkiG9w0BAQEFAAOBjQAwgYkCgYEAtcuuhiNm675Pq20RLDV77FWBH9JT1p/RIer7Q9Ns7DlwZsZDfh0HAyFhms8Iussd1TxYEQyrWoRQjudRVg9Dqqxsv+GFiiPgGbQwNVE+gMr8EN8qeNhyOvanhp8OZBWZ7qhHppQ9NnzE4n0uzaLATT26j8KNEfBwyfQ2IMiRnykCAwEAARYTdGhpcy1pcy1hLWNoYWxsZW5nZTANBgkqhkiG9w0BAQQFAAOBgQAsjS+R8K0drfiJ8JrRcZdNnRaBP07dPJPqdYZmlPkeVN2o44eZkXqhfIQT1uhRYBEHmnpd4MQjzJOjbxzOhvAa547QNgGi3/oD5R6R/CN3QlUVWUB1N1XshdR+cJVFOlEVBlevwBQRV0FOug7Lw4MVI1KFgHVbYpJNRvJiR6QydA==';
const { Certificate } = crypto;

assert.strictEqual(Certificate.verifySpkac(Buffer.from(spkac)), true);
assert.strictEqual(Certificate.verifySpkac(spkac), true);
const tampered = spkac.slice(0, 40) + (spkac[40] === 'A' ? 'B' : 'A') + spkac.slice(41);
assert.strictEqual(Certificate.verifySpkac(tampered), false);
assert.strictEqual(Certificate.verifySpkac('abc'), false);
assert.strictEqual(Certificate.verifySpkac(Buffer.alloc(0)), '');

const pem = Certificate.exportPublicKey(spkac);
assert.ok(Buffer.isBuffer(pem));
const key = crypto.createPublicKey(pem);
assert.strictEqual(key.asymmetricKeyType, 'rsa');
assert.strictEqual(key.asymmetricKeyDetails.modulusLength, 1024);
assert.strictEqual(Certificate.exportPublicKey('abc'), '');
assert.strictEqual(Certificate.exportPublicKey(''), '');

assert.deepStrictEqual(Certificate.exportChallenge(spkac), Buffer.from('this-is-a-challenge'));
assert.strictEqual(
  Certificate.exportChallenge(Buffer.from(spkac).toString('hex'), 'hex').toString(),
  'this-is-a-challenge');
assert.strictEqual(Certificate.exportChallenge('abc'), '');

// The old constructor form, with or without new.
assert.ok(Certificate() instanceof Certificate);
assert.strictEqual(new Certificate().verifySpkac(spkac), true);
assert.deepStrictEqual(Object.keys(Certificate),
                       ['exportChallenge', 'exportPublicKey', 'verifySpkac']);

assert.throws(() => Certificate.verifySpkac(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "spkac" argument must be of type string or an instance of ArrayBuffer, ' +
    'Buffer, TypedArray, or DataView. Received type number (5)',
});
