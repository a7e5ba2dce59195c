'use strict';
// util.parseArgs: Node's error codes and messages for bad input and bad config.
require('../common');
const assert = require('node:assert');
const { parseArgs } = require('node:util');

const options = { foo: { type: 'string', short: 'f' }, bar: { type: 'boolean' } };
const cases = [
  [{ args: ['--foo'], options }, 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
   "Option '-f, --foo <value>' argument missing"],
  [{ args: ['--bar=1'], options }, 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
   "Option '--bar' does not take an argument"],
  [{ args: ['--foo', '--bar'], options }, 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
   "Option '--foo' argument is ambiguous.\nDid you forget to specify the option " +
   "argument for '--foo'?\nTo specify an option argument starting with a dash use " +
   "'--foo=-XYZ'."],
  [{ args: ['-f', '-x'], options }, 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
   "Option '-f' argument is ambiguous.\nDid you forget to specify the option " +
   "argument for '-f'?\nTo specify an option argument starting with a dash use " +
   "'--foo=-XYZ' or '-f-XYZ'."],
  [{ args: ['--baz'], options }, 'ERR_PARSE_ARGS_UNKNOWN_OPTION', "Unknown option '--baz'"],
  [{ args: ['-z'], options, allowPositionals: true }, 'ERR_PARSE_ARGS_UNKNOWN_OPTION',
   "Unknown option '-z'. To specify a positional argument starting with a '-', place " +
   "it at the end of the command after '--', as in '-- \"-z\""],
  [{ args: ['--no-foo'], options, allowNegative: true }, 'ERR_PARSE_ARGS_UNKNOWN_OPTION',
   "Unknown option '--no-foo'"],
  [{ args: ['pos'], options }, 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
   "Unexpected argument 'pos'. This command does not take positional arguments"],
  [{ args: 'x' }, 'ERR_INVALID_ARG_TYPE',
   'The "args" argument must be an instance of Array. Received type string (\'x\')'],
  [{ strict: 1 }, 'ERR_INVALID_ARG_TYPE',
   'The "strict" argument must be of type boolean. Received type number (1)'],
  [{ options: { a: 1 } }, 'ERR_INVALID_ARG_TYPE',
   'The "options.a" property must be of type object. Received type number (1)'],
  [{ options: { a: { type: 'str' } } }, 'ERR_INVALID_ARG_TYPE',
   'The "options.a.type" property must be (\'string|boolean\'). Received type string (\'str\')'],
  [{ options: { a: { type: 'string', short: 'ab' } } }, 'ERR_INVALID_ARG_VALUE',
   "The property 'options.a.short' must be a single character. Received 'ab'"],
  [{ options: { a: { type: 'string', multiple: 1 } } }, 'ERR_INVALID_ARG_TYPE',
   'The "options.a.multiple" property must be of type boolean. Received type number (1)'],
  [{ options: { a: { type: 'string', default: 3 } } }, 'ERR_INVALID_ARG_TYPE',
   'The "options.a.default" property must be of type string. Received type number (3)'],
  [{ options: { a: { type: 'boolean', multiple: true, default: [1] } } },
   'ERR_INVALID_ARG_TYPE',
   'The "options.a.default[0]" property must be of type boolean. Received type number (1)'],
];
for (const [config, code, message] of cases) {
  assert.throws(() => parseArgs(config), { name: 'TypeError', code, message });
}
