'use strict';
// The legacy module names still load: _stream_readable & co. are the stream
// classes, and sys is util with a DEP0025 warning.
const common = require('../common');
const assert = require('node:assert');
const stream = require('node:stream');
const { builtinModules, isBuiltin } = require('node:module');

process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.name, 'DeprecationWarning');
  assert.strictEqual(warning.code, 'DEP0025');
  assert.strictEqual(warning.message, 'sys is deprecated. Use util instead.');
}));

const legacy = {
  _stream_readable: stream.Readable,
  _stream_writable: stream.Writable,
  _stream_duplex: stream.Duplex,
  _stream_transform: stream.Transform,
  _stream_passthrough: stream.PassThrough,
};
for (const [name, value] of Object.entries(legacy)) {
  assert.strictEqual(require(name), value);
  assert.strictEqual(require(`node:${name}`), value);
  assert.ok(builtinModules.includes(name), name);
  assert.ok(isBuiltin(name), name);
}

const PassThrough = require('_stream_passthrough');
const pt = new PassThrough();
pt.end('through');
assert.strictEqual(pt.read().toString(), 'through');

assert.strictEqual(require('sys'), require('node:util'));
assert.ok(builtinModules.includes('sys'));
import('node:sys').then(common.mustCall((ns) => {
  assert.strictEqual(ns.default, require('node:util'));
  assert.strictEqual(ns.inspect, require('node:util').inspect);
}));
