'use strict';

// rt's command-line options as lib/ reads them: process.execArgv as given
// (src/runtime/options.cc accepted it), where a value option may be `--name=value` or
// `--name value`.

const { execArgv } = internalBinding('options');

// Every value given to `name` (or its short `alias`), in order.
function getOptionValues(name, alias) {
  const values = [];
  for (let i = 0; i < execArgv.length; i++) {
    const arg = execArgv[i];
    if (arg === name || (alias !== undefined && arg === alias)) {
      if (i + 1 < execArgv.length) values.push(execArgv[++i]);
    } else if (arg.startsWith(`${name}=`)) {
      values.push(arg.slice(name.length + 1));
    } else if (alias !== undefined && arg.startsWith(`${alias}=`)) {
      values.push(arg.slice(alias.length + 1));
    }
  }
  return values;
}

// The last value given to `name`, or undefined.
function getOptionValue(name) {
  const values = getOptionValues(name);
  return values.length === 0 ? undefined : values[values.length - 1];
}

function hasFlag(name) {
  return execArgv.includes(name);
}

module.exports = { getOptionValue, getOptionValues, hasFlag };
