'use strict';
// util.inspect of functions and classes.
require('../common');
const assert = require('node:assert');
const util = require('util');

function named() {}
assert.strictEqual(util.inspect(named), '[Function: named]');
assert.strictEqual(util.inspect((() => function() {})()), '[Function (anonymous)]');
assert.strictEqual(util.inspect(async function af() {}), '[AsyncFunction: af]');
assert.strictEqual(util.inspect(function* gf() {}), '[GeneratorFunction: gf]');
assert.strictEqual(util.inspect(async function* agf() {}), '[AsyncGeneratorFunction: agf]');
assert.strictEqual(util.inspect(Math.max), '[Function: max]');
assert.strictEqual(util.inspect(Object.setPrototypeOf(function nf() {}, null)),
                   '[Function (null prototype): nf]');

class A {}
class B extends A { static s = 1; }
assert.strictEqual(util.inspect(A), '[class A]');
assert.strictEqual(util.inspect(B), '[class B extends A] { s: 1 }');
assert.strictEqual(util.inspect(class {}), '[class (anonymous)]');
assert.strictEqual(util.inspect(class /* c */ Cmt {}), '[class Cmt]');

const withProps = Object.assign(function f() {}, { a: 1, b: { c: 2 } });
assert.strictEqual(util.inspect(withProps), '[Function: f] { a: 1, b: { c: 2 } }');
assert.strictEqual(util.inspect(named, { colors: true }), '\u001b[36m[Function: named]\u001b[39m');
assert.strictEqual(util.inspect({ named }, { depth: 0 }), '{ named: [Function: named] }');
assert.strictEqual(util.inspect(named, { showHidden: true }),
                   "<ref *1> [Function: named] {\n  [length]: 0,\n  [name]: 'named',\n" +
                   '  [prototype]: { [constructor]: [Circular *1] }\n}');
