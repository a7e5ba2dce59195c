'use strict';
// AbortSignal.any(signals) aborts with the reason of the first source that
// aborts; its 'abort' event comes after the source's.
const common = require('../common');
const assert = require('node:assert');

{
  const a = new AbortController();
  const b = new AbortController();
  const any = AbortSignal.any([a.signal, b.signal]);
  assert.strictEqual(any.aborted, false);
  const order = [];
  b.signal.addEventListener('abort', () => {
    order.push(['b', any.aborted]);
  });
  any.addEventListener('abort', common.mustCall((event) => {
    assert.strictEqual(event.isTrusted, true);
    order.push(['any', any.reason]);
  }));
  b.abort('from b');
  a.abort('from a');
  assert.deepStrictEqual(order, [['b', false], ['any', 'from b']]);
  assert.strictEqual(any.reason, 'from b');
}

{
  // Composite signals of composite signals follow the original sources;
  // dependants abort in order after the source's listeners.
  const source = new AbortController();
  const first = AbortSignal.any([source.signal]);
  const second = AbortSignal.any([first]);
  const order = [];
  source.signal.addEventListener('abort', () => order.push(['source', first.aborted, second.aborted]));
  first.addEventListener('abort', () => order.push(['first', second.aborted]));
  second.addEventListener('abort', () => order.push(['second']));
  source.abort();
  assert.deepStrictEqual(order, [['source', false, false], ['first', false], ['second']]);
  assert.strictEqual(second.reason, source.signal.reason);
  assert.strictEqual(second.reason.name, 'AbortError');
}

{
  // Already aborted sources give an aborted signal at once.
  const any = AbortSignal.any([new AbortController().signal, AbortSignal.abort('early')]);
  assert.strictEqual(any.aborted, true);
  assert.strictEqual(any.reason, 'early');
  // No sources: never aborts.
  const none = AbortSignal.any([]);
  assert.strictEqual(none.aborted, false);
  none.onabort = common.mustNotCall();
  // The same source twice aborts once.
  const ac = new AbortController();
  const twice = AbortSignal.any([ac.signal, ac.signal]);
  twice.onabort = common.mustCall();
  ac.abort();
  assert.strictEqual(twice.aborted, true);
}

{
  // With a timeout signal as a source.
  const keepAlive = setTimeout(common.mustNotCall(), 60000);
  const any = AbortSignal.any([new AbortController().signal, AbortSignal.timeout(1)]);
  any.onabort = common.mustCall(() => {
    assert.strictEqual(any.reason.name, 'TimeoutError');
    clearTimeout(keepAlive);
  });
}
