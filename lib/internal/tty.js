'use strict';

// How many colours a terminal shows, from the environment (NO_COLOR, FORCE_COLOR,
// TERM, COLORTERM, CI, ...), as bits per colour: 1 (no colour), 4, 8 or 24.

const { validateInteger } = require('internal/validators');

const COLORS_2 = 1;
const COLORS_16 = 4;
const COLORS_256 = 8;
const COLORS_16m = 24;

// TERM values that name a terminal whose depth is known.
const knownTerms = {
  __proto__: null,
  eterm: COLORS_16,
  cons25: COLORS_16,
  console: COLORS_16,
  cygwin: COLORS_16,
  dtterm: COLORS_16,
  gnome: COLORS_16,
  hurd: COLORS_16,
  jfbterm: COLORS_16,
  konsole: COLORS_16,
  kterm: COLORS_16,
  mlterm: COLORS_16,
  mosh: COLORS_16m,
  putty: COLORS_16,
  st: COLORS_16,
  'rxvt-unicode-24bit': COLORS_16m,
  terminator: COLORS_16m,
};

// Families of TERM values that show 16 colours.
const sixteenColorTerms = [/ansi/, /color/, /linux/, /^con[0-9]*x[0-9]/, /^rxvt/, /^screen/,
                           /^xterm/, /^vt100/];

const ciWithColors = ['APPVEYOR', 'BUILDKITE', 'CIRCLECI', 'DRONE', 'GITHUB_ACTIONS',
                      'GITLAB_CI', 'TRAVIS'];

let warned = false;
function warnIgnoredColorSwitch(env) {
  if (warned) return;
  let name;
  if (env.NODE_DISABLE_COLORS !== undefined) name = 'NODE_DISABLE_COLORS';
  if (env.NO_COLOR !== undefined) name = name ? `${name}' and 'NO_COLOR` : 'NO_COLOR';
  if (name === undefined) return;
  warned = true;
  const plural = name.includes(' and ') ? 's are' : ' is';
  process.emitWarning(`The '${name}' env${plural} ignored due to the 'FORCE_COLOR' env being set.`,
                      'Warning');
}

function getColorDepth(env = process.env) {
  if (env.FORCE_COLOR !== undefined) {
    switch (env.FORCE_COLOR) {
      case '':
      case '1':
      case 'true':
        warnIgnoredColorSwitch(env);
        return COLORS_16;
      case '2':
        warnIgnoredColorSwitch(env);
        return COLORS_256;
      case '3':
        warnIgnoredColorSwitch(env);
        return COLORS_16m;
      default:
        return COLORS_2;
    }
  }
  if (env.NODE_DISABLE_COLORS !== undefined || env.NO_COLOR !== undefined ||
      env.TERM === 'dumb') {
    return COLORS_2;
  }
  if (env.TMUX) return COLORS_256;
  if (env.CI) {
    if (ciWithColors.some((name) => name in env) || env.CI_NAME === 'codeship') {
      return COLORS_256;
    }
    return COLORS_2;
  }
  if ('TEAMCITY_VERSION' in env) {
    return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? COLORS_16 : COLORS_2;
  }
  switch (env.TERM_PROGRAM) {
    case 'iTerm.app':
      if (!env.TERM_PROGRAM_VERSION || /^[0-2]\./.test(env.TERM_PROGRAM_VERSION)) {
        return COLORS_256;
      }
      return COLORS_16m;
    case 'HyperTerm':
    case 'MacTerm':
      return COLORS_16m;
    case 'Apple_Terminal':
      return COLORS_256;
  }
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return COLORS_16m;
  if (env.TERM) {
    if (/^xterm-256/.test(env.TERM)) return COLORS_256;
    const term = env.TERM.toLowerCase();
    if (knownTerms[term]) return knownTerms[term];
    if (sixteenColorTerms.some((re) => re.test(term))) return COLORS_16;
  }
  if (env.COLORTERM) return COLORS_16;
  return COLORS_2;
}

function hasColors(count, env) {
  if (env === undefined &&
      (count === undefined || (typeof count === 'object' && count !== null))) {
    env = count;
    count = 16;
  } else {
    validateInteger(count, 'count', 2);
  }
  return count <= 2 ** getColorDepth(env);
}

module.exports = { getColorDepth, hasColors };
