'use strict';
// TextDecoder: util.inspect output, receiver checks and the shape of the class.
require('../common');
const assert = require('node:assert');
const util = require('node:util');

const d = new TextDecoder();
assert.strictEqual(util.TextDecoder, TextDecoder);
assert.strictEqual(util.inspect(d), "TextDecoder { encoding: 'utf-8', fatal: false, ignoreBOM: false }");
assert.strictEqual(util.inspect(d, { depth: -1 }), '[TextDecoder]');
assert.strictEqual(util.inspect({ a: { b: { c: d } } }), '{ a: { b: { c: [TextDecoder] } } }');
assert.strictEqual(util.inspect(new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true })),
                   "TextDecoder { encoding: 'utf-16le', fatal: true, ignoreBOM: true }");
assert.strictEqual(util.inspect(new TextDecoder('utf-8', { fatal: true }), { showHidden: true }),
                   'TextDecoder {\n' +
                   "  encoding: 'utf-8',\n" +
                   '  fatal: true,\n' +
                   '  ignoreBOM: false,\n' +
                   '  [Symbol(flags)]: 2,\n' +
                   '  [Symbol(handle)]: undefined\n' +
                   '}');
{
  // The ICU converter appears once the decoder streams (or at once for utf-16le).
  const s = new TextDecoder('latin1', { ignoreBOM: true });
  s.decode(new Uint8Array([0x41]), { stream: true });
  assert.strictEqual(util.inspect({ x: s }, { showHidden: true }),
                     '{\n' +
                     '  x: TextDecoder {\n' +
                     "    encoding: 'windows-1252',\n" +
                     '    fatal: false,\n' +
                     '    ignoreBOM: true,\n' +
                     '    [Symbol(flags)]: 4,\n' +
                     '    [Symbol(handle)]: Converter {}\n' +
                     '  }\n' +
                     '}');
}
assert.strictEqual(util.inspect([new TextDecoder()], { compact: false }),
                   "[\n  TextDecoder { encoding: 'utf-8', fatal: false, ignoreBOM: false }\n]");
class MyDecoder extends TextDecoder {}
assert.strictEqual(util.inspect(new MyDecoder()),
                   "MyDecoder { encoding: 'utf-8', fatal: false, ignoreBOM: false }");
assert.strictEqual(util.inspect(new MyDecoder(), { depth: -1 }), '[MyDecoder [TextDecoder]]');

// Receivers that are not TextDecoders.
for (const fn of [
  () => TextDecoder.prototype.decode.call({}, new Uint8Array(1)),
  () => Object.getOwnPropertyDescriptor(TextDecoder.prototype, 'encoding').get.call({}),
  () => Object.getOwnPropertyDescriptor(TextDecoder.prototype, 'fatal').get.call(1),
  () => Object.getOwnPropertyDescriptor(TextDecoder.prototype, 'ignoreBOM').get.call(null),
  () => TextDecoder.prototype[util.inspect.custom].call({}),
]) {
  assert.throws(fn, {
    code: 'ERR_INVALID_THIS',
    name: 'TypeError',
    message: 'Value of "this" must be of type TextDecoder',
  });
}
assert.throws(() => d.decode(null), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ' +
    'ArrayBufferView.',
});

assert.deepStrictEqual(Object.getOwnPropertyNames(TextDecoder.prototype),
                       ['constructor', 'decode', 'encoding', 'fatal', 'ignoreBOM']);
assert.deepStrictEqual(Object.keys(TextDecoder.prototype),
                       ['decode', 'encoding', 'fatal', 'ignoreBOM']);
assert.deepStrictEqual(Object.getOwnPropertyNames(d), []);
assert.deepStrictEqual(Object.getOwnPropertySymbols(d).map((s) => s.description),
                       ['decoder', 'flags', 'encoding', 'kIgnoreBOM', 'kFatal', 'kUTF8FastPath',
                        'kLatin1FastPath', 'handle']);
assert.strictEqual(Object.prototype.toString.call(d), '[object TextDecoder]');
assert.strictEqual(TextDecoder.length, 0);
assert.strictEqual(TextDecoder.prototype.decode.length, 0);
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(globalThis, 'TextDecoder'), {
  value: TextDecoder, writable: true, enumerable: false, configurable: true,
});
