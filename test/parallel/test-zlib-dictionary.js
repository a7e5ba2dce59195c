'use strict';
// Preset dictionaries: deflate and raw deflate use them, inflate needs the same one
// (Z_NEED_DICT "Missing dictionary" / "Bad dictionary" otherwise).
const common = require('../common');
const assert = require('node:assert');
const zlib = require('node:zlib');

const dictionary = Buffer.from('the spec says the response header field is ');
const input = 'the spec says the response header field is content-type';

const packed = zlib.deflateSync(input, { dictionary });
assert.strictEqual(packed[1] & 0x20, 0x20);  // FDICT
assert.strictEqual(zlib.inflateSync(packed, { dictionary }).toString(), input);
assert.ok(packed.length < zlib.deflateSync(input).length);

// Any view or ArrayBuffer works as the dictionary.
const ab = new ArrayBuffer(dictionary.length);
new Uint8Array(ab).set(dictionary);
assert.strictEqual(zlib.inflateSync(packed, { dictionary: ab }).toString(), input);
assert.strictEqual(zlib.inflateSync(packed, { dictionary: new DataView(ab) }).toString(), input);
assert.deepStrictEqual(zlib.deflateSync(input, { dictionary: new Uint8Array(ab) }), packed);

assert.throws(() => zlib.inflateSync(packed), {
  message: 'Missing dictionary', code: 'Z_NEED_DICT', errno: 2,
});
assert.throws(() => zlib.inflateSync(packed, { dictionary: Buffer.from('wrong') }), {
  message: 'Bad dictionary', code: 'Z_NEED_DICT', errno: 2,
});
zlib.inflate(packed, common.mustCall((err) => {
  assert.strictEqual(err.message, 'Missing dictionary');
  assert.strictEqual(err.code, 'Z_NEED_DICT');
}));
zlib.inflate(packed, { dictionary }, common.mustSucceed((out) => {
  assert.strictEqual(out.toString(), input);
}));

// Raw deflate: both sides set the dictionary up front; no check is possible.
const raw = zlib.deflateRawSync(input, { dictionary });
assert.strictEqual(zlib.inflateRawSync(raw, { dictionary }).toString(), input);
assert.throws(() => zlib.inflateRawSync(raw), { code: 'Z_DATA_ERROR' });

// Through streams, with reset() reusing the dictionary.
const deflate = zlib.createDeflate({ dictionary });
const inflate = zlib.createInflate({ dictionary });
const out = [];
deflate.pipe(inflate);
inflate.on('data', (chunk) => out.push(chunk));
inflate.on('end', common.mustCall(() => assert.strictEqual(Buffer.concat(out).toString(), input)));
deflate.end(input);

const reused = zlib.createDeflateRaw({ dictionary });
reused.reset();
const reusedOut = [];
reused.on('data', (chunk) => reusedOut.push(chunk));
reused.on('end', common.mustCall(() => {
  assert.strictEqual(zlib.inflateRawSync(Buffer.concat(reusedOut), { dictionary }).toString(),
                     input);
}));
reused.end(input);

assert.throws(() => zlib.deflateSync('x', { dictionary: 'a string' }), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.dictionary" property must be an instance of Buffer, TypedArray, ' +
    "DataView, or ArrayBuffer. Received type string ('a string')",
});
