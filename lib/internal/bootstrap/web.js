'use strict';
// Web platform globals, installed the way Node installs them: non-enumerable,
// writable and configurable. Lazy ones load their module on first access.
// Add new globals to the lists below.

const {
  exposeInterface,
  exposeLazyInterfaces,
} = require('internal/util');

// Loaded now: eager data properties.
{
  const eventTarget = require('internal/event_target');
  for (const name of ['EventTarget', 'Event', 'CustomEvent']) {
    exposeInterface(globalThis, name, eventTarget[name]);
  }
}

// URL and URLSearchParams, eager like Node's.
{
  const url = require('internal/url');
  exposeInterface(globalThis, 'URL', url.URL);
  exposeInterface(globalThis, 'URLSearchParams', url.URLSearchParams);
}

// TextEncoder and TextDecoder: lazy accessors, like Node's.
exposeLazyInterfaces(globalThis, 'internal/encoding', ['TextEncoder', 'TextDecoder']);

// structuredClone: an enumerable data property like Node's.
Object.defineProperty(globalThis, 'structuredClone', {
  __proto__: null,
  value: require('internal/structured_clone').structuredClone,
  writable: true,
  enumerable: true,
  configurable: true,
});

// Loaded on first access: `get X`/`set X` accessors that become data properties.
exposeLazyInterfaces(globalThis, 'internal/abort_controller', ['AbortController', 'AbortSignal']);
exposeLazyInterfaces(globalThis, 'internal/blob', ['Blob', 'File']);
exposeLazyInterfaces(globalThis, 'internal/worker/io',
                     ['MessageChannel', 'MessagePort', 'MessageEvent', 'BroadcastChannel']);

// DOMException, like Node, through anonymous accessors.
{
  let DOMException;
  const set = (value) => {
    Object.defineProperty(globalThis, 'DOMException', {
      __proto__: null, value, writable: true, enumerable: false, configurable: true,
    });
  };
  const get = () => {
    DOMException ??= require('internal/per_context/domexception').DOMException;
    set(DOMException);
    return DOMException;
  };
  for (const fn of [get, set]) Object.defineProperty(fn, 'name', { __proto__: null, value: '' });
  Object.defineProperty(globalThis, 'DOMException', {
    __proto__: null, get, set, enumerable: false, configurable: true,
  });
}

// Buffer, loaded on first access through accessors named `get`/`set` like Node's;
// atob and btoa, enumerable lazy operations.
{
  let Buffer;
  function set(value) {
    Object.defineProperty(globalThis, 'Buffer', {
      __proto__: null, value, writable: true, enumerable: false, configurable: true,
    });
  }
  function get() {
    Buffer ??= require('buffer').Buffer;
    set(Buffer);
    return Buffer;
  }
  Object.defineProperty(globalThis, 'Buffer', {
    __proto__: null, get, set, enumerable: false, configurable: true,
  });
  require('internal/util').defineLazyProperties(globalThis, 'buffer', ['atob', 'btoa']);
}

// Web streams (stream/web), loaded on first access.
exposeLazyInterfaces(globalThis, 'stream/web', [
  'ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader',
  'ReadableStreamBYOBRequest', 'ReadableByteStreamController', 'ReadableStreamDefaultController',
  'TransformStream', 'TransformStreamDefaultController', 'WritableStream',
  'WritableStreamDefaultWriter', 'WritableStreamDefaultController',
  'ByteLengthQueuingStrategy', 'CountQueuingStrategy', 'TextEncoderStream', 'TextDecoderStream',
  'CompressionStream', 'DecompressionStream',
]);

// performance: an enumerable, replaceable lazy accessor like Node's; the perf_hooks
// interfaces, loaded on first access.
require('internal/util').defineReplaceableLazyAttribute(globalThis, 'perf_hooks', ['performance']);
exposeLazyInterfaces(globalThis, 'perf_hooks', [
  'Performance', 'PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure',
  'PerformanceObserver', 'PerformanceObserverEntryList', 'PerformanceResourceTiming',
]);

// fetch and its classes, from the bundled undici (lib/internal/deps/undici), loaded on
// first call or access. fetch is an enumerable data property like Node's: a wrapper
// that loads undici when first called.
{
  let fetchImpl;
  Object.defineProperty(globalThis, 'fetch', {
    __proto__: null,
    value: function fetch(input, init = undefined) {
      fetchImpl ??= require('internal/deps/undici/undici').fetch;
      return fetchImpl(input, init);
    },
    writable: true,
    enumerable: true,
    configurable: true,
  });
  exposeLazyInterfaces(globalThis, 'internal/deps/undici/undici',
                       ['FormData', 'Headers', 'Request', 'Response']);
}

// crypto: an enumerable getter like Node's (after fetch, in Node's order); Crypto, CryptoKey and SubtleCrypto lazily.
{
  Object.defineProperty(globalThis, 'crypto', {
    __proto__: null,
    ...Object.getOwnPropertyDescriptor({
      get crypto() {
        return require('internal/crypto/webcrypto').crypto;
      },
    }, 'crypto'),
  });
  exposeLazyInterfaces(globalThis, 'internal/crypto/webcrypto',
                       ['Crypto', 'CryptoKey', 'SubtleCrypto']);
}
