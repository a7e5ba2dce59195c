'use strict';
// Every path function rejects non-string paths with ERR_INVALID_ARG_TYPE.
require('../common');
const assert = require('assert');
const path = require('path');

const badValues = [
  [undefined, 'Received undefined'],
  [null, 'Received null'],
  [42, 'Received type number (42)'],
  [true, 'Received type boolean (true)'],
  [{}, 'Received an instance of Object'],
  [[], 'Received an instance of Array'],
  [() => {}, 'Received function '],
];

function expectTypeError(fn, name, received) {
  assert.throws(fn, {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: `The "${name}" argument must be of type string. ${received}`,
  });
}

for (const flavour of [path.posix, path.win32]) {
  for (const [value, received] of badValues) {
    for (const name of ['normalize', 'isAbsolute', 'dirname', 'basename', 'extname', 'parse']) {
      expectTypeError(() => flavour[name](value), 'path', received);
    }
    expectTypeError(() => flavour.join('a', value), 'path', received);
    expectTypeError(() => flavour.resolve('a', value), 'paths[1]', received);
    expectTypeError(() => flavour.relative(value, 'a'), 'from', received);
    expectTypeError(() => flavour.relative('a', value), 'to', received);
    if (value !== undefined) {
      expectTypeError(() => flavour.basename('a', value), 'suffix', received);
    }
  }
  // The suffix is checked before the path.
  expectTypeError(() => flavour.basename(1, 2), 'suffix', 'Received type number (2)');
  // format() wants an object.
  assert.throws(() => flavour.format(null), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "pathObject" argument must be of type object. Received null',
  });
  assert.throws(() => flavour.format('a/b'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "pathObject" argument must be of type object. Received type string (\'a/b\')',
  });
}

// POSIX resolve stops reading arguments at the first absolute one from the right,
// so values to its left are not checked; Windows resolve reads on until it also
// knows the drive.
assert.strictEqual(path.posix.resolve(42, '/a'), '/a');
expectTypeError(() => path.win32.resolve(42, '\\a'), 'paths[0]', 'Received type number (42)');
