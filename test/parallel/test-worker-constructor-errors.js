'use strict';
// new Worker() argument errors are Node's, and a failed construction leaves nothing
// running (the process still exits).
require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

assert.throws(() => new Worker('x.js'), {
  name: 'TypeError',
  code: 'ERR_WORKER_PATH',
  message: 'The worker script or module filename must be an absolute path or a relative ' +
    'path starting with \'./\' or \'../\'. Received "x.js"',
});
assert.throws(() => new Worker(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "filename" argument must be of type string or an instance of URL. ' +
    'Received type number (5)',
});
assert.throws(() => new Worker(new URL('http://example.com/a.js')), {
  code: 'ERR_INVALID_URL_SCHEME',
});
assert.throws(() => new Worker('./a.js', { argv: 5 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.argv" property must be an instance of Array. Received type number (5)',
});
assert.throws(() => new Worker('./a.js', { execArgv: 5 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.execArgv" property must be an instance of Array. Received type number (5)',
});
assert.throws(() => new Worker('./a.js', { env: 5 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.env" property must be of type object or one of undefined, null, ' +
    'or worker_threads.SHARE_ENV. Received type number (5)',
});
assert.throws(() => new Worker('./a.js', { name: 5 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.name" property must be of type string. Received type number (5)',
});
assert.throws(() => new Worker('1', { eval: true, workerData: () => 1 }), {
  name: 'DataCloneError',
  message: '() => 1 could not be cloned.',
});
assert.throws(() => new Worker('1', { eval: true, transferList: [5] }), {
  code: 'ERR_INVALID_TRANSFER_OBJECT',
});
