'use strict';
// Signatures: RSA PKCS#1 v1.5 known answer, RSA-PSS, ECDSA (DER and IEEE P1363, fixed
// signatures made by the reference), Ed25519 RFC 8032 vectors; createSign/createVerify and
// crypto.sign/verify, sync and callback forms; errors.
const common = require('../common');
const assert = require('node:assert');
const crypto = require('node:crypto');

const rsaPem = "-----BEGIN RSA PRIVATE KEY-----\nMIICXgIBAAKBgQDcXXQBMKiwk4Bb0e16qFj8Reeupm0G+8GI/5njvdQ6pwosV1cC\nnBzj+F5qdp0ag7Bs8hPojIvBzZ9f3dmkNpQKQ0h2MeuGJHKzOs4MYiCIPVzXPb4W\nyE1gGlA2wU9+ZIN7TleW/aYaMArRfLG4bQEgEzBiC/E+0S8nKEvEkU/99wIDAQAB\nAoGAfN43rbT04ZmzUlRSTP637btu3PhRL3PY5thvSy115QZiLV4QX9o2RLeoSIuN\n2khk4FcMEOoTB26MsLX1bae/mkPddzsWlq8B7KB70XMJAi9kf3Hc6lDZx5WjxoLB\nEqeqbnFyGf55vps/FunUDxUot31NPH/SK1gPAP7Ia5rzlgECQQD0T+FiN/saQL/W\npodUfMc/b/m9QiBPKIXBGky60qsUcDla4BuNbnaY2+ioOfiDXeqUtvliLrgbzmSJ\nZLVz7ZiRAkEA5uhKhbT2+3dbmwYyVpWZjs9QRwtgJ0ZveXMLnvn5vw3r1lgwbqW8\nX3++FVtzvnUgt3cipQa5J3beGZk6U/yyBwJBAN0kuUSom5iF56AqmPD3CXv4pbyU\ncJ52dav3XGD3dHhJpQEHPqlkxeFTnWM5JiPzDPWUMmSXGXvB9OsQx9apyKECQQCY\nDVclfOk25n44M3hqc9DOrc3bOq5yrnsxqoR4h3viR7SJTUF3W0QUTvZI8hPh0xdc\nOONjcG30gt32VWSHcdt5AkEA27ZsDrplZuybq/JbeICnNf8eU+utXC/Y/hH9OSur\nmiSFL/cgcTvDk3n8zhUYAikHGyRJXVaFkdiwKpZcwBxHXw==\n-----END RSA PRIVATE KEY-----\n";
const ecPem = "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIK8RPe7WmTTGKZQR+4RMJFhA9jYYkwe8T+10+hmNc2+LoAoGCCqGSM49\nAwEHoUQDQgAEsbwutQGOpCwIklUM0AFddHB5IIV2gQe33wRFqSDClslaPBn4672x\nfsmlSAbn7b3VloQ6sNN7+mRFq6pY6N3Drw==\n-----END EC PRIVATE KEY-----\n";
const hello = Buffer.from('hello');
const rs256 = '0683bc5f59b51fff034a0db7d40af89b594f07bf4955b11b8d63fa39b3e89c52d40ef5b06aae6ed7' +
  'bdfd9afceb95ff177d9dcdad55d71dff881d357a9463fe4424f398e2b08afd322943e0dd1e0d2d6e882c75d3' +
  '868d5cdfad5dfe82b240f29a809f444324379a6f1d7e704c486db63ffcdc7ac5d23232628ab4208c1637f7fa';

// RSA PKCS#1 v1.5 is deterministic.
{
  assert.strictEqual(crypto.sign('sha256', hello, rsaPem).toString('hex'), rs256);
  assert.strictEqual(crypto.sign('RSA-SHA256', 'hello', crypto.createPrivateKey(rsaPem))
    .toString('hex'), rs256);
  const signer = crypto.createSign('sha256');
  signer.update('hel');
  signer.update(Buffer.from('lo'));
  assert.strictEqual(signer.sign(rsaPem, 'hex'), rs256);
  const pub = crypto.createPublicKey(rsaPem);
  assert.strictEqual(crypto.verify('sha256', hello, pub, Buffer.from(rs256, 'hex')), true);
  assert.strictEqual(crypto.verify('sha256', Buffer.from('hellO'), pub, Buffer.from(rs256, 'hex')),
                     false);
  assert.strictEqual(crypto.createVerify('sha256').update('hello').verify(pub, rs256, 'hex'), true);
  assert.strictEqual(crypto.verify('sha256', hello, rsaPem, Buffer.alloc(3)), false);
  // Streams: a Sign is a Writable.
  const s = crypto.createSign('sha256');
  s.write('hel');
  s.end('lo');
  assert.strictEqual(s.sign(rsaPem).toString('hex'), rs256);
  crypto.sign('sha256', hello, rsaPem, common.mustSucceed((sig) => {
    assert.strictEqual(sig.toString('hex'), rs256);
  }));
  crypto.verify('sha256', hello, pub, Buffer.from(rs256, 'hex'), common.mustSucceed((ok) => {
    assert.strictEqual(ok, true);
  }));
}

// RSA-PSS with explicit salt lengths.
{
  const opts = { key: rsaPem, padding: crypto.constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 };
  const sig = crypto.sign('sha256', hello, opts);
  assert.strictEqual(sig.length, 128);
  assert.notStrictEqual(sig.toString('hex'), rs256);
  assert.strictEqual(crypto.verify('sha256', hello, opts, sig), true);
  assert.strictEqual(crypto.verify('sha256', hello, { ...opts, saltLength: 20 }, sig), false);
  assert.strictEqual(crypto.verify('sha256', hello, rsaPem, sig), false);
  const viaStream = crypto.createSign('sha512').update(hello).sign(opts);
  assert.strictEqual(crypto.createVerify('sha512').update(hello).verify(opts, viaStream), true);
}

// ECDSA: signatures made by the reference implementation verify here.
{
  const pub = crypto.createPublicKey(ecPem);
  const der = Buffer.from('304402201978fff9fc0a35ec13ce984d761b1b3ff2eff3ae8a4db62ee5e22afd1079740b' +
                          '0220213ef7acfaea013ea2c9b7c9f901deea00c85aac4a7739a163637ad990e9777a', 'hex');
  const p1363 = Buffer.from('adbaabc2db395e7776afb49665d0d9cffca878b11fefd5a8071e618d8ef8c4ab' +
                            'd04ee097736389ee2a934c918943901903068bbcb6dd24ebd2c90478ad229937', 'hex');
  assert.strictEqual(crypto.verify('sha256', hello, pub, der), true);
  assert.strictEqual(crypto.verify('sha256', hello, { key: pub, dsaEncoding: 'ieee-p1363' }, p1363),
                     true);
  assert.strictEqual(crypto.verify('sha256', hello, pub, p1363), false);
  assert.strictEqual(crypto.verify('sha256', hello, { key: pub, dsaEncoding: 'ieee-p1363' }, der),
                     false);
  const sig = crypto.sign('sha256', hello, { key: ecPem, dsaEncoding: 'ieee-p1363' });
  assert.strictEqual(sig.length, 64);
  assert.strictEqual(crypto.verify('sha256', hello, { key: pub, dsaEncoding: 'ieee-p1363' }, sig),
                     true);
  const streamed = crypto.createSign('sha384').update(hello).sign(ecPem);
  assert.strictEqual(streamed[0], 0x30);
  assert.strictEqual(crypto.createVerify('sha384').update(hello).verify(pub, streamed), true);
  assert.throws(() => crypto.sign('sha256', hello, { key: ecPem, dsaEncoding: 'raw' }), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The property 'options.dsaEncoding' is invalid. Received 'raw'",
  });
}

// Ed25519, RFC 8032 section 7.1 tests 1 and 2.
for (const [d, x, message, signature] of [
  ['9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60',
   'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a', '',
   'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b4' +
   '6bd25bf5f0595bbe24655141438e7a100b'],
  ['4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb',
   '3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c', '72',
   '92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d' +
   '8c387b2eaeb4302aeeb00d291612bb0c00'],
]) {
  const priv = crypto.createPrivateKey({
    key: Buffer.from('302e020100300506032b657004220420' + d, 'hex'), format: 'der', type: 'pkcs8',
  });
  const pub = crypto.createPublicKey({
    key: Buffer.from('302a300506032b6570032100' + x, 'hex'), format: 'der', type: 'spki',
  });
  assert.strictEqual(crypto.sign(null, Buffer.from(message, 'hex'), priv).toString('hex'), signature);
  assert.strictEqual(crypto.verify(undefined, Buffer.from(message, 'hex'), pub,
                                   Buffer.from(signature, 'hex')), true);
  assert.throws(() => crypto.createSign('sha256').update('x').sign(priv), {
    code: 'ERR_CRYPTO_UNSUPPORTED_OPERATION', message: 'Unsupported crypto operation',
  });
}

// Errors.
assert.throws(() => crypto.sign('no-such-hash', hello, rsaPem), {
  name: 'TypeError', code: 'ERR_CRYPTO_INVALID_DIGEST', message: 'Invalid digest: no-such-hash',
});
assert.throws(() => crypto.createSign('no-such-hash'), {
  name: 'TypeError', code: 'ERR_CRYPTO_INVALID_DIGEST', message: 'Invalid digest',
});
assert.throws(() => crypto.sign('sha256', hello, crypto.createPublicKey(rsaPem)), {
  code: 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE',
  message: 'Invalid key object type public, expected private.',
});
assert.throws(() => crypto.sign('sha256', hello), {
  code: 'ERR_CRYPTO_SIGN_KEY_REQUIRED', message: 'No key provided to sign',
});
assert.throws(() => crypto.verify('sha256', hello, rsaPem, 'sig'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "signature" argument must be an instance of Buffer, TypedArray, or DataView. ' +
    "Received type string ('sig')",
});
{
  const s = crypto.createSign('sha256').update('x');
  s.sign(rsaPem);
  assert.throws(() => s.sign(rsaPem), {
    name: 'Error', code: 'ERR_CRYPTO_INVALID_STATE', message: 'Not initialised',
  });
}

// OpenSSL's errors: decorated when thrown, as the job reports them in the callback.
{
  const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 512 });
  const key = { key: privateKey, padding: crypto.constants.RSA_PKCS1_PSS_PADDING,
                saltLength: 1000 };
  const message = 'error:0200006E:rsa routines::data too large for key size';
  assert.throws(() => crypto.sign('sha512', Buffer.alloc(10), key), {
    message, code: 'ERR_OSSL_RSA_DATA_TOO_LARGE_FOR_KEY_SIZE', library: 'rsa routines',
  });
  crypto.sign('sha512', Buffer.alloc(10), key, common.mustCall((err) => {
    assert.strictEqual(err.message, message);
    assert.deepStrictEqual(Object.keys(err), ['opensslErrorStack']);
  }));
}
