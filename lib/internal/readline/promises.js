'use strict';

// readline/promises' Readline: cursor and clearing actions collected on a stream,
// written together by commit() (or each on the next tick with autoCommit).

const {
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { validateBoolean, validateInteger } = require('internal/validators');
const { isWritable } = require('internal/streams/utils');
const { CSI } = require('internal/readline/utils');

class Readline {
  #autoCommit = false;
  #stream;
  #todo = [];

  constructor(stream, options = undefined) {
    if (!isWritable(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'Writable', stream);
    this.#stream = stream;
    if (options?.autoCommit != null) {
      validateBoolean(options.autoCommit, 'options.autoCommit');
      this.#autoCommit = options.autoCommit;
    }
  }

  #add(data) {
    if (this.#autoCommit) {
      process.nextTick(() => this.#stream.write(data));
    } else {
      this.#todo.push(data);
    }
    return this;
  }

  cursorTo(x, y = undefined) {
    validateInteger(x, 'x');
    if (y != null) validateInteger(y, 'y');
    return this.#add(y == null ? CSI`${x + 1}G` : CSI`${y + 1};${x + 1}H`);
  }

  moveCursor(dx, dy) {
    if (!(dx || dy)) return this;
    validateInteger(dx, 'dx');
    validateInteger(dy, 'dy');
    let data = '';
    if (dx < 0) data += CSI`${-dx}D`;
    else if (dx > 0) data += CSI`${dx}C`;
    if (dy < 0) data += CSI`${-dy}A`;
    else if (dy > 0) data += CSI`${dy}B`;
    return this.#add(data);
  }

  clearLine(dir) {
    validateInteger(dir, 'dir', -1, 1);
    let data = CSI.kClearLine;
    if (dir < 0) data = CSI.kClearToLineBeginning;
    else if (dir > 0) data = CSI.kClearToLineEnd;
    return this.#add(data);
  }

  clearScreenDown() {
    return this.#add(CSI.kClearScreenDown);
  }

  commit() {
    return new Promise((resolve) => {
      this.#stream.write(this.#todo.join(''), resolve);
      this.#todo = [];
    });
  }

  rollback() {
    this.#todo = [];
    return this;
  }
}

module.exports = { Readline };
