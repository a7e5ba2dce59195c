// A real ESM-only npm package: chalk 5 ("type": "module", "exports", and
// "#imports" with a "node" condition), committed under test/fixtures/esm/npm.
import '../common/index.js';
import assert from 'node:assert';

// Colour support is decided from the environment when chalk loads.
process.env.FORCE_COLOR = '1';
const { default: load } = await import('../fixtures/esm/npm/load.mjs');
const { default: chalk, Chalk, supportsColor } = await load('chalk');

assert.strictEqual(chalk.level, 1);
assert.strictEqual(supportsColor.level, 1);
assert.strictEqual(chalk.red('red'), '\u001b[31mred\u001b[39m');
assert.strictEqual(chalk.bold.underline('x'), '\u001b[1m\u001b[4mx\u001b[24m\u001b[22m');
assert.strictEqual(new Chalk({ level: 0 }).red('plain'), 'plain');
