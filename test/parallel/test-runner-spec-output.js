'use strict';

// The spec reporter: chosen with --test-reporter=spec, and by default when stdout
// is a terminal; failures are listed again at the end.

require('../common');
const assert = require('node:assert');
const { runFixture } = require('../fixtures/test-runner/helper.js');

// Every kind of result, with the failing tests repeated at the end.
{
  const { status, stdout, stderr } = runFixture('basic.js', ['--test-reporter=spec']);
  assert.strictEqual(status, 1);
  assert.strictEqual(stderr, '');
  assert.strictEqual(stdout, String.raw`✔ passes (*ms)
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

﹣ skip option (*ms) # SKIP
﹣ skip with message (*ms) # not today
✔ todo option (*ms) # TODO
✖ failing todo (*ms) # later
  Error: todo failure
      at TestContext.<anonymous> (<dir>/basic.js:13:9)

▶ subtests
  ✔ child passes (*ms)
  ✖ child fails (*ms)
    Error: child failure
        at TestContext.<anonymous> (<dir>/basic.js:18:11)
        at TestContext.<anonymous> (<dir>/basic.js:17:11)

✖ subtests (*ms)
ℹ a diagnostic
✔ callback (*ms)
﹣ skip at run time (*ms) # skipped inside
✔ todo at run time (*ms) # TODO
▶ suite
  ✔ first (*ms)
  ✔ second (*ms)
  ▶ inner suite
    ✔ deep (*ms)
  ✔ inner suite (*ms)
✔ suite (*ms)
✔ escapes # and \ in names (*ms)
ℹ tests 16
ℹ suites 2
ℹ pass 7
ℹ fail 3
ℹ cancelled 0
ℹ skipped 3
ℹ todo 3
ℹ duration_ms *

✖ failing tests:

test at basic.js:6:1
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

test at basic.js:12:1
✖ failing todo (*ms) # later
  Error: todo failure
      at TestContext.<anonymous> (<dir>/basic.js:13:9)

test at basic.js:17:11
✖ child fails (*ms)
  Error: child failure
      at TestContext.<anonymous> (<dir>/basic.js:18:11)
      at TestContext.<anonymous> (<dir>/basic.js:17:11)
`);
}

// stdout.isTTY makes spec the default reporter.
{
  const { status, stdout, stderr } = runFixture('default-tty.js', []);
  assert.strictEqual(status, 0);
  assert.strictEqual(stderr, '');
  assert.strictEqual(stdout, String.raw`▶ math
  ✔ adds (*ms)
  ﹣ skipped (*ms) # SKIP
  ✔ todo (*ms) # TODO
✔ math (*ms)
▶ top level
  ✔ nested (*ms)
✔ top level (*ms)
ℹ tests 5
ℹ suites 1
ℹ pass 3
ℹ fail 0
ℹ cancelled 0
ℹ skipped 1
ℹ todo 1
ℹ duration_ms *
`);
}
