'use strict';
// crypto.createDiffieHellman, getDiffieHellman / createDiffieHellmanGroup: known group
// primes, two parties agreeing on a secret, encodings, verifyError and errors.
require('../common');
const assert = require('node:assert');
const crypto = require('node:crypto');

// RFC 3526 group 14 (2048-bit MODP).
const modp14 = 'FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD1' +
  '29024E088A67CC74020BBEA63B139B22514A08798E3404DD' +
  'EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245' +
  'E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED' +
  'EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3D' +
  'C2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F' +
  '83655D23DCA3AD961C62F356208552BB9ED529077096966D' +
  '670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B' +
  'E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9' +
  'DE2BCBF6955817183995497CEA956AE515D2261898FA0510' +
  '15728E5A8AACAA68FFFFFFFFFFFFFFFF';

// Group primes and sizes.
const sizes = { modp1: 96, modp2: 128, modp5: 192, modp14: 256, modp15: 384,
                modp16: 512, modp17: 768, modp18: 1024 };
for (const [name, size] of Object.entries(sizes)) {
  const group = crypto.getDiffieHellman(name);
  assert.ok(group instanceof crypto.DiffieHellmanGroup);
  assert.strictEqual(group.getPrime().length, size);
  assert.deepStrictEqual(group.getGenerator(), Buffer.from([2]));
  assert.strictEqual(group.verifyError, 0);
  assert.strictEqual(group.getPrime('hex').slice(0, 16), 'ffffffffffffffff');
  assert.strictEqual(group.getPrime('hex').slice(-16), 'ffffffffffffffff');
}
assert.strictEqual(crypto.getDiffieHellman('modp14').getPrime('hex'), modp14.toLowerCase());
assert.strictEqual(crypto.createDiffieHellmanGroup('modp14').getGenerator('hex'), '02');
assert.deepStrictEqual(Object.keys(crypto.getDiffieHellman('modp5')), ['verifyError']);
assert.strictEqual(crypto.getDiffieHellman('modp5').setPublicKey, undefined);
assert.strictEqual(crypto.getDiffieHellman('modp5').setPrivateKey, undefined);
assert.strictEqual(crypto.DiffieHellmanGroup.name, 'DiffieHellmanGroup');

assert.throws(() => crypto.getDiffieHellman('modp3'), {
  name: 'Error', code: 'ERR_CRYPTO_UNKNOWN_DH_GROUP', message: 'Unknown DH group',
});

// Two parties on a named group compute the same secret, padded to the prime's size.
{
  const alice = crypto.getDiffieHellman('modp14');
  const bob = crypto.getDiffieHellman('modp14');
  const alicePub = alice.generateKeys();
  const bobPub = bob.generateKeys('hex');
  assert.strictEqual(typeof bobPub, 'string');
  assert.deepStrictEqual(alice.getPublicKey(), alicePub);
  assert.strictEqual(bob.getPublicKey('hex'), bobPub);
  const s1 = alice.computeSecret(bobPub, 'hex');
  const s2 = bob.computeSecret(alicePub, null, 'base64');
  assert.strictEqual(s1.length, 256);
  assert.strictEqual(s1.toString('base64'), s2);
  assert.strictEqual(alice.computeSecret(bob.getPublicKey(), 'buffer', 'hex'), s1.toString('hex'));
}

// Known keys, checked against BigInt arithmetic: A = g^a mod p, s = B^a mod p.
function modPow(base, exp, mod) {
  let result = 1n;
  base %= mod;
  while (exp > 0n) {
    if (exp & 1n) result = (result * base) % mod;
    base = (base * base) % mod;
    exp >>= 1n;
  }
  return result;
}
function toBig(buf) {
  return BigInt(`0x${buf.toString('hex')}`);
}
{
  const p = BigInt(`0x${modp14}`);
  const a = 0x1234567890abcdef1234567890abcdefn;
  const b = 0xfedcba0987654321fedcba0987654321n;
  const alice = crypto.createDiffieHellman(modp14, 'hex', Buffer.from([2]));
  const bob = crypto.createDiffieHellman(Buffer.from(modp14, 'hex'), 2);
  alice.setPrivateKey(a.toString(16), 'hex');
  bob.setPrivateKey(Buffer.from(b.toString(16), 'hex'));
  const alicePub = alice.generateKeys();
  const bobPub = bob.generateKeys();
  assert.strictEqual(toBig(alicePub), modPow(2n, a, p));
  assert.strictEqual(toBig(bobPub), modPow(2n, b, p));
  const secret = alice.computeSecret(bobPub);
  assert.strictEqual(secret.length, 256);
  assert.strictEqual(toBig(secret), modPow(2n, a * b, p));
  assert.deepStrictEqual(bob.computeSecret(alicePub), secret);
  assert.strictEqual(alice.getPrivateKey('hex'), a.toString(16));
  assert.throws(() => alice.computeSecret(Buffer.from([1])), {
    name: 'RangeError', code: 'ERR_CRYPTO_INVALID_KEYLEN', message: 'Supplied key is too small',
  });
}

// A tiny group is reported by verifyError, and refused when generating keys.
{
  const tiny = crypto.createDiffieHellman(Buffer.from([23]), Buffer.from([5]));
  assert.strictEqual(tiny.verifyError, 128);
  assert.strictEqual(tiny.getPrime('hex'), '17');
  assert.strictEqual(tiny.getGenerator('hex'), '05');
  assert.throws(() => tiny.generateKeys(), {
    name: 'Error', code: 'ERR_OSSL_DH_MODULUS_TOO_SMALL',
    message: 'error:0280007E:Diffie-Hellman routines::modulus too small',
  });
}

// setPublicKey / setPrivateKey with a known prime; the generator defaults to 2.
{
  const a = crypto.createDiffieHellman(modp14, 'hex');
  assert.strictEqual(a.verifyError, 0);
  assert.deepStrictEqual(a.getGenerator(), Buffer.from([2]));
  const b = crypto.createDiffieHellman(Buffer.from(modp14, 'hex'), 'hex', '02', 'hex');
  a.generateKeys();
  b.generateKeys();
  const c = crypto.createDiffieHellman(a.getPrime(), a.getGenerator());
  assert.strictEqual(c.setPrivateKey(a.getPrivateKey()), c);
  assert.strictEqual(c.setPublicKey(a.getPublicKey('base64'), 'base64'), c);
  assert.deepStrictEqual(c.computeSecret(b.getPublicKey()), b.computeSecret(a.getPublicKey()));
  assert.throws(() => crypto.createDiffieHellman(modp14, 'hex').getPublicKey(), {
    name: 'Error', code: 'ERR_CRYPTO_INVALID_STATE',
    message: 'No public key - did you forget to generate one?',
  });
  assert.throws(() => crypto.createDiffieHellman(modp14, 'hex').getPrivateKey(), {
    name: 'Error', code: 'ERR_CRYPTO_INVALID_STATE',
    message: 'No private key - did you forget to generate one?',
  });
}

// verifyError flags: 22 = 2 * 11 is not prime; 23 with g = 5 is too small.
assert.strictEqual(crypto.constants.DH_CHECK_P_NOT_PRIME, 1);
assert.strictEqual(crypto.constants.DH_CHECK_P_NOT_SAFE_PRIME, 2);
assert.strictEqual(crypto.constants.DH_NOT_SUITABLE_GENERATOR, 8);
assert.strictEqual(crypto.createDiffieHellman(Buffer.from([22]), 5).verifyError, 129);
assert.strictEqual(crypto.createDiffieHellman('abcdef', 'hex').verifyError, 129);

// A generated prime of the requested size.
{
  const dh = crypto.createDiffieHellman(512);
  assert.strictEqual(dh.getPrime().length, 64);
  assert.deepStrictEqual(dh.getGenerator(), Buffer.from([2]));
  assert.ok(crypto.checkPrimeSync(dh.getPrime()));
  const one = crypto.createDiffieHellman(dh.getPrime(), dh.getGenerator());
  const two = crypto.createDiffieHellman(dh.getPrime('hex'), 'hex');
  assert.strictEqual(one.verifyError, 0);
  assert.deepStrictEqual(one.getPrime(), two.getPrime());
  assert.strictEqual(dh.generateKeys().length <= 64, true);
  assert.ok(crypto.DiffieHellman(dh.getPrime()) instanceof crypto.DiffieHellman);
}

// Errors.
assert.throws(() => crypto.createDiffieHellman({}), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "sizeOrKey" argument must be one of type number or string or an instance of ' +
    'ArrayBuffer, Buffer, TypedArray, or DataView. Received an instance of Object',
});
assert.throws(() => crypto.createDiffieHellman(1.5), {
  name: 'RangeError', code: 'ERR_OUT_OF_RANGE',
});
assert.throws(() => crypto.createDiffieHellman(Buffer.from([23]), {}), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
});
assert.throws(() => crypto.createDiffieHellman(1), {
  name: 'Error', code: 'ERR_OSSL_DH_MODULUS_TOO_SMALL',
  message: 'error:0280007E:Diffie-Hellman routines::modulus too small',
  library: 'Diffie-Hellman routines', reason: 'modulus too small',
});
for (const args of [[512, 1], [Buffer.from([23]), Buffer.from([1])],
  [Buffer.from([23]), Buffer.from([])], [Buffer.from([23]), -1]]) {
  assert.throws(() => crypto.createDiffieHellman(...args), {
    name: 'Error', code: 'ERR_OSSL_DH_BAD_GENERATOR',
    message: 'error:02800065:Diffie-Hellman routines::bad generator',
  });
}
assert.throws(() => crypto.getDiffieHellman('modp5').computeSecret(5), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
});

// diffieHellman() over 'dh' KeyObjects (modp5 keys made by node).
{
  const privateKey = crypto.createPrivateKey(
  '-----BEGIN PRIVATE KEY-----\n' +
  'MIH4AgEAMIHVBgkqhkiG9w0BAwEwgccCgcEA///////////JD9qiIWjCNMTGYouA\n' +
  '3BzRKQJOCIpnzHQCC76mOxObIlFKCHmONATd75UZs806QxswKwpt8l8UN0/hNW1t\n' +
  'UcJF5IW1dmJefsb0TELppjftawv/XLb0Brft7jhr+1qJn6WunyQRfEsf5kkoZlHs\n' +
  '5Fs9wgB8uKFjvwWY2kg2HFXTmmkWP6j9JM9fg2VdI9yjrZYcYvNWIIVSu57VKQdw\n' +
  'lpZtZww1Tkq8mATxdGwIyiNzJ///////////AgECBBsCGRYPd87DbCNW7hbds1Dw\n' +
  'kim3iN/355k7MNA=\n' +
  '-----END PRIVATE KEY-----\n');
  const publicKey = crypto.createPublicKey(
  '-----BEGIN PUBLIC KEY-----\n' +
  'MIIBnzCB1QYJKoZIhvcNAQMBMIHHAoHBAP//////////yQ/aoiFowjTExmKLgNwc\n' +
  '0SkCTgiKZ8x0Agu+pjsTmyJRSgh5jjQE3e+VGbPNOkMbMCsKbfJfFDdP4TVtbVHC\n' +
  'ReSFtXZiXn7G9ExC6aY37WsL/1y29Aa37e44a/taiZ+lrp8kEXxLH+ZJKGZR7ORb\n' +
  'PcIAfLihY78FmNpINhxV05ppFj+o/STPX4NlXSPco62WHGLzViCFUrue1SkHcJaW\n' +
  'bWcMNU5KvJgE8XRsCMojcyf//////////wIBAgOBxAACgcBEqFxXTAfVjLVUi8DX\n' +
  'BNPN5ROCnGu7LGyaE0L7PVR7Y+QYlqShEJyfAwsuOEc1WjvD+ok5jq8DOPYGVcoD\n' +
  'BiDUGjIDy58sW4E3T7oIMZKWwoGaoWrieMLJ8j3mWrIFrLJmtZuZuwNEEZvre06N\n' +
  'ew58MnR9Js9XiUp2fA7oZOloYPWZm2thqDVjrEcQhmS0fsW7Ol9McAsWcEdrpS6S\n' +
  'PDhysKs5E8i1v23G+ilRiy68WAjq4rWfw0txeLGA6lZxdF4=\n' +
  '-----END PUBLIC KEY-----\n');
  assert.strictEqual(privateKey.asymmetricKeyType, 'dh');
  const secret = crypto.diffieHellman({ privateKey, publicKey });
  assert.strictEqual(secret.toString('hex'),
    '6d7dc704121bf367f0300c247dddbf47587f154195e02c5649e2de7a00dfe7d5' +
    '0d318b41749a064363b6c03f651d64a6cd4ec99768387149cab19b0871323c57' +
    '72d585d5cd61fa46d1e7e8448b5f50f67fb4cbc4bcaf5eb9000db25cc79fb952' +
    '08f96d3050f0b9981d0dacd936e610a90713c785703a6b178b16428e18f07340' +
    '4ac8465b9f6f8c6b9aaf82af4da32f41e12d8171f5d04420b3a29769e6df6755' +
    '212996992abb21c61108112ada8e3ff1f449754cb53f933966f57872b9b9c32f');
}

// util.inspect shows the native handle's verifyError as a getter, as in Node.
assert.strictEqual(require('node:util').inspect(crypto.getDiffieHellman('modp1')),
                   'DiffieHellmanGroup {\n  verifyError: 0,\n' +
                   '  [Symbol(kHandle)]: DiffieHellmanGroup { verifyError: [Getter] }\n}');
