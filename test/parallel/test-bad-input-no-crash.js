'use strict';
// Bad or hostile input to public APIs ends in an exception (or a result), as in Node,
// never in a crash: revoked proxies, throwing getters, NUL bytes in paths, uncloneable
// values, corrupt zlib data, invalid encodings, bad HTTP tokens, huge URLs.
require('../common');
const assert = require('node:assert');

const cases = [
  () => { const { proxy, revoke } = Proxy.revocable({}, {}); revoke(); require('util').inspect(proxy, { showProxy: true }); },
  () => require('util').inspect(new Proxy({}, { get() { throw new Error('x'); } })),
  () => Buffer.alloc(-1),
  () => Buffer.from('x').toString('utf8', -1, 2 ** 40),
  () => require('fs').readFileSync('a\0b'),
  () => structuredClone(() => {}),
  () => structuredClone(new Proxy({}, {})),
  () => new URL('http://' + 'a'.repeat(1e6)),
  () => require('zlib').inflateSync(Buffer.from('garbage')),
  () => require('crypto').createHash('nope'),
  () => require('vm').runInNewContext('this.constructor.constructor("return process")()'),
  () => new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xff])),
  () => require('child_process').spawnSync('/nonexistent'),
  () => process.kill(process.pid, 0),
  () => require('http').request({ host: '127.0.0.1', port: 1, method: 'G ET' }),
  () => Buffer.prototype.toString.call({}),
  () => require('buffer').transcode(Buffer.from('x'), 'utf8', 'nope'),
  () => require('os').setPriority(-1, 100),
  () => require('util').format('%s', Symbol('x'), { toString() { throw 1; } }),
  () => require('path').join(null),
  () => Reflect.construct(require('events'), [], Object),
];
const results = cases.map((c) => { try { c(); return 'ok'; } catch (e) { return `${e.name}:${e.code}`; } });
assert.deepStrictEqual(results, [
  'ok', 'ok', 'RangeError:ERR_OUT_OF_RANGE', 'ok', 'TypeError:ERR_INVALID_ARG_VALUE',
  'DataCloneError:25', 'DataCloneError:25', 'ok', 'Error:Z_DATA_ERROR', 'Error:undefined', 'ok',
  'TypeError:ERR_ENCODING_INVALID_ENCODED_DATA', 'ok', 'ok', 'TypeError:ERR_INVALID_HTTP_TOKEN',
  'TypeError:undefined', 'Error:U_ILLEGAL_ARGUMENT_ERROR', 'RangeError:ERR_OUT_OF_RANGE', 'ok',
  'TypeError:ERR_INVALID_ARG_TYPE', 'ok',
]);
