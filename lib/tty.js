'use strict';

// The `tty` module: ReadStream and WriteStream, net.Socket subclasses over a TTY
// handle (a uv_tty_t), and isatty(fd).

const net = require('net');
const { TTY, isTTY } = internalBinding('tty_wrap');
const {
  codes: { ERR_INVALID_FD, ERR_TTY_INIT_FAILED },
  ErrnoException,
} = require('internal/errors');
const { getColorDepth, hasColors } = require('internal/tty');

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && isTTY(fd);
}

function openTTY(fd) {
  // eslint-disable-next-line no-bitwise
  if (fd >> 0 !== fd || fd < 0) throw new ERR_INVALID_FD(fd);
  const ctx = {};
  const handle = new TTY(fd, ctx);
  if (ctx.code !== undefined) throw new ERR_TTY_INIT_FAILED(ctx);
  return handle;
}

function ReadStream(fd, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(fd, options);
  const handle = openTTY(fd);
  net.Socket.call(this, {
    highWaterMark: 0,
    readable: true,
    writable: false,
    handle,
    manualStart: true,
    ...options,
  });
  this.isRaw = false;
  this.isTTY = true;
}
Object.setPrototypeOf(ReadStream.prototype, net.Socket.prototype);
Object.setPrototypeOf(ReadStream, net.Socket);

ReadStream.prototype.setRawMode = function setRawMode(flag) {
  flag = Boolean(flag);
  const err = this._handle?.setRawMode(flag);
  if (err) {
    this.emit('error', ErrnoException(err, 'setRawMode'));
    return this;
  }
  this.isRaw = flag;
  return this;
};

function WriteStream(fd) {
  if (!(this instanceof WriteStream)) return new WriteStream(fd);
  const handle = openTTY(fd);
  net.Socket.call(this, {
    readableHighWaterMark: 0,
    handle,
    manualStart: true,
  });
  // Writes to a terminal complete at once, so output is never lost or interleaved.
  this._handle.setBlocking(true);
  const size = [];
  if (this._handle.getWindowSize(size) === 0) {
    this.columns = size[0];
    this.rows = size[1];
  }
}
Object.setPrototypeOf(WriteStream.prototype, net.Socket.prototype);
Object.setPrototypeOf(WriteStream, net.Socket);

WriteStream.prototype.isTTY = true;
WriteStream.prototype.getColorDepth = getColorDepth;
WriteStream.prototype.hasColors = hasColors;

// Called on SIGWINCH: updates columns/rows and emits 'resize' if they changed.
WriteStream.prototype._refreshSize = function _refreshSize() {
  const oldColumns = this.columns;
  const oldRows = this.rows;
  const size = [];
  const err = this._handle.getWindowSize(size);
  if (err) {
    this.emit('error', ErrnoException(err, 'getWindowSize'));
    return;
  }
  if (oldColumns !== size[0] || oldRows !== size[1]) {
    this.columns = size[0];
    this.rows = size[1];
    this.emit('resize');
  }
};

function cursorFunctions() {
  return require('internal/readline/callbacks');
}

WriteStream.prototype.cursorTo = function cursorTo(x, y, callback) {
  return cursorFunctions().cursorTo(this, x, y, callback);
};
WriteStream.prototype.moveCursor = function moveCursor(dx, dy, callback) {
  return cursorFunctions().moveCursor(this, dx, dy, callback);
};
WriteStream.prototype.clearLine = function clearLine(dir, callback) {
  return cursorFunctions().clearLine(this, dir, callback);
};
WriteStream.prototype.clearScreenDown = function clearScreenDown(callback) {
  return cursorFunctions().clearScreenDown(this, callback);
};
WriteStream.prototype.getWindowSize = function getWindowSize() {
  return [this.columns, this.rows];
};

module.exports = { isatty, ReadStream, WriteStream };
