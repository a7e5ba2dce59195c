'use strict';
// timers/promises with an AbortSignal: already-aborted signals reject at once,
// aborting later cancels the timer; errors are AbortErrors whose cause is the
// signal's reason. Invalid options reject.
const common = require('../common');
const assert = require('node:assert');
const { setTimeout: sleep, setImmediate: immediate, setInterval: every } =
  require('node:timers/promises');

const abortError = (cause) => ({
  name: 'AbortError',
  code: 'ABORT_ERR',
  message: 'The operation was aborted',
  cause,
});

(async () => {
  const aborted = AbortSignal.abort('why');
  await assert.rejects(sleep(1, 'v', { signal: aborted }), abortError('why'));
  await assert.rejects(immediate('v', { signal: aborted }), abortError('why'));
  await assert.rejects(every(1, 'v', { signal: aborted }).next(), abortError('why'));

  const ac = new AbortController();
  const pending = sleep(100000, 'never', { signal: ac.signal });
  ac.abort('later');
  await assert.rejects(pending, abortError('later'));

  const ac2 = new AbortController();
  const pendingImmediate = immediate('never', { signal: ac2.signal });
  ac2.abort();
  await assert.rejects(pendingImmediate, { name: 'AbortError', code: 'ABORT_ERR' });

  await assert.rejects(sleep(1, 'v', 'bad'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options" argument must be of type object. Received type string (\'bad\')',
  });
  await assert.rejects(sleep(1, 'v', { ref: 1 }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.ref" property must be of type boolean. Received type number (1)',
  });
  await assert.rejects(sleep(1, 'v', { signal: {} }), {
    code: 'ERR_INVALID_ARG_TYPE',
  });
  await assert.rejects(sleep('1'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "delay" argument must be of type number. Received type string (\'1\')',
  });
  await assert.rejects(immediate('v', null), { code: 'ERR_INVALID_ARG_TYPE' });
})().then(common.mustCall());
