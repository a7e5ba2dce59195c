'use strict';
// structuredClone(), MessagePort#postMessage() and v8.serialize() of Node's objects that
// are not plain JS data: Blob and File (arriving as a Blob), KeyObject, CryptoKey,
// X509Certificate, SocketAddress, BlockList and histograms are copied; v8.serialize()
// refuses them as host objects. Web streams and FileHandles need a transfer.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');
const v8 = require('v8');
const { BlockList, SocketAddress } = require('net');
const { createHistogram } = require('perf_hooks');
const { MessageChannel } = require('worker_threads');
const fixtures = require('../common/fixtures');

(async () => {
  const blob = structuredClone(new Blob(['ab', 'c'], { type: 'text/plain' }));
  assert.ok(blob instanceof Blob);
  assert.strictEqual(blob.size, 3);
  assert.strictEqual(blob.type, 'text/plain');
  assert.strictEqual(await blob.text(), 'abc');

  const file = structuredClone(new File(['héllo'], 'a.txt', { type: 'a/b', lastModified: 5 }));
  assert.strictEqual(Object.getPrototypeOf(file), Blob.prototype);
  assert.strictEqual(file.name, undefined);
  assert.strictEqual(file.size, 6);
  assert.strictEqual(await file.text(), 'héllo');

  // The same Blob twice in one value is one object in the copy.
  const shared = new Blob(['x']);
  const pair = structuredClone([shared, { again: shared }]);
  assert.strictEqual(pair[0], pair[1].again);

  const secret = crypto.createSecretKey(Buffer.from('0123456789abcdef'));
  const secretCopy = structuredClone(secret);
  assert.strictEqual(secretCopy.type, 'secret');
  assert.ok(secretCopy.equals(secret));
  assert.deepStrictEqual(secretCopy.export(), secret.export());

  const { publicKey, privateKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const [publicCopy, privateCopy] = structuredClone([publicKey, privateKey]);
  assert.ok(publicCopy instanceof crypto.KeyObject);
  assert.ok(publicCopy.equals(publicKey));
  assert.ok(privateCopy.equals(privateKey));
  assert.deepStrictEqual(privateCopy.asymmetricKeyDetails, { namedCurve: 'prime256v1' });

  const hmac = await crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false,
                                              ['sign', 'verify']);
  const hmacCopy = structuredClone(hmac);
  assert.ok(hmacCopy instanceof CryptoKey);
  assert.strictEqual(hmacCopy.extractable, false);
  assert.deepStrictEqual(hmacCopy.usages, ['sign', 'verify']);
  assert.deepStrictEqual(hmacCopy.algorithm, hmac.algorithm);
  const signature = await crypto.subtle.sign('HMAC', hmac, Buffer.from('data'));
  assert.ok(await crypto.subtle.verify('HMAC', hmacCopy, signature, Buffer.from('data')));

  const cert = new crypto.X509Certificate(fixtures.readSync('keys/server.pem'));
  const certCopy = structuredClone(cert);
  assert.ok(certCopy instanceof crypto.X509Certificate);
  assert.strictEqual(certCopy.fingerprint256, cert.fingerprint256);

  const address = structuredClone(new SocketAddress({ address: '::1', family: 'ipv6', port: 8 }));
  assert.ok(SocketAddress.isSocketAddress(address));
  assert.deepStrictEqual(address.toJSON(),
                         { address: '::1', port: 8, family: 'ipv6', flowlabel: 0 });

  const list = new BlockList();
  list.addAddress('1.2.3.4');
  list.addSubnet('10.0.0.0', 8);
  const listCopy = structuredClone(list);
  assert.ok(listCopy instanceof BlockList);
  assert.deepStrictEqual(listCopy.rules, list.rules);
  assert.strictEqual(listCopy.check('10.9.8.7'), true);
  assert.strictEqual(listCopy.check('11.0.0.0'), false);

  const histogram = createHistogram();
  histogram.record(5);
  histogram.record(100);
  const histogramCopy = structuredClone(histogram);
  assert.strictEqual(histogramCopy.constructor.name, 'RecordableHistogram');
  assert.strictEqual(histogramCopy.count, 2);
  assert.strictEqual(histogramCopy.min, 5);
  assert.strictEqual(histogramCopy.max, 100);

  // v8.serialize() sees host objects it cannot write.
  for (const value of [new Blob(['x']), secret, hmac, cert, list]) {
    assert.throws(() => v8.serialize(value), {
      name: 'Error',
      message: /^Unserializable host object: /,
    });
  }

  // Web streams can only be transferred: cloning one, even nested, throws Node's error.
  for (const stream of [new ReadableStream(), new WritableStream(), new TransformStream()]) {
    assert.throws(() => structuredClone({ nested: [stream] }), {
      name: 'TypeError',
      code: 'ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST',
      message: 'Object that needs transfer was found in message but not listed in transferList',
    });
  }

  const handle = await require('fs').promises.open(__filename);
  assert.throws(() => structuredClone(handle), { code: 'ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST' });
  await handle.close();

  // Through a MessagePort.
  const { port1, port2 } = new MessageChannel();
  port2.on('message', common.mustCall(async (message) => {
    assert.strictEqual(await message.blob.text(), 'sent');
    assert.ok(message.key.equals(secret));
    port2.close();
  }));
  port1.postMessage({ blob: new Blob(['sent']), key: secret });
})().then(common.mustCall());
