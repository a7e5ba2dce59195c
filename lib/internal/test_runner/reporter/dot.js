'use strict';

// The dot reporter: one character per finished test, then the failures.

const colors = require('internal/util/colors');
const { formatTestReport } = require('internal/test_runner/reporter/utils');

function lineLength() {
  return Math.max(process.stdout.columns ?? 20, 20);
}

async function* dot(source) {
  colors.refresh();
  let count = 0;
  const columns = lineLength();
  const failedTests = [];
  for await (const { type, data } of source) {
    if (type === 'test:pass') yield '.';
    if (type === 'test:fail') {
      yield 'X';
      failedTests.push(data);
    }
    if ((type === 'test:fail' || type === 'test:pass') && ++count === columns) {
      yield '\n';
      count = 0;
    }
  }
  yield '\n';
  if (failedTests.length > 0) {
    yield `\n${colors.red}Failed tests:${colors.white}\n\n`;
    for (const test of failedTests) yield formatTestReport('test:fail', test);
  }
}

module.exports = dot;
