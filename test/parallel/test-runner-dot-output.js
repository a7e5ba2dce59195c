'use strict';

// The dot reporter (--test-reporter=dot): one character per test, then the failures.

require('../common');
const assert = require('node:assert');
const { runFixture } = require('../fixtures/test-runner/helper.js');

// X for failures, . for the rest, failures printed in full afterwards.
{
  const { status, stdout, stderr } = runFixture('basic.js', ['--test-reporter=dot']);
  assert.strictEqual(status, 1);
  assert.strictEqual(stderr, '');
  assert.strictEqual(stdout, String.raw`.X...X.XX.........

Failed tests:

✖ fails (*ms)
  AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:
  
  1 !== 2
  
      at TestContext.<anonymous> (<dir>/basic.js:7:10)
    generatedMessage: true,
    code: 'ERR_ASSERTION',
    actual: 1,
    expected: 2,
    operator: 'strictEqual'
  }
✖ failing todo (*ms) # later
  Error: todo failure
      at TestContext.<anonymous> (<dir>/basic.js:13:9)
✖ child fails (*ms)
  Error: child failure
      at TestContext.<anonymous> (<dir>/basic.js:18:11)
      at TestContext.<anonymous> (<dir>/basic.js:17:11)
✖ subtests (*ms)
  '1 subtest failed'
`);
}

// All passing.
{
  const { status, stdout, stderr } = runFixture('passing.js', ['--test-reporter=dot']);
  assert.strictEqual(status, 0);
  assert.strictEqual(stderr, '');
  assert.strictEqual(stdout, String.raw`......
`);
}
