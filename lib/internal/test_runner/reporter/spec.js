'use strict';

// The human-readable reporter: a Transform from test events to text that prints
// a suite's name when its first child finishes and lists failures at the end.

const Transform = require('internal/streams/transform');
const path = require('path');
const colors = require('internal/util/colors');
const {
  colorFor, formatTestReport, indent, symbols,
} = require('internal/test_runner/reporter/utils');

class SpecReporter extends Transform {
  #started = [];  // test:start events not yet printed, newest first
  #reported = []; // parents whose heading is printed, innermost first
  #failedTests = [];
  #cwd = process.cwd();

  constructor() {
    super({ __proto__: null, writableObjectMode: true });
    colors.refresh();
  }

  #reportTest(type, data) {
    this.#started.shift(); // the matching test:start
    let prefix = '';
    while (this.#started.length > 0) {
      const parent = this.#started.pop();
      this.#reported.unshift(parent);
      prefix += `${indent(parent.nesting)}${symbols['arrow:right']}${parent.name}\n`;
    }
    let hasChildren = false;
    const top = this.#reported[0];
    if (top && top.nesting === data.nesting && top.name === data.name) {
      this.#reported.shift();
      hasChildren = true;
    }
    return `${formatTestReport(type, data, prefix, indent(data.nesting), hasChildren)}\n`;
  }

  #handle({ type, data }) {
    switch (type) {
      case 'test:fail':
        if (data.details?.error?.failureType !== 'subtestsFailed') this.#failedTests.push(data);
        return this.#reportTest(type, data);
      case 'test:pass':
        return this.#reportTest(type, data);
      case 'test:start':
        this.#started.unshift(data);
        break;
      case 'test:stderr':
      case 'test:stdout':
        return data.message;
      case 'test:diagnostic':
        return `${colorFor[type]}${indent(data.nesting)}${symbols[type]}${data.message}` +
          `${colors.white}\n`;
    }
    return undefined;
  }

  _transform(event, encoding, callback) {
    callback(null, this.#handle(event));
  }

  _flush(callback) {
    if (this.#failedTests.length === 0) {
      callback(null, '');
      return;
    }
    const parts = [
      `\n${colorFor['test:fail']}${symbols['test:fail']}failing tests:${colors.white}\n`,
    ];
    for (const test of this.#failedTests) {
      if (test.file) {
        parts.push(`test at ${path.relative(this.#cwd, test.file)}:${test.line}:${test.column}`);
      }
      parts.push(formatTestReport('test:fail', test));
    }
    callback(null, parts.join('\n'));
  }
}

module.exports = SpecReporter;
