'use strict';
// util.MIMEType setters and util.MIMEParams, their errors and shapes.
require('../common');
const assert = require('node:assert');
const util = require('node:util');
const { MIMEType, MIMEParams } = util;

const m = new MIMEType('text/plain;a=b');
m.type = 'Image';
assert.strictEqual(String(m), 'image/plain;a=b');
m.subtype = 'PNG';
assert.strictEqual(String(m), 'image/png;a=b');
m.type = 5;
assert.strictEqual(m.type, '5');
m.type = 'image';
for (const [setter, value, rest] of [
  ['type', 'im age', '"im age" is invalid at 2'],
  ['type', '', '"" is invalid'],
  ['type', ' x', '" x" is invalid at 0'],
  ['subtype', 'p/ng', '"p/ng" is invalid at 1'],
  ['subtype', '', '"" is invalid'],
  ['subtype', 'x ', '"x " is invalid at 1'],
]) {
  assert.throws(() => { m[setter] = value; }, {
    code: 'ERR_INVALID_MIME_SYNTAX',
    message: `The MIME syntax for a ${setter} in ${rest}`,
  });
}
assert.strictEqual(String(m), 'image/png;a=b');

// Parameters: names are not lower-cased by set(); values are quoted when needed.
const p = m.params;
assert.ok(p instanceof MIMEParams);
assert.strictEqual(m.params, p);
p.set('Q', 'x y');
assert.strictEqual(String(m), 'image/png;a=b;Q="x y"');
p.set('q', 'a"b\\c');
assert.strictEqual(String(m), 'image/png;a=b;Q="x y";q="a\\"b\\\\c"');
p.set('e', '');
assert.strictEqual(p.toString(), 'a=b;Q="x y";q="a\\"b\\\\c";e=""');
p.set('e', 'é');
assert.strictEqual(p.get('e'), 'é');
assert.deepStrictEqual([p.get('q'), p.get('Q'), p.has('a'), p.get('nope')],
                       ['a"b\\c', 'x y', true, null]);
p.delete('a');
p.delete('e');
assert.deepStrictEqual([...p.keys()], ['Q', 'q']);
assert.deepStrictEqual([...p.values()], ['x y', 'a"b\\c']);
assert.deepStrictEqual([...p.entries()], [['Q', 'x y'], ['q', 'a"b\\c']]);
assert.deepStrictEqual([...p], [...p.entries()]);
assert.strictEqual(MIMEParams.prototype[Symbol.iterator], MIMEParams.prototype.entries);
assert.strictEqual(p.toJSON(), p.toString());

for (const [name, value, production, rest] of [
  ['q z', 'v', 'parameter name', '"q z" is invalid at 1'],
  ['', 'v', 'parameter name', '"" is invalid'],
  ['q', '\u0100', 'parameter value', '"\u0100" is invalid at 0'],
  ['q', 'a\nb', 'parameter value', '"a\nb" is invalid at 1'],
]) {
  assert.throws(() => p.set(name, value), {
    name: 'TypeError',
    code: 'ERR_INVALID_MIME_SYNTAX',
    message: `The MIME syntax for a ${production} in ${rest}`,
  });
}

const fresh = new MIMEParams();
assert.strictEqual(fresh.toString(), '');
fresh.set('a', 'b');
assert.strictEqual(String(fresh), 'a=b');

// Shapes and inspection: state is private.
assert.strictEqual(util.inspect(new MIMEType('a/b;c=d')), 'MIMEType {}');
assert.strictEqual(util.inspect(new MIMEType('a/b;c=d').params), 'MIMEParams {}');
assert.strictEqual(Object.prototype.toString.call(m), '[object Object]');
assert.deepStrictEqual(Object.getOwnPropertyNames(MIMEType.prototype),
                       ['constructor', 'type', 'subtype', 'essence', 'params', 'toString',
                        'toJSON']);
assert.deepStrictEqual(Object.keys(MIMEType.prototype), []);
assert.deepStrictEqual(Object.getOwnPropertyNames(MIMEParams.prototype),
                       ['constructor', 'delete', 'get', 'has', 'set', 'entries', 'keys',
                        'values', 'toString', 'toJSON']);
assert.throws(() => Object.getOwnPropertyDescriptor(MIMEType.prototype, 'type').get.call({}), {
  name: 'TypeError',
  message: 'Cannot read private member #type from an object whose class did not declare it',
});
assert.throws(() => MIMEParams.prototype.get.call({}, 'a'), {
  name: 'TypeError',
  message: 'Receiver must be an instance of class MIMEParams',
});
