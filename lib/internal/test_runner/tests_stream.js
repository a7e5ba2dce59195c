'use strict';

// The stream of test events ({ type, data } objects) that reporters consume.
// Each event is also emitted under its type so the harness can listen to it.

const Readable = require('internal/streams/readable');

class TestsStream extends Readable {
  constructor() {
    super({ objectMode: true, highWaterMark: Number.MAX_SAFE_INTEGER });
    this.#ended = false;
  }

  #ended;

  _read() {}

  #emit(type, data) {
    this.emit(type, data);
    if (!this.#ended) this.push({ __proto__: null, type, data });
  }

  fail(nesting, loc, testNumber, name, details, directive) {
    this.#emit('test:fail', {
      __proto__: null, name, nesting, testNumber, details, ...loc, ...directive,
    });
  }

  ok(nesting, loc, testNumber, name, details, directive) {
    this.#emit('test:pass', {
      __proto__: null, name, nesting, testNumber, details, ...loc, ...directive,
    });
  }

  plan(nesting, loc, count) {
    this.#emit('test:plan', { __proto__: null, nesting, count, ...loc });
  }

  getSkip(reason = undefined) {
    return { __proto__: null, skip: reason ?? true };
  }

  getTodo(reason = undefined) {
    return { __proto__: null, todo: reason ?? true };
  }

  enqueue(nesting, loc, name) {
    this.#emit('test:enqueue', { __proto__: null, nesting, name, ...loc });
  }

  dequeue(nesting, loc, name) {
    this.#emit('test:dequeue', { __proto__: null, nesting, name, ...loc });
  }

  start(nesting, loc, name) {
    this.#emit('test:start', { __proto__: null, nesting, name, ...loc });
  }

  diagnostic(nesting, loc, message) {
    this.#emit('test:diagnostic', { __proto__: null, nesting, message, ...loc });
  }

  end() {
    if (this.#ended) return;
    this.#ended = true;
    this.push(null);
  }
}

module.exports = { TestsStream };
