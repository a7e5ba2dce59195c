'use strict';

// util.parseArgs(config): command line parsing in two steps. argsToTokens turns
// the argument strings into tokens ({ kind: 'option' | 'positional' |
// 'option-terminator', index, ... }) using only the option types and short
// names; the second step checks tokens against the configuration (in strict
// mode), stores values and fills in defaults.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_PARSE_ARGS_INVALID_OPTION_VALUE,
    ERR_PARSE_ARGS_UNKNOWN_OPTION,
    ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL,
  },
} = require('internal/errors');
const {
  validateArray,
  validateBoolean,
  validateObject,
  validateString,
} = require('internal/validators');
const { kEmptyObject } = require('internal/util');

const hasOwn = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);

function objectGetOwn(obj, key) {
  return hasOwn(obj, key) ? obj[key] : undefined;
}

// The `prop` of option `longOption`, or undefined when either is missing.
function optionsGetOwn(options, longOption, prop) {
  return hasOwn(options, longOption) ? objectGetOwn(options[longOption], prop) : undefined;
}

// ---------------------------------------------------------------------------
// Shapes of a single argument

function isLoneShortOption(arg) {
  return arg.length === 2 && arg[0] === '-' && arg[1] !== '-';
}

function isLoneLongOption(arg) {
  return arg.length > 2 && arg.startsWith('--') && !arg.includes('=', 3);
}

function isLongOptionAndValue(arg) {
  return arg.length > 2 && arg.startsWith('--') && arg.includes('=', 3);
}

// Any next argument can be a string option's value; strict mode then rejects
// values that look like options (see checkOptionLikeValue).
function isOptionValue(value) {
  return value != null;
}

function isOptionLikeValue(value) {
  return value != null && value.length > 1 && value[0] === '-';
}

// The long name of short option `-x`, or `x` itself when no option claims it.
function findLongOptionForShort(shortOption, options) {
  for (const longOption of Object.keys(options)) {
    if (objectGetOwn(options[longOption], 'short') === shortOption) return longOption;
  }
  return shortOption;
}

function isShortOptionCluster(arg) {
  return arg.length > 2 && arg[0] === '-' && arg[1] !== '-';
}

// -abc where -a is not a string option: a group of short options.
function isShortOptionGroup(arg, options) {
  if (!isShortOptionCluster(arg)) return false;
  const longOption = findLongOptionForShort(arg[1], options);
  return optionsGetOwn(options, longOption, 'type') !== 'string';
}

// -fVALUE where -f is a string option.
function isShortOptionAndValue(arg, options) {
  if (!isShortOptionCluster(arg)) return false;
  const longOption = findLongOptionForShort(arg[1], options);
  return optionsGetOwn(options, longOption, 'type') === 'string';
}

// ---------------------------------------------------------------------------
// Tokenizer

function argsToTokens(args, options) {
  const tokens = [];
  let index = -1;
  // Arguments produced by expanding a short option group share its index.
  let expandedCount = 0;
  const remaining = args.slice();

  while (remaining.length > 0) {
    const arg = remaining.shift();
    const nextArg = remaining[0];
    if (expandedCount > 0) expandedCount--;
    else index++;

    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (const value of remaining) tokens.push({ kind: 'positional', index: ++index, value });
      break;
    }

    if (isLoneShortOption(arg)) {
      const name = findLongOptionForShort(arg[1], options);
      let value;
      let inlineValue;
      if (optionsGetOwn(options, name, 'type') === 'string' && isOptionValue(nextArg)) {
        value = remaining.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
      if (value != null) index++;
      continue;
    }

    if (isShortOptionGroup(arg, options)) {
      const expanded = [];
      for (let i = 1; i < arg.length; i++) {
        const name = findLongOptionForShort(arg[i], options);
        if (optionsGetOwn(options, name, 'type') !== 'string' || i === arg.length - 1) {
          expanded.push(`-${arg[i]}`);
        } else {
          // A string option inside the group takes the rest as its value.
          expanded.push(`-${arg.slice(i)}`);
          break;
        }
      }
      remaining.unshift(...expanded);
      expandedCount = expanded.length;
      continue;
    }

    if (isShortOptionAndValue(arg, options)) {
      const name = findLongOptionForShort(arg[1], options);
      tokens.push({
        kind: 'option', name, rawName: `-${arg[1]}`, index,
        value: arg.slice(2), inlineValue: true,
      });
      continue;
    }

    if (isLoneLongOption(arg)) {
      const name = arg.slice(2);
      let value;
      let inlineValue;
      if (optionsGetOwn(options, name, 'type') === 'string' && isOptionValue(nextArg)) {
        value = remaining.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
      if (value != null) index++;
      continue;
    }

    if (isLongOptionAndValue(arg)) {
      const equals = arg.indexOf('=');
      const name = arg.slice(2, equals);
      tokens.push({
        kind: 'option', name, rawName: `--${name}`, index,
        value: arg.slice(equals + 1), inlineValue: true,
      });
      continue;
    }

    tokens.push({ kind: 'positional', index, value: arg });
  }
  return tokens;
}

// ---------------------------------------------------------------------------
// Checks (strict mode)

function checkOptionUsage(config, token) {
  let name = token.name;
  if (!hasOwn(config.options, name)) {
    // --no-foo negates the boolean option foo when allowNegative is set.
    const negated = config.allowNegative && name.startsWith('no-') ? name.slice(3) : undefined;
    if (negated === undefined || !hasOwn(config.options, negated) ||
        optionsGetOwn(config.options, negated, 'type') !== 'boolean') {
      throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, config.allowPositionals);
    }
    name = negated;
  }

  const short = optionsGetOwn(config.options, name, 'short');
  const shortAndLong = `${short ? `-${short}, ` : ''}--${name}`;
  const type = optionsGetOwn(config.options, name, 'type');
  if (type === 'string' && typeof token.value !== 'string') {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(
      `Option '${shortAndLong} <value>' argument missing`);
  }
  if (type === 'boolean' && token.value != null) {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(
      `Option '${shortAndLong}' does not take an argument`);
  }
}

// `--foo --bar` with foo a string option is probably a missing value.
function checkOptionLikeValue(token) {
  if (!token.inlineValue && isOptionLikeValue(token.value)) {
    const example = token.rawName.startsWith('--') ?
      `'${token.rawName}=-XYZ'` :
      `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(
      `Option '${token.rawName}' argument is ambiguous.\n` +
      `Did you forget to specify the option argument for '${token.rawName}'?\n` +
      `To specify an option argument starting with a dash use ${example}.`);
  }
}

// ---------------------------------------------------------------------------
// Storing values

function storeOption(name, value, options, values) {
  if (name === '__proto__') return;
  const newValue = value ?? true;
  if (optionsGetOwn(options, name, 'multiple')) {
    if (values[name] === undefined) values[name] = [newValue];
    else values[name].push(newValue);
  } else {
    values[name] = newValue;
  }
}

function storeDefaultOption(name, value, values) {
  if (name === '__proto__') return;
  values[name] = value;
}

// ---------------------------------------------------------------------------
// Configuration validation

function validateTypedArray(value, name, validateItem) {
  validateArray(value, name);
  for (let i = 0; i < value.length; i++) validateItem(value[i], `${name}[${i}]`);
}

function validateOptionConfig(longOption, optionConfig) {
  validateObject(optionConfig, `options.${longOption}`);

  const type = objectGetOwn(optionConfig, 'type');
  if (type !== 'string' && type !== 'boolean') {
    throw new ERR_INVALID_ARG_TYPE(`options.${longOption}.type`, "('string|boolean')", type);
  }

  if (hasOwn(optionConfig, 'short')) {
    const short = optionConfig.short;
    validateString(short, `options.${longOption}.short`);
    if (short.length !== 1) {
      throw new ERR_INVALID_ARG_VALUE(`options.${longOption}.short`, short,
                                      'must be a single character');
    }
  }

  const multiple = objectGetOwn(optionConfig, 'multiple');
  if (hasOwn(optionConfig, 'multiple')) {
    validateBoolean(multiple, `options.${longOption}.multiple`);
  }

  const defaultValue = objectGetOwn(optionConfig, 'default');
  if (defaultValue !== undefined) {
    const name = `options.${longOption}.default`;
    if (type === 'string' && multiple) validateTypedArray(defaultValue, name, validateString);
    else if (type === 'string') validateString(defaultValue, name);
    else if (multiple) validateTypedArray(defaultValue, name, validateBoolean);
    else validateBoolean(defaultValue, name);
  }
}

// The arguments of the running program: argv without the executable, and
// without the script unless code came from -e/-p.
function getMainArgs() {
  const execArgv = process.execArgv || [];
  if (execArgv.includes('-e') || execArgv.includes('--eval') ||
      execArgv.includes('-p') || execArgv.includes('--print')) {
    return process.argv.slice(1);
  }
  return process.argv.slice(2);
}

function parseArgs(config = kEmptyObject) {
  const args = objectGetOwn(config, 'args') ?? getMainArgs();
  const strict = objectGetOwn(config, 'strict') ?? true;
  const allowPositionals = objectGetOwn(config, 'allowPositionals') ?? !strict;
  const returnTokens = objectGetOwn(config, 'tokens') ?? false;
  const allowNegative = objectGetOwn(config, 'allowNegative') ?? false;
  const options = objectGetOwn(config, 'options') ?? { __proto__: null };
  const parseConfig = { args, strict, options, allowPositionals, allowNegative };

  validateArray(args, 'args');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateBoolean(allowNegative, 'allowNegative');
  validateObject(options, 'options');
  for (const longOption of Object.keys(options)) {
    validateOptionConfig(longOption, options[longOption]);
  }

  const tokens = argsToTokens(args, options);

  const result = {
    values: { __proto__: null },
    positionals: [],
  };
  if (returnTokens) result.tokens = tokens;

  for (const token of tokens) {
    if (token.kind === 'option') {
      if (strict) {
        checkOptionUsage(parseConfig, token);
        checkOptionLikeValue(token);
      }
      let value = token.value;
      if (allowNegative && token.name.startsWith('no-')) {
        token.name = token.name.slice(3);
        value = false;
      }
      storeOption(token.name, value, options, result.values);
    } else if (token.kind === 'positional') {
      if (!allowPositionals) throw new ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value);
      result.positionals.push(token.value);
    }
  }

  for (const longOption of Object.keys(options)) {
    const defaultValue = objectGetOwn(options[longOption], 'default');
    if (defaultValue !== undefined && result.values[longOption] === undefined) {
      storeDefaultOption(longOption, defaultValue, result.values);
    }
  }

  return result;
}

module.exports = {
  parseArgs,
};
