'use strict';
// Bytes made by Node 20 decompress to the same text, and where the output does not
// depend on zlib's match finder (stored blocks, Huffman-only, RLE, Brotli) rt
// compresses to exactly Node's bytes.
require('../common');
const assert = require('node:assert');
const zlib = require('node:zlib');

const text = 'The quick brown fox jumps over the lazy dog. '.repeat(20) +
  'Pack my box with five dozen liquor jugs.';

// zlib.xxxSync(text).toString('base64') under node v20.
const fromNode = {
  gunzipSync: 'H4sIAAAAAAAAA+3KSwGAIBAFwCovAVk8WIDPCgi6AiJgekt4ZM6zOkKqXgeozO3Exh17Pa4CfijjdoQo3' +
    'wHDVmCdeeaZ/86L1AHHgOKO5m+HzT8Ewy+diD5VztirLeIDcbUJG6wDAAA=',
  inflateSync: 'eJztyksBgCAQBcAqLwFZPFiAzwoIugIiYHpLeGTOszpCql4HqMztxMYdez2uAn4o43aEKN8Bw1Zg' +
    'nXnmmf/Oi9QBx4DijuZvh80/BMMvnYg+Vc7Yqy3iA+tyUbM=',
  inflateRawSync: '7cpLAYAgEAXAKi8BWTxYgM8KCLoCImB6S3hkzrM6QqpeB6jM7cTGHXs9rgJ+KON2hCjfAcNWYJ155' +
    'pn/zovUAceA4o7mb4fNPwTDL52IPlXO2Kst4gM=',
  brotliDecompressSync: 'G6sDAIyUq+3oCJU8qFTP6+1x7fzJZiSjQSRwygF7CbSFBRaAnRyeVyamuJGthia3KIUXHdqo' +
    'PBEj/QelCwA24/SHzIt7IOJUfhuINg+Xt28B',
};
for (const [fn, b64] of Object.entries(fromNode)) {
  assert.strictEqual(zlib[fn](Buffer.from(b64, 'base64')).toString(), text);
}
assert.strictEqual(zlib.unzipSync(Buffer.from(fromNode.gunzipSync, 'base64')).toString(), text);
assert.strictEqual(zlib.unzipSync(Buffer.from(fromNode.inflateSync, 'base64')).toString(), text);

// Stored blocks (level 0).
assert.strictEqual(zlib.gzipSync('Hello, rt!', { level: 0 }).toString('hex'),
                   '1f8b0800000000000403010a00f5ff48656c6c6f2c207274218ab8afbe0a000000');
assert.strictEqual(zlib.deflateSync('Hello, rt!', { level: 0 }).toString('hex'),
                   '7801010a00f5ff48656c6c6f2c2072742113100348');
assert.strictEqual(zlib.deflateRawSync('Hello, rt!', { level: 0 }).toString('hex'),
                   '010a00f5ff48656c6c6f2c20727421');

// Empty input.
assert.strictEqual(zlib.gzipSync('').toString('hex'), '1f8b080000000000000303000000000000000000');
assert.strictEqual(zlib.deflateSync('').toString('hex'), '789c030000000001');
assert.strictEqual(zlib.deflateRawSync('').toString('hex'), '0300');
assert.strictEqual(zlib.brotliCompressSync('').toString('hex'), '3b');

// A preset dictionary with stored blocks: FDICT set and the dictionary's Adler-32.
assert.strictEqual(
  zlib.deflateSync('hello hello dictionary',
                   { dictionary: Buffer.from('hello dictionary'), level: 0 }).toString('hex'),
  '783f3529066b011600e9ff68656c6c6f2068656c6c6f2064696374696f6e61727960ca089f');

// Huffman-only and RLE: no match finder involved.
const { Z_HUFFMAN_ONLY, Z_RLE, BROTLI_PARAM_QUALITY } = zlib.constants;
const short = 'abracadabra abracadabra';
assert.strictEqual(zlib.deflateSync(short, { strategy: Z_HUFFMAN_ONLY }).toString('hex'),
                   '780105c1310100000803a02a56639a60fd0f416a9dd448ad937a695508c9');
assert.strictEqual(zlib.deflateRawSync(short, { strategy: Z_HUFFMAN_ONLY }).toString('hex'),
                   '05c1310100000803a02a56639a60fd0f416a9dd448ad937a');
assert.strictEqual(zlib.gzipSync(short, { strategy: Z_RLE }).toString('hex'),
                   '1f8b080000000000040305c1310100000803a02a56639a60fd0f416a9dd448ad937a' +
                   '4e0e100517000000');
const huffman = zlib.deflateSync(text, { strategy: Z_HUFFMAN_ONLY });
assert.strictEqual(zlib.inflateSync(huffman).toString(), text);

// Brotli at the default quality and at quality 1.
assert.strictEqual(zlib.brotliCompressSync(text).toString('base64'), fromNode.brotliDecompressSync);
assert.strictEqual(
  zlib.brotliCompressSync(text, { params: { [BROTLI_PARAM_QUALITY]: 1 } }).toString('base64'),
  'i9UBAICqqqrq/3Tlw8lOZzvY4aKL6LKJ6W6mcAAXv9JEihtsMOYZQe3jCHV6FSEb7wLDH8LMbwcvahiOkMT5odleGH4o' +
  'u4WKyD8kf9h+OBi/CJoPFSRfJzeEafs1');
