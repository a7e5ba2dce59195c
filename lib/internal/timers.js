'use strict';

// The timer engine behind setTimeout/setInterval/setImmediate.
//
// Timeouts
// --------
// Timeouts are grouped by duration: timerListMap[ms] is a TimersList, a circular
// doubly linked list (fields _idleNext/_idlePrev, the list object is the
// sentinel) of every Timeout whose duration is `ms`, in the order they were
// (re)started. Within one list start times only grow, so expiry times only
// grow too: the head is always the next to expire. Starting or refreshing a
// timer is an O(1) append to the tail.
//
// The lists themselves sit in a binary min-heap (`queue`) keyed by
// (list.expiry, list.id): list.expiry is the expiry of the list's head, and
// list.id, renewed whenever the expiry changes, breaks ties in favour of the
// list that got its expiry first.
//
// Native side: one libuv timer. scheduleTimer(ms) arms it; when it fires, C++
// calls processTimers(now). processTimers runs every list whose expiry has
// passed, and returns the next expiry: positive when refed timers remain,
// negative when only unrefed ones do (the uv timer is then unrefed), 0 when
// there are none. timerInfo[0] counts refed, live timers; toggleTimerRef is
// called when that count crosses zero.
//
// Immediates
// ----------
// Immediates form one FIFO linked list. C++ calls processImmediate() from a uv
// check handle while immediateInfo[kCount] > 0. processImmediate detaches the
// whole list first, so immediates scheduled by a callback run on the next loop
// iteration. If a callback throws, the rest of the detached list is kept in
// outstandingQueue (kHasOutstanding = 1) and runs first on the next call.
// immediateInfo[kRefCount] counts refed immediates; toggleImmediateRef is
// called when it crosses zero.
//
// Between two callbacks (timer or immediate) the nextTick queue and the
// microtask queue are drained with runNextTicks(); after the last one C++ does it.

const binding = internalBinding('timers');
const {
  scheduleTimer,
  toggleTimerRef,
  getLibuvNow,
  immediateInfo,
  timerInfo,
  toggleImmediateRef,
} = binding;

const { validateFunction, validateNumber } = require('internal/validators');

// 2^31 - 1: the largest delay libuv timers accept on every platform.
const TIMEOUT_MAX = 2 ** 31 - 1;

const kCount = 0;
const kRefCount = 1;
const kHasOutstanding = 2;

const kRefed = Symbol('refed');
const kHasPrimitive = Symbol('kHasPrimitive');
const async_id_symbol = Symbol('asyncId');
const kFrame = Symbol('kFrame');
const {
  getFrame, setFrame, clearThrown, noteThrown,
} = require('internal/async_context_frame');
const trigger_async_id_symbol = Symbol('triggerId');
const kTimeout = Symbol('timeout');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

let runNextTicks;
function drainTicks() {
  if (runNextTicks === undefined) {
    runNextTicks = require('internal/process/task_queues').runNextTicks;
  }
  runNextTicks();
}

// Timers and immediates share one id sequence; the id of a Timeout is what
// its [Symbol.toPrimitive]() returns.
let nextAsyncId = 1;
function newAsyncId() {
  return ++nextAsyncId;
}

// ---------------------------------------------------------------------------
// Circular linked list helpers (the list object is its own sentinel).

function listInit(list) {
  list._idleNext = list;
  list._idlePrev = list;
}

function listPeek(list) {
  return list._idlePrev === list ? null : list._idleNext;
}

function listIsEmpty(list) {
  return list._idleNext === list;
}

function listRemove(item) {
  if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
  if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
  item._idleNext = null;
  item._idlePrev = null;
}

function listAppend(list, item) {
  if (item._idleNext || item._idlePrev) listRemove(item);
  item._idleNext = list;
  item._idlePrev = list._idlePrev;
  list._idlePrev._idleNext = item;
  list._idlePrev = item;
}

// ---------------------------------------------------------------------------
// Binary min-heap of TimersLists. Each list knows its index
// (priorityQueuePosition) so that an emptied list can be removed in O(log n).

function compareLists(a, b) {
  const diff = a.expiry - b.expiry;
  if (diff !== 0) return diff;
  return a.id - b.id;
}

class ListHeap {
  constructor() {
    this.items = [];
  }

  peek() {
    return this.items.length === 0 ? null : this.items[0];
  }

  get size() {
    return this.items.length;
  }

  insert(list) {
    this.items.push(list);
    this.siftUp(this.items.length - 1);
  }

  shift() {
    return this.removeAt(0);
  }

  removeAt(pos) {
    const items = this.items;
    const removed = items[pos];
    const last = items.pop();
    removed.priorityQueuePosition = null;
    if (pos < items.length) {
      items[pos] = last;
      last.priorityQueuePosition = pos;
      this.siftDown(pos);
      this.siftUp(pos);
    }
    return removed;
  }

  // The head's key grew: move it down to its place.
  percolateHeadDown() {
    this.siftDown(0);
  }

  siftUp(pos) {
    const items = this.items;
    const item = items[pos];
    while (pos > 0) {
      const parentPos = (pos - 1) >> 1;
      const parent = items[parentPos];
      if (compareLists(parent, item) <= 0) break;
      items[pos] = parent;
      parent.priorityQueuePosition = pos;
      pos = parentPos;
    }
    items[pos] = item;
    item.priorityQueuePosition = pos;
  }

  siftDown(pos) {
    const items = this.items;
    const size = items.length;
    const item = items[pos];
    for (;;) {
      let child = 2 * pos + 1;
      if (child >= size) break;
      if (child + 1 < size && compareLists(items[child + 1], items[child]) < 0) child++;
      if (compareLists(items[child], item) >= 0) break;
      items[pos] = items[child];
      items[pos].priorityQueuePosition = pos;
      pos = child;
    }
    items[pos] = item;
    item.priorityQueuePosition = pos;
  }
}

// ---------------------------------------------------------------------------
// Timeout lists

let timerListId = 0;

class TimersList {
  constructor(expiry, msecs) {
    this._idleNext = this;
    this._idlePrev = this;
    this.expiry = expiry;
    this.id = timerListId++;
    this.msecs = msecs;
    this.priorityQueuePosition = null;
  }

  [customInspectSymbol](_, options) {
    return require('internal/util/inspect').inspect(this, {
      ...options, depth: 0, customInspect: false,
    });
  }
}

const timerListMap = { __proto__: null };
const queue = new ListHeap();

// Timeouts created by numeric id through [Symbol.toPrimitive](), for
// clearTimeout(id).
const knownTimersById = { __proto__: null };

// Expiry the uv timer is currently armed for (Infinity: not armed).
let nextExpiry = Infinity;

function incRefCount() {
  if (timerInfo[0]++ === 0) toggleTimerRef(true);
}

function decRefCount() {
  if (--timerInfo[0] === 0) toggleTimerRef(false);
}

// Coerces a delay the way setTimeout does: anything that is not a number in
// [1, TIMEOUT_MAX] becomes 1; overflowing values also warn.
function coerceDelay(after) {
  after *= 1;
  if (!(after >= 1 && after <= TIMEOUT_MAX)) {
    if (after > TIMEOUT_MAX) {
      process.emitWarning(`${after} does not fit into a 32-bit signed integer.` +
                          '\nTimeout duration was set to 1.',
                          'TimeoutOverflowWarning');
    }
    after = 1;
  }
  return after;
}

// Validates a duration given to an API (socket.setTimeout, timers.enroll):
// a non-negative finite number, capped at TIMEOUT_MAX with a warning.
function getTimerDuration(msecs, name) {
  validateNumber(msecs, name);
  if (msecs < 0 || !Number.isFinite(msecs)) {
    const { codes: { ERR_OUT_OF_RANGE } } = require('internal/errors');
    throw new ERR_OUT_OF_RANGE(name, 'a non-negative finite number', msecs);
  }
  if (msecs > TIMEOUT_MAX) {
    process.emitWarning(`${msecs} does not fit into a 32-bit signed integer.` +
                        `\nTimer duration was truncated to ${TIMEOUT_MAX}.`,
                        'TimeoutOverflowWarning');
    return TIMEOUT_MAX;
  }
  return msecs;
}

function initAsyncResource(resource) {
  // The AsyncLocalStorage context for the callback; hidden from util.inspect like Node's.
  Object.defineProperty(resource, kFrame, {
    __proto__: null, value: getFrame(), writable: true, configurable: true,
  });
  resource[async_id_symbol] = newAsyncId();
  resource[trigger_async_id_symbol] = 1;
}

class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    after = coerceDelay(after);
    // Field order is part of what util.inspect shows; it matches Node.
    this._idleTimeout = after;
    this._idlePrev = this;
    this._idleNext = this;
    this._idleStart = null;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    this[kRefed] = isRefed;
    this[kHasPrimitive] = false;
    initAsyncResource(this);
    if (isRefed) incRefCount();
  }

  // Node shows a Timeout's linked list neighbours collapsed.
  [customInspectSymbol](_, options) {
    return require('internal/util/inspect').inspect(this, {
      ...options, depth: 0, customInspect: false,
    });
  }

  refresh() {
    if (this[kRefed]) active(this);
    else unrefActive(this);
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (!this._destroyed) decRefCount();
    }
    return this;
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (!this._destroyed) incRefCount();
    }
    return this;
  }

  hasRef() {
    return this[kRefed];
  }

  close() {
    clearTimeout(this);
    return this;
  }

  [Symbol.toPrimitive]() {
    const id = this[async_id_symbol];
    if (!this[kHasPrimitive]) {
      this[kHasPrimitive] = true;
      knownTimersById[id] = this;
    }
    return id;
  }
}

// (Re)starts item: appends it to the list of its duration, creating that list
// (and re-arming the uv timer if it now expires first) when needed.
function insert(item, msecs, start = getLibuvNow()) {
  item._idleStart = start;

  let list = timerListMap[msecs];
  if (list === undefined) {
    const expiry = start + msecs;
    list = new TimersList(expiry, msecs);
    timerListMap[msecs] = list;
    queue.insert(list);
    if (nextExpiry > expiry) {
      scheduleTimer(msecs);
      nextExpiry = expiry;
    }
  }
  listAppend(list, item);
}

function insertGuarded(item, refed, start) {
  const msecs = item._idleTimeout;
  if (msecs < 0 || msecs === undefined) return;
  insert(item, msecs, start);

  const isDestroyed = item._destroyed;
  if (isDestroyed || !item[async_id_symbol]) {
    item._destroyed = false;
    initAsyncResource(item);
  }
  if (isDestroyed) {
    if (refed) incRefCount();
  } else if (refed === !item[kRefed]) {
    if (refed) incRefCount();
    else decRefCount();
  }
  item[kRefed] = refed;
}

// Restarts a timer as refed / unrefed (Timeout#refresh).
function active(item) {
  insertGuarded(item, true);
}

function unrefActive(item) {
  insertGuarded(item, false);
}

// Stops a timer: it leaves its list and, if it was refed, the ref count.
function unenroll(item) {
  if (item._destroyed) return;
  item._destroyed = true;

  if (item[kHasPrimitive]) delete knownTimersById[item[async_id_symbol]];

  const list = timerListMap[item._idleTimeout];
  listRemove(item);
  if (list !== undefined && listIsEmpty(list)) {
    queue.removeAt(list.priorityQueuePosition);
    delete timerListMap[list.msecs];
  }
  if (item[kRefed]) decRefCount();
  item._idleTimeout = -1;
}

// A timer that ran and will not run again.
function destroyTimer(timer) {
  timer._destroyed = true;
  if (timer[kRefed]) decRefCount();
  if (timer[kHasPrimitive]) delete knownTimersById[timer[async_id_symbol]];
}

function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    timer._onTimeout = null;
    unenroll(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const timerInstance = knownTimersById[timer];
    if (timerInstance !== undefined) {
      timerInstance._onTimeout = null;
      unenroll(timerInstance);
    }
  }
}

function setUnrefTimeout(callback, after) {
  validateFunction(callback, 'callback');
  const timer = new Timeout(callback, after, undefined, false, false);
  insert(timer, timer._idleTimeout);
  return timer;
}

// Runs the due timers of one list, in order.
function listOnTimeout(list, now) {
  const msecs = list.msecs;
  let ranAtLeastOneTimer = false;
  let timer;
  while ((timer = listPeek(list)) !== null) {
    const diff = now - timer._idleStart;
    if (diff < msecs) {
      // The rest of the list is not due yet. At least 1ms in the future, so
      // that a timer restarted during this pass does not run twice in it.
      list.expiry = Math.max(timer._idleStart + msecs, now + 1);
      list.id = timerListId++;
      queue.percolateHeadDown();
      return;
    }

    if (ranAtLeastOneTimer) drainTicks();
    else ranAtLeastOneTimer = true;

    listRemove(timer);

    if (!timer._onTimeout) {
      if (!timer._destroyed) destroyTimer(timer);
      continue;
    }

    let start;
    if (timer._repeat) start = getLibuvNow();
    const prevFrame = getFrame();
    setFrame(timer[kFrame]);
    clearThrown();
    let threw = true;
    try {
      const args = timer._timerArgs;
      if (args === undefined) timer._onTimeout();
      else Reflect.apply(timer._onTimeout, timer, args);
      threw = false;
    } finally {
      if (threw) noteThrown();
      setFrame(prevFrame);
      if (timer._repeat && timer._idleTimeout !== -1) {
        timer._idleTimeout = timer._repeat;
        insert(timer, timer._idleTimeout, start);
      } else if (timer._idleNext === null && timer._idlePrev === null &&
                 !timer._destroyed) {
        // Not restarted by its own callback (refresh()): it is done.
        destroyTimer(timer);
      }
    }
  }

  // The list is empty. It may already have been replaced if a callback
  // cleared its last timer and created a new one of the same duration.
  if (list === timerListMap[msecs]) {
    delete timerListMap[msecs];
    queue.removeAt(list.priorityQueuePosition);
  }
}

// Called by C++ when the uv timer fires. Returns the next expiry (see above).
// If a callback throws, the exception propagates (to 'uncaughtException') and C++
// calls processTimers again at once, so the timers still due run without delay.
function processTimers(now) {
  nextExpiry = Infinity;

  let list;
  let ranAtLeastOneList = false;
  while ((list = queue.peek()) !== null) {
    if (list.expiry > now) {
      nextExpiry = list.expiry;
      return timerInfo[0] > 0 ? nextExpiry : -nextExpiry;
    }
    if (ranAtLeastOneList) drainTicks();
    else ranAtLeastOneList = true;
    listOnTimeout(list, now);
  }
  return 0;
}

// ---------------------------------------------------------------------------
// Immediates

class ImmediateList {
  constructor() {
    this.head = null;
    this.tail = null;
  }

  append(item) {
    if (this.tail !== null) {
      this.tail._idleNext = item;
      item._idlePrev = this.tail;
    } else {
      this.head = item;
    }
    this.tail = item;
  }

  // Also unlinks items of a detached list being processed; only this list's
  // head and tail are fixed up.
  remove(item) {
    if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
    if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
    if (item === this.head) this.head = item._idleNext;
    if (item === this.tail) this.tail = item._idlePrev;
    item._idleNext = null;
    item._idlePrev = null;
  }
}

const immediateQueue = new ImmediateList();
const outstandingQueue = new ImmediateList();

class Immediate {
  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kRefed] = false;
    initAsyncResource(this);
    this.ref();
    immediateInfo[kCount]++;
    immediateQueue.append(this);
  }

  ref() {
    if (this[kRefed] === false) {
      this[kRefed] = true;
      if (immediateInfo[kRefCount]++ === 0) toggleImmediateRef(true);
    }
    return this;
  }

  unref() {
    if (this[kRefed] === true) {
      this[kRefed] = false;
      if (--immediateInfo[kRefCount] === 0) toggleImmediateRef(false);
    }
    return this;
  }

  hasRef() {
    return !!this[kRefed];
  }
}

function clearImmediate(immediate) {
  // Anything but a live Immediate is ignored (the counts must stay exact).
  if (!(immediate instanceof Immediate) || immediate._destroyed) return;

  immediateInfo[kCount]--;
  immediate._destroyed = true;
  if (immediate[kRefed] && --immediateInfo[kRefCount] === 0) {
    toggleImmediateRef(false);
  }
  immediate[kRefed] = null;
  immediate._onImmediate = null;
  immediateQueue.remove(immediate);
}

// Called by C++ in the check phase while immediateInfo[kCount] > 0.
function processImmediate() {
  const queue = outstandingQueue.head !== null ? outstandingQueue : immediateQueue;
  let immediate = queue.head;

  // Detach the list so that setImmediate() calls made by these callbacks go
  // to the next iteration.
  if (queue !== outstandingQueue) {
    queue.head = queue.tail = null;
    immediateInfo[kHasOutstanding] = 1;
  }

  let prevImmediate;
  let ranAtLeastOneImmediate = false;
  while (immediate !== null) {
    if (ranAtLeastOneImmediate) drainTicks();
    else ranAtLeastOneImmediate = true;

    // A tick may have cleared this immediate; its predecessor's link is then
    // already updated.
    if (immediate._destroyed) {
      outstandingQueue.head = immediate = prevImmediate._idleNext;
      continue;
    }

    // Destroyed before its callback runs, so clearImmediate(this) inside the
    // callback is a no-op.
    immediate._destroyed = true;
    immediateInfo[kCount]--;
    if (immediate[kRefed] && --immediateInfo[kRefCount] === 0) {
      toggleImmediateRef(false);
    }
    immediate[kRefed] = null;
    prevImmediate = immediate;

    const prevFrame = getFrame();
    setFrame(immediate[kFrame]);
    clearThrown();
    let threw = true;
    try {
      const argv = immediate._argv;
      if (argv === undefined) immediate._onImmediate();
      else Reflect.apply(immediate._onImmediate, immediate, argv);
      threw = false;
    } finally {
      if (threw) noteThrown();
      setFrame(prevFrame);
      immediate._onImmediate = null;
      outstandingQueue.head = immediate = immediate._idleNext;
    }
  }

  if (queue === outstandingQueue) outstandingQueue.head = null;
  immediateInfo[kHasOutstanding] = 0;
}

function getTimerCallbacks() {
  return { processImmediate, processTimers };
}

function setupTimerHandlers() {
  binding.setupTimers(processImmediate, processTimers);
}

module.exports = {
  TIMEOUT_MAX,
  kTimeout,
  kRefed,
  kHasPrimitive,
  async_id_symbol,
  trigger_async_id_symbol,
  Timeout,
  Immediate,
  TimersList,
  initAsyncResource,
  setUnrefTimeout,
  getTimerDuration,
  getTimerCallbacks,
  setupTimerHandlers,
  processTimers,
  processImmediate,
  immediateQueue,
  immediateInfo,
  immediateInfoFields: { kCount, kRefCount, kHasOutstanding },
  active,
  unrefActive,
  insert,
  unenroll,
  clearTimeout,
  clearImmediate,
  timerListMap,
  timerListQueue: queue,
  decRefCount,
  incRefCount,
  knownTimersById,
};
