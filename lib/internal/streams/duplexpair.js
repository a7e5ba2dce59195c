'use strict';

// stream.duplexPair(): two Duplex streams joined back to back; what one side writes,
// the other side reads.

const Duplex = require('internal/streams/duplex');

class DuplexSide extends Duplex {
  #otherSide = null;
  #pendingWriteCallback = null;

  link(otherSide) {
    this.#otherSide = otherSide;
  }

  _read() {
    // The other side's write completes once this side asks for more data.
    const callback = this.#pendingWriteCallback;
    if (callback) {
      this.#pendingWriteCallback = null;
      callback();
    }
  }

  _write(chunk, encoding, callback) {
    if (chunk.length === 0) {
      process.nextTick(callback);
      return;
    }
    this.#otherSide.push(chunk);
    this.#otherSide.#pendingWriteCallback = callback;
  }

  _final(callback) {
    this.#otherSide.on('end', callback);
    this.#otherSide.push(null);
  }
}

function duplexPair(options) {
  const side0 = new DuplexSide(options);
  const side1 = new DuplexSide(options);
  side0.link(side1);
  side1.link(side0);
  return [side0, side1];
}

module.exports = duplexPair;
