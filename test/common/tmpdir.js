// A per-test scratch directory under os.tmpdir(): rt-test-<pid>-<test name>.
// refresh() empties (or creates) it; it is removed when the process exits unless
// RT_TEST_KEEP_TMPDIR is set.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');

const testName = path.basename(process.argv[1] || 'eval').replace(/\.[cm]?js$/, '');
const baseName = `rt-test-${process.pid}-${testName}`;
let currentPath = path.join(os.tmpdir(), baseName);
let attempt = 0;
let created = false;

// fs.rmSync(recursive) may not exist yet in rt: walk the tree with whatever
// sync calls are there. Returns true when the directory is gone.
function removeTree(target) {
  if (typeof fs.rmSync === 'function') {
    try {
      fs.rmSync(target, { recursive: true, force: true, maxRetries: 3 });
      return !fs.existsSync(target);
    } catch {
      // Fall through to the manual walk.
    }
  }
  try {
    removeByHand(target);
  } catch {
    // Reported through the return value.
  }
  return !fs.existsSync(target);
}

function removeByHand(target) {
  let stats;
  try {
    stats = fs.lstatSync(target);
  } catch (err) {
    if (err.code === 'ENOENT') return;
    throw err;
  }
  if (!stats.isDirectory()) {
    fs.unlinkSync(target);
    return;
  }
  for (const entry of fs.readdirSync(target)) {
    removeByHand(path.join(target, entry));
  }
  fs.rmdirSync(target);
}

function refresh() {
  if (fs.existsSync(currentPath) && !removeTree(currentPath)) {
    // Cannot empty it: move on to a fresh sibling so the test still starts clean.
    attempt++;
    currentPath = path.join(os.tmpdir(), `${baseName}-${attempt}`);
    removeTree(currentPath);
  }
  fs.mkdirSync(currentPath, { recursive: true });
  if (!created) {
    created = true;
    process.on('exit', onExit);
  }
}

function onExit() {
  if (process.env.RT_TEST_KEEP_TMPDIR) return;
  // A test that chdir'd into the directory could not remove it on some systems.
  try {
    if (process.cwd().startsWith(currentPath)) process.chdir(os.tmpdir());
  } catch {
    // Nothing to do: removal below will report nothing either.
  }
  removeTree(currentPath);
}

function resolve(...paths) {
  return path.resolve(currentPath, ...paths);
}

function fileURL(...paths) {
  return require('url').pathToFileURL(resolve(...paths));
}

module.exports = {
  get path() {
    return currentPath;
  },
  fileURL,
  refresh,
  resolve,
};
