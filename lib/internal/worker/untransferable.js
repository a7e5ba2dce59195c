'use strict';

// markAsUntransferable(): objects that stay where they are when they appear in a
// transfer list (Node 20 then copies them instead). Buffer's shared allocation pool is
// one, so that transferring a small Buffer's `.buffer` cannot detach its neighbours.

const untransferable = new WeakSet();

function markAsUntransferable(object) {
  if ((typeof object === 'object' && object !== null) || typeof object === 'function') {
    untransferable.add(object);
  }
}

function isMarkedAsUntransferable(object) {
  return ((typeof object === 'object' && object !== null) || typeof object === 'function') &&
    untransferable.has(object);
}

module.exports = { markAsUntransferable, isMarkedAsUntransferable };
