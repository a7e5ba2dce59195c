'use strict';
// The ES2023 change-array-by-copy and well-formed-string methods of Node 20's V8.
require('../common');
const assert = require('assert');

// Array.prototype.toSorted / toReversed / toSpliced / with
const source = [3, , 1, undefined, 2];
assert.deepStrictEqual(source.toSorted(), [1, 2, 3, undefined, undefined]);
assert.deepStrictEqual([3, 1, 2].toSorted((a, b) => b - a), [3, 2, 1]);
assert.deepStrictEqual(source, [3, , 1, undefined, 2]);
assert.deepStrictEqual([1, , 3].toReversed(), [3, undefined, 1]);
assert.deepStrictEqual([1, 2, 3].toSpliced(1, 1, 'a', 'b'), [1, 'a', 'b', 3]);
assert.deepStrictEqual([1, 2, 3].toSpliced(), [1, 2, 3]);
assert.deepStrictEqual([1, 2, 3].toSpliced(1), [1]);
assert.deepStrictEqual([1, 2, 3].toSpliced(-1, -5), [1, 2, 3]);
assert.deepStrictEqual([1, 2, 3].with(-1, 'x'), [1, 2, 'x']);
assert.deepStrictEqual(Array.prototype.toSorted.call({ length: 2, 0: 'b', 1: 'a' }), ['a', 'b']);
assert.deepStrictEqual(Array.prototype.toSpliced.call('abc', 1, 1), ['a', 'c']);
assert.throws(() => [3, 1].toSorted('x'), {
  name: 'TypeError',
  message: 'The comparison function must be either a function or undefined',
});
assert.throws(() => [1, 2, 3].with(3, 'x'), { name: 'RangeError', message: 'Invalid index : 3' });
assert.throws(() => [1, 2, 3].with(-4, 'x'), { name: 'RangeError', message: 'Invalid index : -4' });
assert.throws(() => Array.prototype.toReversed.call({ length: 2 ** 32 }),
              { name: 'RangeError', message: 'Invalid array length' });
assert.throws(() => Array.prototype.toSpliced.call({ length: 2 ** 53 - 1 }, 0, 0, 1),
              { name: 'TypeError', message: 'Invalid array length' });
assert.throws(() => Array.prototype.toSorted.call(null), {
  name: 'TypeError', message: 'Cannot convert undefined or null to object',
});
assert.strictEqual([].toSpliced.length, 2);
assert.strictEqual([].with.length, 2);
assert.strictEqual([].toSorted.name, 'toSorted');
assert.strictEqual(Object.getOwnPropertyDescriptor(Array.prototype, 'toSorted').enumerable, false);
assert.deepStrictEqual(Object.keys(Array.prototype[Symbol.unscopables]).slice(-3),
                       ['toReversed', 'toSorted', 'toSpliced']);

// %TypedArray%.prototype.toSorted / toReversed / with
class MyArray extends Uint8Array {}
const sorted = new MyArray([3, 1, 2]).toSorted();
assert.strictEqual(sorted.constructor, Uint8Array);
assert.deepStrictEqual([...sorted], [1, 2, 3]);
assert.deepStrictEqual([...new Int16Array([1, 2]).toReversed()], [2, 1]);
assert.deepStrictEqual([...new Float64Array([1, 2]).with(0, '7')], [7, 2]);
assert.strictEqual(new BigInt64Array([1n]).with(0, 5n)[0], 5n);
assert.throws(() => new BigInt64Array([1n]).with(0, 1),
              { name: 'TypeError', message: 'Cannot convert 1 to a BigInt' });
assert.throws(() => new Float64Array([1, 2]).with(2, 1),
              { name: 'RangeError', message: 'Invalid typed array index' });
assert.throws(() => Uint8Array.prototype.toSorted.call([1]), {
  name: 'TypeError',
  message: 'Method %TypedArray%.prototype.toSorted called on incompatible receiver [object Array]',
});
assert.throws(() => Uint8Array.prototype.toReversed.call({}), {
  message: 'Method %TypedArray%.prototype.toReversed called on incompatible receiver #<Object>',
});
assert.throws(() => Uint8Array.prototype.with.call(5), { message: 'this is not a typed array.' });

// String.prototype.isWellFormed / toWellFormed
assert.deepStrictEqual(
  ['ab\ud800', 'ab', '\udc00\ud800', '\ud83d\ude00'].map((s) => [s.isWellFormed(), s.toWellFormed()]),
  [[false, 'ab\ufffd'], [true, 'ab'], [false, '\ufffd\ufffd'], [true, '\ud83d\ude00']]);
assert.strictEqual(String.prototype.toWellFormed.call(5), '5');
assert.throws(() => String.prototype.isWellFormed.call(null), {
  name: 'TypeError', message: 'String.prototype.isWellFormed called on null or undefined',
});

// vm contexts have them too, made from their own built-ins.
const vm = require('vm');
const context = vm.createContext({ list: [3, 1, 2] });
assert.deepStrictEqual([...vm.runInContext('list.toSorted()', context)], [1, 2, 3]);
assert.strictEqual(vm.runInContext('[1, 2].toReversed() instanceof Array', context), true);
assert.strictEqual(vm.runInContext('try { [].with(5, 1) } catch (e) { e instanceof RangeError }',
                                   context), true);
assert.strictEqual(vm.runInContext('Object.keys(globalThis).join()', context), 'list');
