'use strict';
// Runs every case of the web-platform-tests' setters_tests.json.
require('../common');
const assert = require('node:assert');
const path = require('node:path');

const tests = require(path.join(__dirname, '../../../shared/wpt/url/setters_tests.json'));

// Where Node 20 (ada 2.9) differs from the current URL Standard, rt follows Node:
// an opaque path loses its trailing spaces once query and fragment are gone, ^
// stays as is in paths, the port setter strips tabs and newlines before its
// empty-string check, a non-special URL takes ":port" with an empty host, and
// "/.." leaves a non-special URL's empty path empty.
// [setter, href, new value, Node 20's resulting href]
const node20 = [
  ["host", "foo://path/to", ":80", "foo://:80/to"],
  ["port", "https://domain.com:3000", "\n\n\t\t", "https://domain.com/"],
  ["pathname", "a:/", "\u0000\u0001\t\n\r\u001f !\"#$%&'()*+,-./09:;<=>?@AZ[\\]^_`az{|}~\u007f\u0080\u0081\u00c9\u00e9", "a:/%00%01%1F%20!%22%23$%&'()*+,-./09:;%3C=%3E%3F@AZ[\\]^_%60az%7B|%7D~%7F%C2%80%C2%81%C3%89%C3%A9"],
  ["pathname", "foo://path/to", "/..", "foo://path"],
  ["search", "data:space ?query", "", "data:space"],
  ["search", "sc:space ?query", "", "sc:space"],
  ["search", "data:space  ?query#fragment", "", "data:space  #fragment"],
  ["search", "sc:space  ?query#fragment", "", "sc:space  #fragment"],
  ["hash", "data:space                                                                                                                                  #fragment", "", "data:space"],
  ["hash", "sc:space    #fragment", "", "sc:space"],
  ["hash", "data:space  ?query#fragment", "", "data:space  ?query"],
  ["hash", "sc:space  ?query#fragment", "", "sc:space  ?query"],
];

function findDivergence(setter, href, value) {
  return node20.find((d) => d[0] === setter && d[1] === href && d[2] === value);
}

let passed = 0;
let divergent = 0;
for (const setter of Object.keys(tests)) {
  if (setter === 'comment') continue;
  for (const test of tests[setter]) {
    const url = new URL(test.href);
    url[setter] = test.new_value;
    const what = `${setter} = ${JSON.stringify(test.new_value)} on ${test.href}`;
    const divergence = findDivergence(setter, test.href, test.new_value);
    if (divergence) {
      assert.strictEqual(url.href, divergence[3], what);
      divergent++;
    } else {
      for (const prop of Object.keys(test.expected)) {
        assert.strictEqual(url[prop], test.expected[prop], `${prop} after ${what}`);
      }
    }
    passed++;
  }
}
assert.strictEqual(divergent, node20.length);
assert.strictEqual(passed, 278);
