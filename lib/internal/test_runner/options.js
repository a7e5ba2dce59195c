'use strict';

// The test runner's command-line options, read once from process.execArgv:
// --test-only, --test-reporter and --test-reporter-destination (repeatable).

let options;

function getOptions() {
  if (options !== undefined) return options;
  const execArgv = typeof process === 'object' ? process.execArgv : [];
  const reporters = [];
  const destinations = [];
  let testOnly = false;
  for (let i = 0; i < execArgv.length; i++) {
    const arg = execArgv[i];
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq !== -1 ? arg.slice(0, eq) : arg;
    const value = () => (eq !== -1 && arg.startsWith('--') ? arg.slice(eq + 1) : execArgv[++i]);
    if (name === '--test-only') testOnly = true;
    else if (name === '--no-test-only') testOnly = false;
    else if (name === '--test-reporter') reporters.push(value());
    else if (name === '--test-reporter-destination') destinations.push(value());
  }
  options = { __proto__: null, testOnly, reporters, destinations };
  return options;
}

module.exports = { getOptions };
