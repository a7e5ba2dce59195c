'use strict';
// util.MIMEType: parsing and serialization (WHATWG MIME Sniffing), and syntax errors.
require('../common');
const assert = require('node:assert');
const { MIMEType } = require('node:util');

const cases = [
  ['text/javascript;key=value', 'text', 'javascript', 'text/javascript;key=value'],
  [' Text/HTML ; Charset="utf-8" ; x', 'text', 'html', 'text/html;charset=utf-8'],
  ['\ttext/plain\n', 'text', 'plain', 'text/plain'],
  ['a/b;c=d;c=e', 'a', 'b', 'a/b;c=d'],
  ['a/b;C=1;c=2', 'a', 'b', 'a/b;c=1'],
  ['a/b; c = d', 'a', 'b', 'a/b'],
  ['a/b;c="d\\"e";f="g', 'a', 'b', 'a/b;c="d\\"e";f=g'],
  ['a/b;;c=d', 'a', 'b', 'a/b;c=d'],
  ['a/b;c', 'a', 'b', 'a/b'],
  ['a/b;=d', 'a', 'b', 'a/b'],
  ['a/b;c=', 'a', 'b', 'a/b'],
  ['a/b;c=""', 'a', 'b', 'a/b;c=""'],
  ['a/b;c=é', 'a', 'b', 'a/b;c="é"'],
  ['a/b;é=c', 'a', 'b', 'a/b'],
  ['a/b;c=\u0100', 'a', 'b', 'a/b'],
  ['x/y;a="\\\\"', 'x', 'y', 'x/y;a="\\\\"'],
  ['x/y;a=b c', 'x', 'y', 'x/y;a="b c"'],
  ['x/y;A=B', 'x', 'y', 'x/y;a=B'],
  ['x/y;a="b\\', 'x', 'y', 'x/y;a="b\\\\"'],
  ['x/y\t;\ta=b\t', 'x', 'y', 'x/y;a=b'],
  ['a/b;c="x"y;e=f', 'a', 'b', 'a/b;c=x;e=f'],
  ['a/b;c=d e  ;e=f', 'a', 'b', 'a/b;c="d e";e=f'],
  ['a/b ;c=d', 'a', 'b', 'a/b;c=d'],
];
for (const [input, type, subtype, serialized] of cases) {
  const m = new MIMEType(input);
  assert.strictEqual(m.type, type, input);
  assert.strictEqual(m.subtype, subtype, input);
  assert.strictEqual(m.essence, `${type}/${subtype}`, input);
  assert.strictEqual(String(m), serialized, input);
  assert.strictEqual(m.toJSON(), serialized, input);
  assert.strictEqual(JSON.stringify(m), JSON.stringify(serialized), input);
}
assert.deepStrictEqual([...new MIMEType('a/b;c="d\\"e";f="g').params], [['c', 'd"e'], ['f', 'g']]);
assert.strictEqual(new MIMEType({ toString() { return 'a/b'; } }).essence, 'a/b');

const errors = [
  ['/b', 'type', '"/b" is invalid'],
  ['  /b', 'type', '"  /b" is invalid'],
  ['a/', 'subtype', '"a/" is invalid'],
  [' a/ ', 'subtype', '" a/ " is invalid'],
  ['a', 'type', '"a" is invalid'],
  ['', 'type', '"" is invalid'],
  ['a b/c', 'type', '"a b/c" is invalid at 1'],
  [' a b/c', 'type', '" a b/c" is invalid at 1'],
  ['a\t/b', 'type', '"a\t/b" is invalid at 1'],
  ['\u00a0a/b', 'type', '"\u00a0a/b" is invalid at 0'],
  ['a/b c', 'subtype', '"a/b c" is invalid at 1'],
  ['a/b c;d=e', 'subtype', '"a/b c;d=e" is invalid at 1'],
  ['a/\tb', 'subtype', '"a/\tb" is invalid at 0'],
  ['a/bé', 'subtype', '"a/bé" is invalid at 1'],
  [undefined, 'type', '"undefined" is invalid'],
  [5, 'type', '"5" is invalid'],
];
for (const [input, production, rest] of errors) {
  assert.throws(() => new MIMEType(input), {
    name: 'TypeError',
    code: 'ERR_INVALID_MIME_SYNTAX',
    message: `The MIME syntax for a ${production} in ${rest}`,
  });
}
assert.throws(() => new MIMEType(), {
  message: 'The MIME syntax for a type in "undefined" is invalid',
});
