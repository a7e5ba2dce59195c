'use strict';
// util.parseArgs: long and short options, groups, inline values, multiple,
// defaults, positionals, negation and tokens.
require('../common');
const assert = require('node:assert');
const { parseArgs } = require('node:util');

const options = {
  verbose: { type: 'boolean', short: 'v' },
  force: { type: 'boolean', short: 'f' },
  name: { type: 'string', short: 'n' },
  tag: { type: 'string', short: 't', multiple: true },
  level: { type: 'string', default: 'info' },
};
const nullProto = (obj) => Object.assign({ __proto__: null }, obj);

assert.deepStrictEqual(
  parseArgs({ args: ['-vf', '--name', 'x', '-ta', '--tag=b', '-t', 'c', 'pos', '--', '-v'],
              options, allowPositionals: true }),
  { values: nullProto({ verbose: true, force: true, name: 'x', tag: ['a', 'b', 'c'],
                        level: 'info' }),
    positionals: ['pos', '-v'] });

assert.deepStrictEqual(parseArgs({ args: ['-nvalue', '--level=debug'], options }),
                       { values: nullProto({ name: 'value', level: 'debug' }), positionals: [] });

// A string option inside a group takes the rest of the group.
assert.deepStrictEqual(parseArgs({ args: ['-vnabc'], options }).values,
                       nullProto({ verbose: true, name: 'abc', level: 'info' }));

// Non-strict mode accepts unknown options and positionals.
assert.deepStrictEqual(parseArgs({ args: ['--foo', '--bar=1', '-x', 'p'], strict: false }),
                       { values: nullProto({ foo: true, bar: '1', x: true }),
                         positionals: ['p'] });

assert.deepStrictEqual(
  parseArgs({ args: ['--no-verbose'], options, allowNegative: true }).values,
  nullProto({ verbose: false, level: 'info' }));

assert.deepStrictEqual(
  parseArgs({ args: ['-vn', 'x', '--', 'y'], options, tokens: true, allowPositionals: true })
    .tokens,
  [
    { kind: 'option', name: 'verbose', rawName: '-v', index: 0,
      value: undefined, inlineValue: undefined },
    { kind: 'option', name: 'name', rawName: '-n', index: 0, value: 'x', inlineValue: false },
    { kind: 'option-terminator', index: 2 },
    { kind: 'positional', index: 3, value: 'y' },
  ]);

// Without args, the process's own arguments are parsed.
assert.deepStrictEqual(parseArgs({ strict: false }),
                       { values: nullProto({}), positionals: process.argv.slice(2) });

// __proto__ is never stored.
assert.deepStrictEqual(parseArgs({ args: ['--__proto__'], strict: false }).values,
                       nullProto({}));
