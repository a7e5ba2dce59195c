'use strict';
// structuredClone() and postMessage() copy KeyObjects, CryptoKeys and X509Certificates,
// within the thread, through a MessagePort and into a Worker.
const common = require('../common');
const assert = require('node:assert');
const crypto = require('node:crypto');
const fs = require('node:fs');
const v8 = require('node:v8');
const { MessageChannel, Worker } = require('node:worker_threads');

const secret = crypto.createSecretKey(Buffer.from('abc'));
const ed = crypto.generateKeyPairSync('ed25519');
const ec = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
const certPem = fs.readFileSync('/etc/ssl/certs/ISRG_Root_X1.pem');
const cert = new crypto.X509Certificate(certPem);

// Within the thread.
{
  const copy = structuredClone(secret);
  assert.notStrictEqual(copy, secret);
  assert.ok(copy instanceof crypto.KeyObject);
  assert.strictEqual(copy.type, 'secret');
  assert.deepStrictEqual(copy.export(), Buffer.from('abc'));

  const [priv, pub, pub2, ecPriv] =
    structuredClone([ed.privateKey, ed.publicKey, ed.publicKey, ec.privateKey]);
  assert.strictEqual(pub, pub2);
  assert.strictEqual(priv.constructor.name, 'PrivateKeyObject');
  assert.ok(priv.equals(ed.privateKey));
  assert.ok(pub.equals(ed.publicKey));
  assert.strictEqual(pub.asymmetricKeyType, 'ed25519');
  assert.deepStrictEqual(ecPriv.asymmetricKeyDetails, { namedCurve: 'prime256v1' });

  const certCopy = structuredClone({ cert }).cert;
  assert.ok(certCopy instanceof crypto.X509Certificate);
  assert.strictEqual(certCopy.fingerprint256, cert.fingerprint256);
}

// v8.serialize() still refuses them.
assert.throws(() => v8.serialize(secret), /^Error: Unserializable host object/);

(async () => {
  const hmac = await crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, true,
                                               ['sign', 'verify']);
  const copy = structuredClone(hmac);
  assert.ok(copy instanceof CryptoKey);
  assert.strictEqual(Object.getPrototypeOf(copy), Object.getPrototypeOf(hmac));
  assert.notStrictEqual(copy.algorithm, hmac.algorithm);
  assert.deepStrictEqual(copy.algorithm, { name: 'HMAC', length: 512, hash: { name: 'SHA-256' } });
  assert.deepStrictEqual(copy.usages, ['sign', 'verify']);
  assert.strictEqual(copy.extractable, true);
  const data = Buffer.from('data');
  const signature = await crypto.subtle.sign('HMAC', hmac, data);
  assert.strictEqual(await crypto.subtle.verify('HMAC', copy, signature, data), true);

  // Through a MessagePort.
  const { port1, port2 } = new MessageChannel();
  port2.once('message', common.mustCall((message) => {
    assert.ok(message.key.equals(secret));
    assert.strictEqual(message.crypto.type, 'secret');
    assert.strictEqual(message.cert.subject, cert.subject);
    port1.close();
  }));
  port1.postMessage({ key: secret, crypto: hmac, cert });

  // Into a Worker and back.
  const worker = new Worker(`
    const { parentPort } = require('worker_threads');
    parentPort.once('message', ({ secret, privateKey, hmac, cert }) => {
      parentPort.postMessage({
        secret: secret.export().toString(),
        type: privateKey.asymmetricKeyType,
        algorithm: hmac.algorithm,
        subject: cert.subject,
        key: privateKey,
      });
    });`, { eval: true });
  worker.once('message', common.mustCall((message) => {
    assert.strictEqual(message.secret, 'abc');
    assert.strictEqual(message.type, 'ed25519');
    assert.deepStrictEqual(message.algorithm,
                           { name: 'HMAC', length: 512, hash: { name: 'SHA-256' } });
    assert.strictEqual(message.subject, cert.subject);
    assert.ok(message.key.equals(ed.privateKey));
    worker.terminate();
  }));
  worker.postMessage({ secret, privateKey: ed.privateKey, hmac, cert });
})().then(common.mustCall());
