'use strict';

// The readline Interface shared by `readline` and `readline/promises`: reads lines
// from a stream, and on a terminal edits the line with the usual keys (arrows,
// Home/End, Ctrl-A/E/B/F/H/D/U/K/W/L/N/P, Meta-B/F/D), keeps history and completes
// with Tab.

const EventEmitter = require('events');
const { StringDecoder } = require('string_decoder');
const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_USE_AFTER_CLOSE },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateArray,
  validateNumber,
  validateString,
  validateUint32,
} = require('internal/validators');
const {
  CSI,
  charLengthAt,
  charLengthLeft,
  commonPrefix,
} = require('internal/readline/utils');
const { cursorTo, moveCursor, clearScreenDown } = require('internal/readline/callbacks');
const { emitKeypressEvents } = require('internal/readline/emitKeypressEvents');

const kHistorySize = 30;
const kMinCrlfDelay = 100;
const kEscapeCodeTimeout = 500;
// Line ends in non-terminal input: \n, \r\n, or a lone \r.
const lineEnding = /\r?\n|\r(?!\n)/g;

const kQuestionCallback = Symbol('questionCallback');
const kOldPrompt = Symbol('oldPrompt');
const kSawReturnAt = Symbol('sawReturnAt');
const kLineBuffer = Symbol('lineBuffer');
const kDecoder = Symbol('decoder');
const kPreviousKey = Symbol('previousKey');
const kSubstringSearch = Symbol('substringSearch');
const kUndoStack = Symbol('undoStack');
const kRedoStack = Symbol('redoStack');
const kKillRing = Symbol('killRing');
const kLineIterator = Symbol('lineIterator');

let inspectModule;
function lazyInspect() {
  inspectModule ??= require('internal/util/inspect');
  return inspectModule;
}

function now() {
  return Date.now();
}

// A plain function, so that old-style subclasses can call it on their own object.
function InterfaceConstructor(input, output, completer, terminal) {
  EventEmitter.call(this);
  this.isCompletionEnabled = true;
  this.escapeCodeTimeout = kEscapeCodeTimeout;
  this.tabSize = 8;
  this[kSawReturnAt] = 0;
  this[kPreviousKey] = null;

  let history;
  let historySize;
  let removeHistoryDuplicates = false;
  let crlfDelay;
  let prompt = '> ';
  let signal;
  if (input?.input) {
    // createInterface(options)
    const options = input;
    output = options.output;
    completer = options.completer;
    terminal = options.terminal;
    history = options.history;
    historySize = options.historySize;
    signal = options.signal;
    if (options.tabSize !== undefined) {
      validateUint32(options.tabSize, 'tabSize', true);
      this.tabSize = options.tabSize;
    }
    removeHistoryDuplicates = options.removeHistoryDuplicates;
    if (options.prompt !== undefined) prompt = options.prompt;
    if (options.escapeCodeTimeout !== undefined) {
      if (!Number.isFinite(options.escapeCodeTimeout)) {
        throw new ERR_INVALID_ARG_VALUE('input.escapeCodeTimeout', this.escapeCodeTimeout);
      }
      this.escapeCodeTimeout = options.escapeCodeTimeout;
    }
    if (signal) validateAbortSignal(signal, 'options.signal');
    crlfDelay = options.crlfDelay;
    input = options.input;
  }
  if (completer !== undefined && typeof completer !== 'function') {
    throw new ERR_INVALID_ARG_VALUE('completer', completer);
  }
  if (history === undefined) {
    history = [];
  } else {
    validateArray(history, 'history');
  }
  if (historySize === undefined) historySize = kHistorySize;
  validateNumber(historySize, 'historySize', 0);
  if (terminal === undefined && output != null) terminal = Boolean(output.isTTY);

  this.line = '';
  this.output = output;
  this.input = input;
  this.history = history;
  this.historySize = historySize;
  this.removeHistoryDuplicates = Boolean(removeHistoryDuplicates);
  this.crlfDelay = crlfDelay ? Math.max(kMinCrlfDelay, crlfDelay) : kMinCrlfDelay;
  this.completer = completer;
  this[kSubstringSearch] = null;
  this[kUndoStack] = [];
  this[kRedoStack] = [];
  this[kKillRing] = [];
  this[kLineBuffer] = null;
  this[kQuestionCallback] = undefined;
  this.setPrompt(prompt);
  this.terminal = Boolean(terminal);

  const onError = (err) => this.emit('error', err);
  input.on('error', onError);

  if (!this.terminal) {
    const onData = (data) => this._normalWrite(data);
    const onEnd = () => {
      if (typeof this[kLineBuffer] === 'string' && this[kLineBuffer].length > 0) {
        this.emit('line', this[kLineBuffer]);
      }
      this.close();
    };
    input.on('data', onData);
    input.on('end', onEnd);
    this.once('close', () => {
      input.removeListener('data', onData);
      input.removeListener('error', onError);
      input.removeListener('end', onEnd);
    });
    this[kDecoder] = new StringDecoder('utf8');
  } else {
    const onKeypress = (s, key) => {
      this._ttyWrite(s, key);
      if (key && key.sequence) {
        // Half of a surrogate pair: draw again once the whole character is there.
        const code = key.sequence.codePointAt(0);
        if (code >= 0xd800 && code <= 0xdfff) this._refreshLine();
      }
    };
    const onTermEnd = () => {
      if (typeof this.line === 'string' && this.line.length > 0) this.emit('line', this.line);
      this.close();
    };
    const onResize = () => this._refreshLine();
    emitKeypressEvents(input, this);
    input.on('keypress', onKeypress);
    input.on('end', onTermEnd);
    this._setRawMode(true);
    this.cursor = 0;
    this.historyIndex = -1;
    if (output != null) output.on('resize', onResize);
    this.once('close', () => {
      input.removeListener('keypress', onKeypress);
      input.removeListener('error', onError);
      input.removeListener('end', onTermEnd);
      if (output != null) output.removeListener('resize', onResize);
    });
  }

  if (signal) {
    const onAborted = () => this.close();
    if (signal.aborted) {
      process.nextTick(onAborted);
    } else {
      signal.addEventListener('abort', onAborted, { once: true });
      this.once('close', () => signal.removeEventListener('abort', onAborted));
    }
  }

  this.line = '';
  input.resume();
}
Object.setPrototypeOf(InterfaceConstructor.prototype, EventEmitter.prototype);
Object.setPrototypeOf(InterfaceConstructor, EventEmitter);

class Interface extends InterfaceConstructor {
  get columns() {
    if (this.output && this.output.columns) return this.output.columns;
    return Infinity;
  }

  setPrompt(prompt) {
    this._prompt = prompt;
  }

  getPrompt() {
    return this._prompt;
  }

  _setRawMode(mode) {
    const wasRaw = this.input.isRaw;
    if (typeof this.input.setRawMode === 'function') this.input.setRawMode(mode);
    return wasRaw;
  }

  prompt(preserveCursor) {
    if (this.paused) this.resume();
    if (this.terminal && process.env.TERM !== 'dumb') {
      if (!preserveCursor) this.cursor = 0;
      this._refreshLine();
    } else {
      this._writeToOutput(this._prompt);
    }
  }

  _question(query, cb) {
    if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
    if (this[kQuestionCallback]) {
      this.prompt();
    } else {
      this[kOldPrompt] = this._prompt;
      this.setPrompt(query);
      this[kQuestionCallback] = cb;
      this.prompt();
    }
  }

  _questionCancel() {
    if (this[kQuestionCallback]) {
      this[kQuestionCallback] = null;
      this.setPrompt(this[kOldPrompt]);
      this.clearLine();
    }
  }

  _onLine(line) {
    if (this[kQuestionCallback]) {
      const cb = this[kQuestionCallback];
      this[kQuestionCallback] = null;
      this.setPrompt(this[kOldPrompt]);
      cb(line);
    } else {
      this.emit('line', line);
    }
  }

  _writeToOutput(text) {
    validateString(text, 'stringToWrite');
    if (this.output != null) this.output.write(text);
  }

  _addHistory() {
    if (this.line.length === 0) return '';
    if (this.historySize === 0) return this.line;
    if (this.line.trim().length === 0) return this.line;
    if (this.history.length === 0 || this.history[0] !== this.line) {
      if (this.removeHistoryDuplicates) {
        const at = this.history.indexOf(this.line);
        if (at !== -1) this.history.splice(at, 1);
      }
      this.history.unshift(this.line);
      if (this.history.length > this.historySize) this.history.pop();
    }
    this.historyIndex = -1;
    const line = this.history[0];
    this.emit('history', this.history);
    return line;
  }

  // Draws prompt and line again, leaving the cursor where it was.
  _refreshLine() {
    const text = this._prompt + this.line;
    const end = this._getDisplayPos(text);
    const cursorPos = this.getCursorPos();
    const prevRows = this.prevRows || 0;
    if (prevRows > 0) moveCursor(this.output, 0, -prevRows);
    cursorTo(this.output, 0);
    clearScreenDown(this.output);
    this._writeToOutput(text);
    // At the right edge, make the terminal start the next row.
    if (end.cols === 0) this._writeToOutput(' ');
    cursorTo(this.output, cursorPos.cols);
    const rowsBelow = end.rows - cursorPos.rows;
    if (rowsBelow > 0) moveCursor(this.output, 0, -rowsBelow);
    this.prevRows = cursorPos.rows;
  }

  close() {
    if (this.closed) return;
    this.pause();
    if (this.terminal) this._setRawMode(false);
    this.closed = true;
    this.emit('close');
  }

  pause() {
    if (this.paused) return;
    this.input.pause();
    this.paused = true;
    this.emit('pause');
    return this;
  }

  resume() {
    if (!this.paused) return;
    this.input.resume();
    this.paused = false;
    this.emit('resume');
    return this;
  }

  write(data, key) {
    if (this.paused) this.resume();
    if (this.terminal) {
      this._ttyWrite(data, key);
    } else {
      this._normalWrite(data);
    }
  }

  // Non-terminal input: split into lines; a \r\n split across chunks counts once.
  _normalWrite(chunk) {
    if (chunk === undefined) return;
    let text = typeof chunk === 'string' ? chunk : this[kDecoder].write(chunk);
    if (this[kSawReturnAt] && now() - this[kSawReturnAt] <= this.crlfDelay) {
      if (text.codePointAt(0) === 10) text = text.slice(1);
      this[kSawReturnAt] = 0;
    }
    lineEnding.lastIndex = 0;
    if (!lineEnding.test(text)) {
      if (text) this[kLineBuffer] = (this[kLineBuffer] || '') + text;
      return;
    }
    if (this[kLineBuffer]) {
      text = this[kLineBuffer] + text;
      this[kLineBuffer] = null;
    }
    this[kSawReturnAt] = text.endsWith('\r') ? now() : 0;
    const lines = [];
    let start = 0;
    lineEnding.lastIndex = 0;
    let match;
    while ((match = lineEnding.exec(text)) !== null) {
      lines.push(text.slice(start, match.index));
      start = lineEnding.lastIndex;
    }
    this[kLineBuffer] = text.slice(start);
    for (const line of lines) this._onLine(line);
  }

  _insertString(text) {
    this._beforeEdit();
    if (!this.isCompletionEnabled) {
      // A key that is not the last of its chunk (pasted text): Node 20 appends it to
      // the end of the line and echoes it as it is, wherever the cursor is.
      this.line += text;
      this.cursor += text.length;
      this._writeToOutput(text);
      return;
    }
    if (this.cursor < this.line.length) {
      this.line = this.line.slice(0, this.cursor) + text + this.line.slice(this.cursor);
      this.cursor += text.length;
      this._refreshLine();
    } else {
      const before = this.getCursorPos();
      this.line += text;
      this.cursor += text.length;
      const after = this.getCursorPos();
      if (before.rows < after.rows) {
        this._refreshLine();
      } else {
        this._writeToOutput(text);
      }
    }
  }

  // Completers take (line, callback), or take (line) and return the result or a
  // Promise of it.
  _tabComplete(lastKeypressWasTab) {
    this.pause();
    const text = this.line.slice(0, this.cursor);
    const onResult = (err, value) => {
      this.resume();
      if (err) {
        this._writeToOutput(`Tab completion error: ${lazyInspect().inspect(err)}`);
        return;
      }
      this._tabCompleter(lastKeypressWasTab, value);
    };
    let result;
    try {
      if (this.completer.length === 2) {
        this.completer(text, onResult);
        return;
      }
      result = this.completer(text);
    } catch (err) {
      onResult(err);
      return;
    }
    if (result && typeof result.then === 'function') {
      result.then((value) => onResult(null, value), onResult);
    } else {
      onResult(null, result);
    }
  }

  _tabCompleter(lastKeypressWasTab, value) {
    if (!value) return;
    const completions = value[0];
    const completeOn = value[1];
    if (!completions || completions.length === 0) return;
    // Insert what all completions share beyond what is typed.
    const prefix = commonPrefix(completions.filter((c) => c !== ''));
    if (prefix.startsWith(completeOn) && prefix.length > completeOn.length) {
      this._insertString(prefix.slice(completeOn.length));
      return;
    } else if (!completeOn.startsWith(prefix)) {
      this.line = this.line.slice(0, this.cursor - completeOn.length) + prefix +
        this.line.slice(this.cursor);
      this.cursor = this.cursor - completeOn.length + prefix.length;
      this._refreshLine();
      return;
    }
    if (!lastKeypressWasTab) return;
    // Second Tab: list the completions in columns; '' separates groups.
    const { getStringWidth } = lazyInspect();
    const widths = completions.map((c) => getStringWidth(c));
    const width = Math.max(...widths) + 2;
    let columns = Math.floor(this.columns / width) || 1;
    if (columns === Infinity) columns = 1;
    let out = '\r\n';
    let inRow = 0;
    let pad = 0;
    for (let i = 0; i < completions.length; i++) {
      const completion = completions[i];
      if (completion === '' || inRow === columns) {
        out += '\r\n';
        inRow = 0;
        pad = 0;
      } else {
        out += ' '.repeat(pad);
      }
      if (completion === '') {
        out += '\r\n';
      } else {
        out += completion;
        pad = width - widths[i];
        inRow++;
      }
    }
    if (inRow !== 0) out += '\r\n\r\n';
    this._writeToOutput(out);
    this._refreshLine();
  }

  _moveCursor(dx) {
    if (dx === 0) return;
    const before = this.getCursorPos();
    this.cursor = Math.max(0, Math.min(this.line.length, this.cursor + dx));
    const after = this.getCursorPos();
    if (before.rows === after.rows) {
      moveCursor(this.output, after.cols - before.cols, 0);
    } else {
      this._refreshLine();
    }
  }

  _wordLeft() {
    if (this.cursor === 0) return;
    const reversed = Array.from(this.line.slice(0, this.cursor)).reverse().join('');
    const match = /^\s*(?:[^\w\s]+|\w+)?/.exec(reversed);
    this._moveCursor(-match[0].length);
  }

  _wordRight() {
    if (this.cursor >= this.line.length) return;
    const match = /^(?:\s+|[^\w\s]+|\w+)\s*/.exec(this.line.slice(this.cursor));
    this._moveCursor(match[0].length);
  }

  _replaceLine(line, cursor) {
    this.line = line;
    this.cursor = cursor;
    this._refreshLine();
  }

  _deleteLeft() {
    if (this.cursor === 0 || this.line.length === 0) return;
    this._beforeEdit();
    const size = charLengthLeft(this.line, this.cursor);
    this._replaceLine(this.line.slice(0, this.cursor - size) + this.line.slice(this.cursor),
                      this.cursor - size);
  }

  _deleteRight() {
    if (this.cursor >= this.line.length) return;
    this._beforeEdit();
    const size = charLengthAt(this.line, this.cursor);
    this._replaceLine(this.line.slice(0, this.cursor) + this.line.slice(this.cursor + size),
                      this.cursor);
  }

  _deleteWordLeft() {
    if (this.cursor === 0) return;
    this._beforeEdit();
    const reversed = Array.from(this.line.slice(0, this.cursor)).reverse().join('');
    const match = /^\s*(?:[^\w\s]+|\w+)?/.exec(reversed);
    const start = this.cursor - match[0].length;
    this._kill(this.line.slice(start, this.cursor));
    this._replaceLine(this.line.slice(0, start) + this.line.slice(this.cursor), start);
  }

  _deleteWordRight() {
    if (this.cursor >= this.line.length) return;
    this._beforeEdit();
    const match = /^(?:\s+|\W+|\w+)\s*/.exec(this.line.slice(this.cursor));
    this._kill(match[0]);
    this._replaceLine(this.line.slice(0, this.cursor) +
                      this.line.slice(this.cursor + match[0].length), this.cursor);
  }

  _deleteLineLeft() {
    this._beforeEdit();
    this._kill(this.line.slice(0, this.cursor));
    this._replaceLine(this.line.slice(this.cursor), 0);
  }

  _deleteLineRight() {
    this._beforeEdit();
    this._kill(this.line.slice(this.cursor));
    this._replaceLine(this.line.slice(0, this.cursor), this.cursor);
  }

  _kill(text) {
    if (text) this[kKillRing].unshift(text);
    if (this[kKillRing].length > kHistorySize) this[kKillRing].pop();
  }

  _yank() {
    if (this[kKillRing].length > 0) this._insertString(this[kKillRing][0]);
  }

  _beforeEdit() {
    this[kUndoStack].push({ line: this.line, cursor: this.cursor });
    if (this[kUndoStack].length > 2048) this[kUndoStack].shift();
    this[kRedoStack] = [];
  }

  _undo() {
    const entry = this[kUndoStack].pop();
    if (entry === undefined) return;
    this[kRedoStack].push({ line: this.line, cursor: this.cursor });
    this._replaceLine(entry.line, entry.cursor);
  }

  _redo() {
    const entry = this[kRedoStack].pop();
    if (entry === undefined) return;
    this[kUndoStack].push({ line: this.line, cursor: this.cursor });
    this._replaceLine(entry.line, entry.cursor);
  }

  clearLine() {
    this._moveCursor(Infinity);
    this._writeToOutput('\r\n');
    this.line = '';
    this.cursor = 0;
    this.prevRows = 0;
  }

  _line() {
    const line = this._addHistory();
    this[kUndoStack] = [];
    this[kRedoStack] = [];
    this.clearLine();
    this._onLine(line);
  }

  // Up / Ctrl-P: older entries that start with what was typed before browsing.
  _historyPrev() {
    if (this.historyIndex >= this.history.length || this.history.length === 0) return;
    const search = this[kSubstringSearch] || '';
    let index = this.historyIndex + 1;
    while (index < this.history.length &&
           (!this.history[index].startsWith(search) || this.line === this.history[index])) {
      index++;
    }
    this.historyIndex = index;
    const line = index === this.history.length ? search : this.history[index];
    this._replaceLine(line, line.length);
  }

  _historyNext() {
    if (this.historyIndex < 0) return;
    const search = this[kSubstringSearch] || '';
    let index = this.historyIndex - 1;
    while (index >= 0 &&
           (!this.history[index].startsWith(search) || this.line === this.history[index])) {
      index--;
    }
    this.historyIndex = index;
    const line = index === -1 ? search : this.history[index];
    this._replaceLine(line, line.length);
  }

  // Columns and rows that text takes on the terminal (wide characters count 2,
  // tabs go to the next tab stop).
  _getDisplayPos(text) {
    const { getStringWidth, stripVTControlCharacters } = lazyInspect();
    const columns = this.columns;
    let offset = 0;
    let rows = 0;
    for (const ch of stripVTControlCharacters(text)) {
      if (ch === '\n') {
        rows += Math.ceil(offset / columns) || 1;
        offset = 0;
        continue;
      }
      if (ch === '\t') {
        offset += this.tabSize - (offset % this.tabSize);
        continue;
      }
      const width = getStringWidth(ch, false);
      if (width === 0 || width === 1) {
        offset += width;
      } else {
        if ((offset + 1) % columns === 0) offset++;
        offset += 2;
      }
    }
    const cols = offset % columns;
    rows += (offset - cols) / columns;
    return { cols, rows };
  }

  getCursorPos() {
    return this._getDisplayPos(this._prompt + this.line.slice(0, this.cursor));
  }

  // One key in terminal mode.
  _ttyWrite(s, key) {
    const previousKey = this[kPreviousKey];
    key = key || {};
    this[kPreviousKey] = key;
    if (key.name === 'escape') return;

    // Up/Down browse history by what was typed so far; any other key ends that.
    if ((key.name === 'up' || key.name === 'down') && !key.ctrl && !key.meta && !key.shift) {
      if (this[kSubstringSearch] === null) this[kSubstringSearch] = this.line.slice(0, this.cursor);
    } else if (this[kSubstringSearch] !== null) {
      this[kSubstringSearch] = null;
      if (this.history.length === this.historyIndex) this.historyIndex = -1;
    }

    if (key.sequence === '\x1f') {
      this._undo();
      return;
    }
    if (key.sequence === '\x1e') {
      this._redo();
      return;
    }

    if (key.ctrl && key.shift) {
      if (key.name === 'backspace') this._deleteLineLeft();
      else if (key.name === 'delete') this._deleteLineRight();
      return;
    }
    if (key.ctrl) {
      this._ttyWriteCtrl(s, key);
      return;
    }
    if (key.meta) {
      switch (key.name) {
        case 'b':
          this._wordLeft();
          break;
        case 'f':
          this._wordRight();
          break;
        case 'd':
        case 'delete':
          this._deleteWordRight();
          break;
        case 'backspace':
          this._deleteWordLeft();
          break;
      }
      return;
    }

    if (this[kSawReturnAt] && key.name !== 'enter') this[kSawReturnAt] = 0;
    switch (key.name) {
      case 'return':
        this[kSawReturnAt] = now();
        this._line();
        break;
      case 'enter':
        // \r\n from a terminal is one line.
        if (this[kSawReturnAt] === 0 || now() - this[kSawReturnAt] > this.crlfDelay) {
          this._line();
        }
        this[kSawReturnAt] = 0;
        break;
      case 'backspace':
        this._deleteLeft();
        break;
      case 'delete':
        this._deleteRight();
        break;
      case 'left':
        this._moveCursor(-charLengthLeft(this.line, this.cursor));
        break;
      case 'right':
        this._moveCursor(charLengthAt(this.line, this.cursor));
        break;
      case 'home':
        this._moveCursor(-Infinity);
        break;
      case 'end':
        this._moveCursor(Infinity);
        break;
      case 'up':
        this._historyPrev();
        break;
      case 'down':
        this._historyNext();
        break;
      case 'tab':
        if (typeof this.completer === 'function' && this.isCompletionEnabled) {
          this._tabComplete(previousKey != null && previousKey.name === 'tab');
          break;
        }
        // Without a completer a tab is text.
        // falls through
      default:
        if (typeof s === 'string' && s) this._insertText(s);
    }
  }

  // Text typed or pasted: line ends in it submit lines.
  _insertText(s) {
    lineEnding.lastIndex = 0;
    let start = 0;
    let match;
    while ((match = lineEnding.exec(s)) !== null) {
      const next = lineEnding.lastIndex;
      this._insertString(s.slice(start, match.index));
      this._line();
      start = next;
      lineEnding.lastIndex = next;
    }
    this._insertString(s.slice(start));
  }

  _ttyWriteCtrl(s, key) {
    switch (key.name) {
      case 'c':
        if (this.listenerCount('SIGINT') > 0) {
          this.emit('SIGINT');
        } else {
          this.close();
        }
        break;
      case 'h':
        this._deleteLeft();
        break;
      case 'd':
        if (this.cursor === 0 && this.line.length === 0) {
          this.close();
        } else if (this.cursor < this.line.length) {
          this._deleteRight();
        }
        break;
      case 'u':
        this._deleteLineLeft();
        break;
      case 'k':
        this._deleteLineRight();
        break;
      case 'a':
        this._moveCursor(-Infinity);
        break;
      case 'e':
        this._moveCursor(Infinity);
        break;
      case 'b':
        this._moveCursor(-charLengthLeft(this.line, this.cursor));
        break;
      case 'f':
        this._moveCursor(charLengthAt(this.line, this.cursor));
        break;
      case 'l':
        cursorTo(this.output, 0, 0);
        clearScreenDown(this.output);
        this._refreshLine();
        break;
      case 'n':
        this._historyNext();
        break;
      case 'p':
        this._historyPrev();
        break;
      case 'y':
        this._yank();
        break;
      case 'z':
        if (this.listenerCount('SIGTSTP') > 0) {
          this.emit('SIGTSTP');
        } else {
          process.once('SIGCONT', () => {
            if (!this.paused) {
              this.pause();
              this.emit('SIGCONT');
            }
            this._setRawMode(true);
            this._refreshLine();
          });
          this._setRawMode(false);
          process.kill(process.pid, 'SIGTSTP');
        }
        break;
      case 'w':
      case 'backspace':
        this._deleteWordLeft();
        break;
      case 'delete':
        this._deleteWordRight();
        break;
      case 'left':
        this._wordLeft();
        break;
      case 'right':
        this._wordRight();
        break;
    }
  }

  // for await (const line of rl): lines as they come; input pauses while many are
  // waiting to be read.
  [Symbol.asyncIterator]() {
    if (this[kLineIterator] === undefined) this[kLineIterator] = createLineIterator(this);
    return this[kLineIterator];
  }
}

function createLineIterator(rl) {
  const highWaterMark = 1024;
  const lines = [];
  const waiting = [];
  let error = null;
  let done = false;

  const settle = () => {
    while (waiting.length > 0) {
      const { resolve, reject } = waiting.shift();
      if (lines.length > 0) {
        resolve({ value: lines.shift(), done: false });
      } else if (error !== null) {
        reject(error);
        error = null;
        done = true;
      } else if (done) {
        resolve({ value: undefined, done: true });
      } else {
        waiting.unshift({ resolve, reject });
        break;
      }
    }
    if (lines.length < highWaterMark / 2 && rl.paused && !rl.closed && !done) rl.resume();
  };
  const onLine = (line) => {
    lines.push(line);
    if (lines.length >= highWaterMark) rl.pause();
    settle();
  };
  const onClose = () => {
    done = true;
    cleanup();
    settle();
  };
  const onError = (err) => {
    error = err;
    cleanup();
    settle();
  };
  function cleanup() {
    rl.removeListener('line', onLine);
    rl.removeListener('close', onClose);
    rl.removeListener('error', onError);
  }
  rl.on('line', onLine);
  rl.on('close', onClose);
  rl.on('error', onError);
  if (rl.closed) onClose();

  const AsyncIteratorPrototype =
    Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);
  return Object.setPrototypeOf({
    next() {
      return new Promise((resolve, reject) => {
        waiting.push({ resolve, reject });
        settle();
      });
    },
    return() {
      done = true;
      lines.length = 0;
      cleanup();
      rl.close();
      settle();
      return Promise.resolve({ value: undefined, done: true });
    },
    throw(err) {
      done = true;
      cleanup();
      rl.close();
      return Promise.reject(err);
    },
  }, AsyncIteratorPrototype);
}

module.exports = {
  Interface,
  InterfaceConstructor,
  kQuestionCallback,
  kOldPrompt,
  kSawReturnAt,
  kLineBuffer,
  kDecoder,
  kPreviousKey,
  CSI,
};
