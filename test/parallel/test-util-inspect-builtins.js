'use strict';
// util.inspect of built-in objects: dates, regexps, typed arrays, buffers,
// DataView, promises, proxies, boxed primitives, arguments, globalThis.
require('../common');
const assert = require('node:assert');
const util = require('util');

assert.strictEqual(util.inspect(new Date(0)), '1970-01-01T00:00:00.000Z');
assert.strictEqual(util.inspect(new Date('x')), 'Invalid Date');
assert.strictEqual(util.inspect(Object.assign(new Date(0), { a: 1 })),
                   '1970-01-01T00:00:00.000Z { a: 1 }');
class MyDate extends Date {}
assert.strictEqual(util.inspect(new MyDate(0)), 'MyDate 1970-01-01T00:00:00.000Z');
assert.strictEqual(util.inspect(new Date(0), { colors: true }),
                   '\u001b[35m1970-01-01T00:00:00.000Z\u001b[39m');

assert.strictEqual(util.inspect(/ab+c/gi), '/ab+c/gi');
assert.strictEqual(util.inspect(Object.assign(/x/, { a: 1 })), '/x/ { a: 1 }');
assert.strictEqual(util.inspect(/x/, { colors: true }), '\u001b[31m/x/\u001b[39m');

assert.strictEqual(util.inspect(new Uint8Array([1, 2, 3])), 'Uint8Array(3) [ 1, 2, 3 ]');
assert.strictEqual(util.inspect(new Float64Array([1.5, -0])), 'Float64Array(2) [ 1.5, -0 ]');
assert.strictEqual(util.inspect(new BigInt64Array([1n, -2n])), 'BigInt64Array(2) [ 1n, -2n ]');
assert.strictEqual(util.inspect(new Int16Array(0)), 'Int16Array(0) []');
assert.strictEqual(util.inspect(new Uint8Array(3), { maxArrayLength: 1 }),
                   'Uint8Array(3) [ 0, ... 2 more items ]');
assert.strictEqual(util.inspect(new Uint8Array(2), { showHidden: true }),
                   'Uint8Array(2) [\n  0,\n  0,\n  [BYTES_PER_ELEMENT]: 1,\n  [length]: 2,\n' +
                   '  [byteLength]: 2,\n  [byteOffset]: 0,\n  [buffer]: ArrayBuffer { byteLength: 2 }\n]');

assert.strictEqual(util.inspect(new Uint8Array([0, 1]).buffer),
                   'ArrayBuffer { [Uint8Contents]: <00 01>, byteLength: 2 }');
assert.strictEqual(util.inspect(new ArrayBuffer(3), { maxArrayLength: 1 }),
                   'ArrayBuffer { [Uint8Contents]: <00 ... 2 more bytes>, byteLength: 3 }');
assert.strictEqual(util.inspect(new DataView(new ArrayBuffer(4), 1, 2)),
                   'DataView {\n  byteLength: 2,\n  byteOffset: 1,\n' +
                   '  buffer: ArrayBuffer { [Uint8Contents]: <00 00 00 00>, byteLength: 4 }\n}');

assert.strictEqual(util.inspect(Promise.resolve(1)), 'Promise { 1 }');
assert.strictEqual(util.inspect(new Promise(() => {})), 'Promise { <pending> }');
const rejected = Promise.reject(3);
rejected.catch(() => {});
assert.strictEqual(util.inspect(rejected), 'Promise { <rejected> 3 }');
const rejectedErr = Promise.reject(new Error('rej'));
rejectedErr.catch(() => {});
assert.ok(util.inspect(rejectedErr).startsWith('Promise {\n  <rejected> Error: rej\n      at '));

// Proxies are shown as their target unless showProxy is set.
const target = { a: 1 };
const proxy = new Proxy(target, { get() { return 'trap'; } });
assert.strictEqual(util.inspect(proxy), '{ a: 1 }');
assert.strictEqual(util.inspect(proxy, { showProxy: true }), '{ a: 1 }'.replace('{', 'Proxy [ {') + ', { get: [Function: get] } ]');
assert.strictEqual(util.inspect(new Proxy(function f() {}, {})), '[Function: f]');
const revocable = Proxy.revocable({}, {});
revocable.revoke();
assert.strictEqual(util.inspect(revocable.proxy), '<Revoked Proxy>');

// Boxed primitives.
assert.strictEqual(util.inspect(new Number(3)), '[Number: 3]');
assert.strictEqual(util.inspect(new Number(-0)), '[Number: -0]');
assert.strictEqual(util.inspect(new String('ab')), "[String: 'ab']");
assert.strictEqual(util.inspect(new Boolean(false)), '[Boolean: false]');
assert.strictEqual(util.inspect(Object(5n)), '[BigInt: 5n]');
assert.strictEqual(util.inspect(Object(Symbol('s'))), '[Symbol: Symbol(s)]');
assert.strictEqual(util.inspect(Object.assign(new String('ab'), { x: 1 })), "[String: 'ab'] { x: 1 }");
assert.strictEqual(util.inspect(new String('ab'), { showHidden: true }), "[String: 'ab'] { [length]: 2 }");
assert.strictEqual(util.inspect(new Number(3), { colors: true }), '\u001b[33m[Number: 3]\u001b[39m');

function args() { return arguments; }
assert.strictEqual(util.inspect(args()), '[Arguments] {}');

assert.ok(util.inspect(globalThis, { depth: 0 }).startsWith('<ref *1> Object [global] {'));
