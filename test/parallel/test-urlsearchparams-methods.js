'use strict';
// URLSearchParams: construction, methods, serialization and errors.
require('../common');
const assert = require('node:assert');

const parse = (init) => [...new URLSearchParams(init)];
assert.deepStrictEqual(parse('?a=1&b=2&a=3'), [['a', '1'], ['b', '2'], ['a', '3']]);
assert.deepStrictEqual(parse('a=%zz&b=%E2%82&c=+%2B&&d'),
                       [['a', '%zz'], ['b', '\ufffd'], ['c', ' +'], ['d', '']]);
assert.deepStrictEqual(parse([['x', 'y'], new Set(['k', 'v'])]), [['x', 'y'], ['k', 'v']]);
assert.deepStrictEqual(parse(new Map([['m', 'n']])), [['m', 'n']]);
assert.deepStrictEqual(parse({ b: '2', a: 1 }), [['b', '2'], ['a', '1']]);
assert.throws(() => parse({ [Symbol('s')]: 'no' }), TypeError);
assert.deepStrictEqual(parse(Object.defineProperty({}, Symbol('s'), { value: 1 })), []);
assert.deepStrictEqual(parse({ '\ud800': 'x', '\udc00': 'y' }), [['\ufffd', 'y']]);
assert.deepStrictEqual(parse(null), []);
assert.deepStrictEqual(parse(new URLSearchParams('q=1')), [['q', '1']]);

const params = new URLSearchParams('b=2&a=1&a=3&c=\u00e9 ~');
assert.strictEqual(params.size, 4);
assert.strictEqual(params.get('a'), '1');
assert.strictEqual(params.get('zz'), null);
assert.deepStrictEqual(params.getAll('a'), ['1', '3']);
assert.strictEqual(params.has('a'), true);
assert.strictEqual(params.has('a', '3'), true);
assert.strictEqual(params.has('a', '2'), false);
assert.strictEqual(params.toString(), 'b=2&a=1&a=3&c=%C3%A9+%7E');
params.sort();
assert.strictEqual(params.toString(), 'a=1&a=3&b=2&c=%C3%A9+%7E');
params.set('a', 'x');
params.append('d', '!*\'()');
params.delete('b', 'nope');
params.delete('c');
assert.strictEqual(params.toString(), 'a=x&b=2&d=%21*%27%28%29');
assert.deepStrictEqual([...params.keys()], ['a', 'b', 'd']);
assert.deepStrictEqual([...params.values()], ['x', '2', '!*\'()']);
assert.strictEqual(params[Symbol.iterator], params.entries);

const seen = [];
const thisArg = {};
params.forEach(function(value, key, object) {
  assert.strictEqual(this, thisArg);
  assert.strictEqual(object, params);
  seen.push(key + value);
}, thisArg);
assert.deepStrictEqual(seen, ['ax', 'b2', 'd!*\'()']);

// A URL and its searchParams stay in step.
const url = new URL('http://x/?a=b&c=d');
const sp = url.searchParams;
assert.strictEqual(url.searchParams, sp);
sp.append('e', 'f g');
assert.strictEqual(url.href, 'http://x/?a=b&c=d&e=f+g');
url.search = '?z=1';
assert.deepStrictEqual([...sp], [['z', '1']]);
sp.delete('z');
assert.strictEqual(url.href, 'http://x/');
url.href = 'http://y/?k=v';
assert.deepStrictEqual([...sp], [['k', 'v']]);

// Errors, with Node's codes.
assert.throws(() => new URLSearchParams([[1]]), {
  code: 'ERR_INVALID_TUPLE', name: 'TypeError',
  message: 'Each query pair must be an iterable [name, value] tuple',
});
assert.throws(() => new URLSearchParams([1]), { code: 'ERR_INVALID_TUPLE' });
assert.throws(() => new URLSearchParams({ [Symbol.iterator]: 1 }), {
  code: 'ERR_ARG_NOT_ITERABLE', message: 'Query pairs must be iterable',
});
assert.throws(() => params.append('a'), {
  code: 'ERR_MISSING_ARGS', message: 'The "name" and "value" arguments must be specified',
});
assert.throws(() => params.get(), {
  code: 'ERR_MISSING_ARGS', message: 'The "name" argument must be specified',
});
assert.throws(() => params.forEach(), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received undefined',
});
assert.throws(() => URLSearchParams.prototype.append.call({}, 'a', 'b'), {
  code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type URLSearchParams',
});
assert.strictEqual(Object.prototype.toString.call(params), '[object URLSearchParams]');
assert.strictEqual(Object.prototype.toString.call(params.keys()),
                   '[object URLSearchParams Iterator]');
assert.strictEqual(URLSearchParams.length, 0);
assert.deepStrictEqual(Object.getOwnPropertyNames(URLSearchParams.prototype), [
  'constructor', 'size', 'append', 'delete', 'get', 'getAll', 'has', 'set', 'sort',
  'entries', 'forEach', 'keys', 'values', 'toString',
]);
