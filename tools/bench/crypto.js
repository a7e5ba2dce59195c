'use strict';

// crypto throughput, rt against node: hashes over small and large inputs, HMAC, random
// bytes and UUIDs, PBKDF2, AES-256-GCM and (where available) signatures.
//   node tools/bench/crypto.js [path/to/rt]     runs both and prints ops/s and rt/node
//   <runtime> tools/bench/crypto.js --worker    measures the runtime it runs in (JSON lines)
// A ratio above 1 means rt does more operations per second than node. The work is in
// OpenSSL for both, so the small-input cases measure the JS/C++ crossing.

const { measure, report, main } = require('./harness');

function worker() {
  const crypto = require('crypto');
  const small = Buffer.alloc(64, 'a');
  const smallText = 'a'.repeat(64);
  const big = Buffer.alloc(1024 * 1024, 'b');
  const huge = Buffer.alloc(64 * 1024 * 1024, 'c');
  const key = Buffer.alloc(32, 'k');
  const iv = Buffer.alloc(12, 'i');
  let sink = 0;
  const cases = [
    ['sha256 64 B hex', () => { sink += crypto.createHash('sha256').update(small).digest('hex').length; }],
    ['sha256 64 B string', () => { sink += crypto.createHash('sha256').update(smallText).digest().length; }],
    ['crypto.hash sha256 64 B', () => { sink += crypto.hash('sha256', small).length; }],
    ['md5 64 B hex', () => { sink += crypto.createHash('md5').update(small).digest('hex').length; }],
    ['sha256 1 MiB', () => { sink += crypto.createHash('sha256').update(big).digest().length; }],
    ['md5 1 MiB', () => { sink += crypto.createHash('md5').update(big).digest().length; }],
    ['hmac sha256 64 B', () => { sink += crypto.createHmac('sha256', key).update(small).digest('hex').length; }],
    ['randomBytes(16)', () => { sink += crypto.randomBytes(16).length; }],
    ['randomBytes(1024)', () => { sink += crypto.randomBytes(1024).length; }],
    ['randomUUID()', () => { sink += crypto.randomUUID().length; }],
    ['randomInt(100)', () => { sink += crypto.randomInt(100); }],
    ['pbkdf2Sync sha256 10000 it', () => { sink += crypto.pbkdf2Sync('pw', 'salt', 10000, 32, 'sha256').length; }],
    ['pbkdf2Sync sha256 100000 it', () => { sink += crypto.pbkdf2Sync('pw', 'salt', 100000, 32, 'sha256').length; }],
    ['aes-256-gcm 1 MiB', () => {
      const c = crypto.createCipheriv('aes-256-gcm', key, iv);
      sink += c.update(big).length + c.final().length + c.getAuthTag().length;
    }],
    ['aes-256-gcm 64 MiB', () => {
      const c = crypto.createCipheriv('aes-256-gcm', key, iv);
      sink += c.update(huge).length + c.final().length + c.getAuthTag().length;
    }],
    ['aes-256-gcm 64 B', () => {
      const c = crypto.createCipheriv('aes-256-gcm', key, iv);
      sink += c.update(small).length + c.final().length + c.getAuthTag().length;
    }],
  ];
  let signing = [];
  try {
    const ed = crypto.generateKeyPairSync('ed25519');
    const ec = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const edSig = crypto.sign(null, small, ed.privateKey);
    const ecSig = crypto.sign('sha256', small, ec.privateKey);
    signing = [
      ['ed25519 sign', () => { sink += crypto.sign(null, small, ed.privateKey).length; }],
      ['ed25519 verify', () => { sink += crypto.verify(null, small, ed.publicKey, edSig); }],
      ['ecdsa p-256 sign', () => { sink += crypto.sign('sha256', small, ec.privateKey).length; }],
      ['ecdsa p-256 verify', () => { sink += crypto.verify('sha256', small, ec.publicKey, ecSig); }],
    ];
  } catch {
    // Not available in this runtime yet.
  }
  for (const [name, fn] of [...cases, ...signing]) {
    fn();
    report(name, measure(fn));
  }
  if (sink === 0) console.log('');
}

main(__filename, worker);
