'use strict';
// ES module workers: a .mjs file given as a file: URL and as a path (top-level await,
// import.meta.url, importing worker_threads), and a data: URL.
const common = require('../common');
const assert = require('assert');
const { pathToFileURL } = require('url');
const fixtures = require('../common/fixtures');
const { Worker } = require('worker_threads');

const file = fixtures.path('worker', 'module.mjs');
for (const filename of [pathToFileURL(file), file]) {
  const worker = new Worker(filename, { workerData: 21 });
  worker.on('message', common.mustCall((message) => {
    assert.deepStrictEqual(message, { doubled: 42, url: true });
  }));
  worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
}

const inline = new Worker(new URL('data:text/javascript,' + encodeURIComponent(
  'import { parentPort } from "node:worker_threads"; parentPort.postMessage(process.argv.length);')));
inline.on('message', common.mustCall((length) => assert.strictEqual(length, 1)));
inline.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));

const failing = new Worker(new URL('data:text/javascript,throw new Error("data fail")'));
failing.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'data fail')));
failing.on('exit', common.mustCall((code) => assert.strictEqual(code, 1)));
