// Paths into test/fixtures and helpers to read the files there.
'use strict';

const fs = require('fs');
const path = require('path');

const fixturesDir = path.join(__dirname, '..', 'fixtures');

function fixturesPath(...args) {
  return path.join(fixturesDir, ...args);
}

// readSync('a.txt') or readSync(['dir', 'a.txt'], 'utf8').
function readSync(args, enc) {
  return fs.readFileSync(fixturesPath(...[].concat(args)), enc);
}

function readKey(name, enc) {
  return fs.readFileSync(fixturesPath('keys', name), enc);
}

function fileURL(...args) {
  return require('url').pathToFileURL(fixturesPath(...args));
}

module.exports = {
  fixturesDir,
  fileURL,
  path: fixturesPath,
  readKey,
  readSync,
};
