'use strict';
// createHash and crypto.hash(): known answers (FIPS 180-4, FIPS 202, RFC 7693 and
// RIPEMD-160 examples), encodings, copy(), XOF output lengths, streams and errors.
const common = require('../common');
const assert = require('node:assert');
const crypto = require('node:crypto');

const abc = {
  md5: '900150983cd24fb0d6963f7d28e17f72',
  sha1: 'a9993e364706816aba3e25717850c26c9cd0d89d',
  sha224: '23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7',
  sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
  sha384: 'cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed' +
    '8086072ba1e7cc2358baeca134c825a7',
  sha512: 'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a' +
    '2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f',
  'sha512-256': '53048e2681941ef99b2e29b76b4c7dabe4c2d0c634fc6d46e0e2f13107e7af23',
  'sha3-256': '3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532',
  'sha3-512': 'b751850b1a57168a5693cd924b6b096e08f621827444f70d884f5d0240d2712e' +
    '10e116e9192af3c91a7ec57647e3934057340b4cf408d5a56592f8274eec53f0',
  blake2b512: 'ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d1' +
    '7d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923',
  blake2s256: '508c5e8c327c14e2e1a72ba34eeb452f37458b209ed63a294d999b4c86675982',
  ripemd160: '8eb208f7e05d987a9b044a8e98c6b087f15a0bfc',
  'RSA-SHA256': 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
  SHA256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
};
for (const [algorithm, expected] of Object.entries(abc)) {
  assert.strictEqual(crypto.createHash(algorithm).update('abc').digest('hex'), expected);
  assert.strictEqual(crypto.hash(algorithm, 'abc'), expected);
  assert.strictEqual(crypto.hash(algorithm, Buffer.from('abc'), 'hex'), expected);
}

// Two-block message and a million 'a's fed in pieces.
assert.strictEqual(
  crypto.createHash('sha256')
    .update('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq').digest('hex'),
  '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
{
  const h = crypto.createHash('sha1');
  const chunk = Buffer.alloc(1000, 'a');
  for (let i = 0; i < 1000; i++) h.update(chunk);
  assert.strictEqual(h.digest('hex'), '34aa973cd4c4daa4f61eeb2bdbad27316534016f');
}

// Empty input.
assert.strictEqual(crypto.createHash('sha256').digest('hex'),
                   'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
assert.strictEqual(crypto.createHash('md5').update('').digest('hex'),
                   'd41d8cd98f00b204e9800998ecf8427e');

// Output encodings.
{
  const digest = () => crypto.createHash('sha1').update('abc');
  const bytes = Buffer.from(abc.sha1, 'hex');
  const buf = digest().digest();
  assert.ok(Buffer.isBuffer(buf));
  assert.deepStrictEqual(buf, bytes);
  assert.deepStrictEqual(digest().digest('buffer'), bytes);
  assert.deepStrictEqual(digest().digest('nonsense'), bytes);
  assert.strictEqual(digest().digest('base64'), 'qZk+NkcGgWq6PiVxeFDCbJzQ2J0=');
  assert.strictEqual(digest().digest('base64url'), 'qZk-NkcGgWq6PiVxeFDCbJzQ2J0');
  assert.strictEqual(digest().digest('latin1'), bytes.toString('latin1'));
  assert.strictEqual(digest().digest('binary'), bytes.toString('latin1'));
  assert.strictEqual(digest().digest('HEX'), abc.sha1);
  assert.strictEqual(digest().digest('utf16le'), bytes.toString('utf16le'));
  assert.strictEqual(crypto.hash('sha1', 'abc', 'base64'), 'qZk+NkcGgWq6PiVxeFDCbJzQ2J0=');
  assert.deepStrictEqual(crypto.hash('sha1', 'abc', 'buffer'), bytes);
}

// Input encodings and typed arrays.
{
  const expected = crypto.createHash('sha256').update(Buffer.from('616263', 'hex')).digest('hex');
  assert.strictEqual(crypto.createHash('sha256').update('616263', 'hex').digest('hex'), expected);
  assert.strictEqual(crypto.createHash('sha256').update('YWJj', 'base64').digest('hex'), expected);
  assert.strictEqual(crypto.createHash('sha256').update('abc', 'latin1').digest('hex'), expected);
  assert.strictEqual(crypto.createHash('sha256').update('abc', 'bogus').digest('hex'), expected);
  assert.strictEqual(
    crypto.createHash('sha256').update(new Uint16Array([0x6261, 0x63])).digest('hex'),
    crypto.createHash('sha256').update(Buffer.from([0x61, 0x62, 0x63, 0])).digest('hex'));
  const b = Buffer.from('abc');
  assert.strictEqual(
    crypto.createHash('sha256').update(new DataView(b.buffer, b.byteOffset, 3)).digest('hex'),
    expected);
  // Non-ASCII strings are hashed as UTF-8 unless told otherwise.
  assert.strictEqual(crypto.createHash('md5').update('\u00e9').digest('hex'),
                     crypto.createHash('md5').update(Buffer.from([0xc3, 0xa9])).digest('hex'));
  assert.strictEqual(crypto.createHash('md5').update('\u00e9', 'latin1').digest('hex'),
                     crypto.createHash('md5').update(Buffer.from([0xe9])).digest('hex'));
  assert.strictEqual(crypto.createHash('md5').update('\u{1f600}'.repeat(300)).digest('hex'),
                     crypto.createHash('md5')
                       .update(Buffer.from('\u{1f600}'.repeat(300))).digest('hex'));
}

// copy() carries the state; the original and the copy continue independently.
{
  const h = crypto.createHash('sha256').update('a');
  const c = h.copy();
  assert.strictEqual(h.update('bc').digest('hex'), abc.sha256);
  assert.strictEqual(c.update('bc').digest('hex'), abc.sha256);
  assert.throws(() => h.copy(), { code: 'ERR_CRYPTO_HASH_FINALIZED' });
}

// Extendable-output functions.
assert.strictEqual(crypto.createHash('shake128').digest('hex'),
                   '7f9c2ba4e88f827d616045507605853e');
assert.strictEqual(crypto.createHash('shake128', { outputLength: 32 }).digest('hex'),
                   '7f9c2ba4e88f827d616045507605853ed73b8093f6efbc88eb1a6eacfa66ef26');
assert.strictEqual(crypto.createHash('shake128', { outputLength: 5 }).digest('hex'),
                   '7f9c2ba4e8');
assert.strictEqual(crypto.createHash('shake256', { outputLength: 0 }).digest('hex'), '');
assert.strictEqual(
  crypto.createHash('shake256', { outputLength: 64 }).digest('hex'),
  '46b9dd2b0ba88d13233b3feb743eeb243fcd52ea62b81b82b50c27646ed5762f' +
  'd75dc4ddd8c0f200cb05019d67b592f6fc821c49479ab48640292eacb3b7c4be');
assert.strictEqual(crypto.createHash('sha256', { outputLength: 32 }).digest('hex'),
                   'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
assert.throws(() => crypto.createHash('sha256', { outputLength: 5 }), {
  code: 'ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH',
  library: 'digital envelope routines',
  reason: 'not XOF or invalid length',
  message: 'error:030000B2:digital envelope routines::not XOF or invalid length',
});
assert.throws(() => crypto.createHash('shake128', { outputLength: -1 }),
              { code: 'ERR_OUT_OF_RANGE' });

// A Hash is a Transform stream.
{
  const h = crypto.createHash('sha256');
  h.on('data', common.mustCall((d) => {
    assert.ok(Buffer.isBuffer(d));
    assert.strictEqual(d.toString('hex'), abc.sha256);
  }));
  h.write('a');
  h.end(Buffer.from('bc'));
}
{
  const h = crypto.createHash('md5');
  h.setEncoding('hex');
  h.on('data', common.mustCall((d) => assert.strictEqual(d, abc.md5)));
  h.end('abc');
}
assert.ok(crypto.createHash('sha1') instanceof require('node:stream').Transform);
assert.ok(crypto.createHash('sha1') instanceof crypto.Hash);
assert.ok(crypto.Hash('sha1') instanceof crypto.Hash);

// Errors.
assert.throws(() => crypto.createHash('no-such-hash'), {
  name: 'Error', message: 'Digest method not supported',
});
assert.throws(() => crypto.createHash(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "algorithm" argument must be of type string. Received type number (1)',
});
assert.throws(() => crypto.createHash('sha1').update(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "data" argument must be of type string or an instance of Buffer, ' +
    'TypedArray, or DataView. Received type number (1)',
});
assert.throws(() => crypto.createHash('sha1').update('abc', 'hex'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'encoding' is invalid for data of length 3. Received 'hex'",
});
{
  const h = crypto.createHash('sha1');
  h.digest();
  assert.throws(() => h.digest(), { code: 'ERR_CRYPTO_HASH_FINALIZED', message: 'Digest already called' });
  assert.throws(() => h.update('x'), { code: 'ERR_CRYPTO_HASH_FINALIZED' });
}
assert.throws(() => crypto.hash('no-such-hash', 'abc'), {
  message: 'Digest method no-such-hash is not supported',
});
assert.throws(() => crypto.hash('sha1', 'abc', 'bogus'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'outputEncoding' is invalid. Received 'bogus'",
});
assert.throws(() => crypto.hash('sha1', 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "input" argument must be of type string or an instance of Buffer, ' +
    'TypedArray, or DataView. Received type number (1)',
});
// md4 is in OpenSSL's legacy provider, which is not loaded.
assert.throws(() => crypto.createHash('md4'), {
  code: 'ERR_OSSL_EVP_UNSUPPORTED',
  message: 'error:0308010C:digital envelope routines::unsupported',
});

// getHashes: sorted, no case duplicates, a fresh array each time.
{
  const hashes = crypto.getHashes();
  for (const name of ['md5', 'sha1', 'sha256', 'sha512-256', 'sha3-256', 'shake256',
                      'blake2b512', 'ripemd160', 'RSA-SHA256']) {
    assert.ok(hashes.includes(name), name);
  }
  assert.ok(!hashes.includes('SHA256'));
  assert.deepStrictEqual(hashes, [...hashes].sort());
  assert.notStrictEqual(crypto.getHashes(), hashes);
  for (const name of hashes) crypto.createHash(name);
}
