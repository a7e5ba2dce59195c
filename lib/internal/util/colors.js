'use strict';

// Terminal colour escapes for lib code that prints to a TTY, and the test
// deciding whether a stream gets colours.

// Colour depth (bits) that FORCE_COLOR asks for, or undefined when unset.
function forcedColorDepth(env) {
  if (env.FORCE_COLOR === undefined) return undefined;
  switch (env.FORCE_COLOR) {
    case '':
    case '1':
    case 'true':
      return 4;
    case '2':
      return 8;
    case '3':
      return 24;
    default:
      return 1;
  }
}

const colors = {
  blue: '',
  green: '',
  white: '',
  yellow: '',
  red: '',
  gray: '',
  clear: '',
  reset: '',
  hasColors: false,

  // True when output to `stream` should be coloured: FORCE_COLOR decides
  // when set, otherwise a TTY with more than two colours.
  shouldColorize(stream) {
    const env = typeof process === 'object' && process.env ? process.env : {};
    const forced = forcedColorDepth(env);
    if (forced !== undefined) return forced > 2;
    if (!stream || !stream.isTTY) return false;
    return typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true;
  },

  // Fills in the escapes for process.stderr's capabilities.
  refresh() {
    const stderr = typeof process === 'object' ? process.stderr : undefined;
    const on = colors.shouldColorize(stderr);
    colors.blue = on ? '\u001b[34m' : '';
    colors.green = on ? '\u001b[32m' : '';
    colors.white = on ? '\u001b[39m' : '';
    colors.yellow = on ? '\u001b[33m' : '';
    colors.red = on ? '\u001b[31m' : '';
    colors.gray = on ? '\u001b[90m' : '';
    colors.clear = on ? '\u001bc' : '';
    colors.reset = on ? '\u001b[0m' : '';
    colors.hasColors = on;
  },
};

module.exports = colors;
