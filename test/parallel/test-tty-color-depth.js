'use strict';
// tty.WriteStream.prototype.getColorDepth / hasColors from the environment.
require('../common');
const assert = require('node:assert');
const { WriteStream } = require('node:tty');

const { getColorDepth, hasColors } = WriteStream.prototype;
const cases = [
  [{ FORCE_COLOR: '1' }, 4],
  [{ FORCE_COLOR: '' }, 4],
  [{ FORCE_COLOR: 'true' }, 4],
  [{ FORCE_COLOR: '2' }, 8],
  [{ FORCE_COLOR: '3' }, 24],
  [{ FORCE_COLOR: '0' }, 1],
  [{ FORCE_COLOR: 'false' }, 1],
  [{ NO_COLOR: '1' }, 1],
  [{ NODE_DISABLE_COLORS: '1', TERM: 'xterm-256color' }, 1],
  [{ TERM: 'dumb' }, 1],
  [{ TERM: 'dumb', COLORTERM: 'truecolor' }, 1],
  [{ TMUX: '1' }, 8],
  [{ TMUX: '1', COLORTERM: 'truecolor' }, 8],
  [{ TERM: 'tmux-256color' }, 4],
  [{ TERM: 'alacritty' }, 1],
  [{ CI: 'true', GITHUB_ACTIONS: 'true' }, 8],
  [{ CI: 'true' }, 1],
  [{ TEAMCITY_VERSION: '9.1.0' }, 4],
  [{ TEAMCITY_VERSION: '8.0.0' }, 1],
  [{ TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '3.0' }, 24],
  [{ TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '2.9' }, 8],
  [{ TERM_PROGRAM: 'Apple_Terminal' }, 8],
  [{ COLORTERM: 'truecolor' }, 24],
  [{ COLORTERM: '24bit' }, 24],
  [{ TERM: 'xterm-256color' }, 8],
  [{ TERM: 'xterm' }, 4],
  [{ TERM: 'screen' }, 4],
  [{ TERM: 'linux' }, 4],
  [{ TERM: 'xterm-kitty' }, 4],
  [{ TERM: 'terminator' }, 24],
  [{ TERM: 'Eterm' }, 4],
  [{ TERM: 'mosh' }, 24],
  [{ TERM: 'rxvt-unicode-24bit' }, 24],
  [{ TERM: 'something' }, 1],
  [{ COLORTERM: 'yes' }, 4],
  [{}, 1],
];
for (const [env, depth] of cases) {
  assert.strictEqual(getColorDepth(env), depth, JSON.stringify(env));
}

assert.strictEqual(hasColors({ TERM: 'xterm' }), true);
assert.strictEqual(hasColors(16, { TERM: 'xterm' }), true);
assert.strictEqual(hasColors(17, { TERM: 'xterm' }), false);
assert.strictEqual(hasColors(256, { TERM: 'xterm-256color' }), true);
assert.strictEqual(hasColors(2 ** 24, { COLORTERM: 'truecolor' }), true);
assert.strictEqual(hasColors({}), false);
assert.strictEqual(hasColors(2, {}), true);
assert.throws(() => hasColors(1, {}), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => hasColors('x', {}), { code: 'ERR_INVALID_ARG_TYPE' });
