'use strict';

// URLSearchParams of the URL Standard: the application/x-www-form-urlencoded
// parser and serializer, the class, its iterator, and Node's util.inspect output.

const {
  codes: {
    ERR_ARG_NOT_ITERABLE,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
    ERR_INVALID_TUPLE,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { toUSVString, customInspectSymbol, kEnumerableProperty } = require('internal/util');
const percent = require('internal/url/percent');

// The hook through which a URLSearchParams tells its URL (lib/internal/url.js)
// that it changed.
const kOnUpdate = Symbol('onUpdate');

let inspectModule;
function lazyInspect() {
  if (inspectModule === undefined) inspectModule = require('internal/util/inspect');
  return inspectModule;
}

function decodeFormComponent(s) {
  if (s.indexOf('+') !== -1) s = s.replace(/\+/g, ' ');
  return percent.decode(s);
}

// Returns a flat [name, value, name, value, ...] list.
function parseFormUrlencoded(input) {
  const list = [];
  const length = input.length;
  let start = 0;
  while (start < length) {
    let end = input.indexOf('&', start);
    if (end === -1) end = length;
    if (end !== start) {
      let eq = input.indexOf('=', start);
      if (eq === -1 || eq > end) eq = end;
      list.push(decodeFormComponent(input.slice(start, eq)),
                eq === end ? '' : decodeFormComponent(input.slice(eq + 1, end)));
    }
    start = end + 1;
  }
  return list;
}

function serializeFormUrlencoded(list) {
  let out = '';
  for (let i = 0; i < list.length; i += 2) {
    if (i !== 0) out += '&';
    out += percent.encode(list[i], percent.formUrlencoded, true) + '=' +
      percent.encode(list[i + 1], percent.formUrlencoded, true);
  }
  return out;
}

let hasList;
let getList;
let setList;
let setURL;

function isURLSearchParams(self) {
  return self != null && typeof self === 'object' && hasList(self) &&
    self instanceof URLSearchParams;
}

function checkThis(self) {
  if (!isURLSearchParams(self)) throw new ERR_INVALID_THIS('URLSearchParams');
}

class URLSearchParams {
  // The name-value list, flat: [name, value, name, value, ...].
  #list = [];
  // The URL this belongs to, or null.
  #url = null;

  constructor(init = undefined) {
    if (init === undefined || init === null) {
      // Nothing.
    } else if (typeof init === 'object' || typeof init === 'function') {
      const method = init[Symbol.iterator];
      if (method === this[Symbol.iterator] && isURLSearchParams(init)) {
        this.#list = init.#list.slice();
      } else if (method != null) {
        if (typeof method !== 'function') throw new ERR_ARG_NOT_ITERABLE('Query pairs');
        for (const pair of init) {
          if ((typeof pair !== 'object' && typeof pair !== 'function') || pair === null ||
              typeof pair[Symbol.iterator] !== 'function') {
            throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          }
          const items = [];
          for (const item of pair) items.push(toUSVString(item));
          if (items.length !== 2) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          this.#list.push(items[0], items[1]);
        }
      } else {
        const visited = new Map();
        for (const key of Reflect.ownKeys(init)) {
          const desc = Reflect.getOwnPropertyDescriptor(init, key);
          if (desc === undefined || !desc.enumerable) continue;
          const name = toUSVString(key);
          const value = toUSVString(init[key]);
          // Keys that differ only by lone surrogates collapse to one entry.
          if (visited.has(name)) {
            this.#list[visited.get(name)] = value;
          } else {
            visited.set(name, this.#list.length + 1);
            this.#list.push(name, value);
          }
        }
      }
    } else {
      let str = toUSVString(init);
      if (str[0] === '?') str = str.slice(1);
      this.#list = parseFormUrlencoded(str);
    }
  }

  get size() {
    checkThis(this);
    return this.#list.length / 2;
  }

  append(name, value) {
    checkThis(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    this.#list.push(toUSVString(name), toUSVString(value));
    this[kOnUpdate]();
  }

  delete(name, value = undefined) {
    checkThis(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    name = toUSVString(name);
    if (value !== undefined) {
      value = toUSVString(value);
      for (let i = 0; i < list.length;) {
        if (list[i] === name && list[i + 1] === value) list.splice(i, 2);
        else i += 2;
      }
    } else {
      for (let i = 0; i < list.length;) {
        if (list[i] === name) list.splice(i, 2);
        else i += 2;
      }
    }
    this[kOnUpdate]();
  }

  get(name) {
    checkThis(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    name = toUSVString(name);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) return list[i + 1];
    }
    return null;
  }

  getAll(name) {
    checkThis(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    const values = [];
    name = toUSVString(name);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) values.push(list[i + 1]);
    }
    return values;
  }

  has(name, value = undefined) {
    checkThis(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    name = toUSVString(name);
    if (value !== undefined) value = toUSVString(value);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name && (value === undefined || list[i + 1] === value)) return true;
    }
    return false;
  }

  set(name, value) {
    checkThis(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    const list = this.#list;
    name = toUSVString(name);
    value = toUSVString(value);
    let found = false;
    for (let i = 0; i < list.length;) {
      if (list[i] === name) {
        if (!found) {
          list[i + 1] = value;
          found = true;
          i += 2;
        } else {
          list.splice(i, 2);
        }
      } else {
        i += 2;
      }
    }
    if (!found) list.push(name, value);
    this[kOnUpdate]();
  }

  sort() {
    checkThis(this);
    const list = this.#list;
    const pairs = [];
    for (let i = 0; i < list.length; i += 2) pairs.push([list[i], list[i + 1]]);
    // Array.prototype.sort is stable; names compare by UTF-16 code units.
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    for (let i = 0; i < pairs.length; i++) {
      list[2 * i] = pairs[i][0];
      list[2 * i + 1] = pairs[i][1];
    }
    this[kOnUpdate]();
  }

  entries() {
    checkThis(this);
    return createIterator(this, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    checkThis(this);
    if (typeof callback !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
    }
    let list = this.#list;
    for (let i = 0; i < list.length; i += 2) {
      callback.call(thisArg, list[i + 1], list[i], this);
      // The callback may have replaced the list (through the URL's search setter).
      list = this.#list;
    }
  }

  keys() {
    checkThis(this);
    return createIterator(this, 'key');
  }

  values() {
    checkThis(this);
    return createIterator(this, 'value');
  }

  toString() {
    checkThis(this);
    return serializeFormUrlencoded(this.#list);
  }

  [kOnUpdate]() {
    const url = this.#url;
    if (url !== null) url[kOnUpdate](serializeFormUrlencoded(this.#list));
  }

  // The accessors lib/internal/url.js and the iterator use.
  static {
    hasList = (self) => #list in self;
    getList = (self) => self.#list;
    setList = (self, list) => { self.#list = list; };
    setURL = (self, url) => { self.#url = url; };
  }

  [customInspectSymbol](recurseTimes, ctx) {
    checkThis(this);
    if (typeof recurseTimes === 'number' && recurseTimes < 0) {
      return ctx.stylize('[Object]', 'special');
    }
    const { inspect, stripVTControlCharacters } = lazyInspect();
    const innerOpts = { ...ctx };
    if (recurseTimes !== null) innerOpts.depth = recurseTimes - 1;
    const list = this.#list;
    const output = [];
    for (let i = 0; i < list.length; i += 2) {
      output.push(`${inspect(list[i], innerOpts)} => ${inspect(list[i + 1], innerOpts)}`);
    }
    const separator = ', ';
    const length = output.reduce(
      (prev, cur) => prev + stripVTControlCharacters(cur).length + separator.length,
      -separator.length);
    const name = this.constructor.name;
    if (length > ctx.breakLength) return `${name} {\n  ${output.join(',\n  ')} }`;
    if (output.length) return `${name} { ${output.join(separator)} }`;
    return `${name} {}`;
  }
}

Object.defineProperty(URLSearchParams.prototype, Symbol.iterator, {
  value: URLSearchParams.prototype.entries, writable: true, configurable: true,
  enumerable: false,
});
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, {
  value: 'URLSearchParams', writable: false, enumerable: false, configurable: true,
});
for (const name of ['size', 'append', 'delete', 'get', 'getAll', 'has', 'set', 'sort',
                    'entries', 'forEach', 'keys', 'values', 'toString']) {
  Object.defineProperty(URLSearchParams.prototype, name, kEnumerableProperty);
}

const kIteratorState = Symbol('context');

function iteratorItem(list, index, kind) {
  if (kind === 'key') return list[index];
  if (kind === 'value') return list[index + 1];
  return [list[index], list[index + 1]];
}

const URLSearchParamsIteratorPrototype = Object.create(
  Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())), {
    next: {
      value: function next() {
        if (this == null || typeof this !== 'object' || !(kIteratorState in this)) {
          throw new ERR_INVALID_THIS('URLSearchParamsIterator');
        }
        const state = this[kIteratorState];
        const list = getList(state.target);
        if (state.index >= list.length) return { value: undefined, done: true };
        const value = iteratorItem(list, state.index, state.kind);
        state.index += 2;
        return { value, done: false };
      },
      writable: true, enumerable: true, configurable: true,
    },
    [customInspectSymbol]: {
      value: function inspectIterator(recurseTimes, ctx) {
        if (this == null || typeof this !== 'object' || !(kIteratorState in this)) {
          throw new ERR_INVALID_THIS('URLSearchParamsIterator');
        }
        const { inspect } = lazyInspect();
        const innerOpts = { ...ctx };
        if (recurseTimes !== null) innerOpts.depth = recurseTimes - 1;
        const { target, kind, index } = this[kIteratorState];
        const list = getList(target);
        const output = [];
        for (let i = index; i < list.length; i += 2) output.push(iteratorItem(list, i, kind));
        const breakLn = inspect(output, innerOpts).includes('\n');
        const strs = output.map((p) => inspect(p, innerOpts));
        const body = breakLn ? `\n  ${strs.join(',\n  ')}` : ` ${strs.join(', ')}`;
        return `${this[Symbol.toStringTag]} {${body} }`;
      },
      writable: true, enumerable: false, configurable: true,
    },
    [Symbol.toStringTag]: {
      value: 'URLSearchParams Iterator', writable: false, enumerable: false,
      configurable: true,
    },
  });

function createIterator(target, kind) {
  const iterator = Object.create(URLSearchParamsIteratorPrototype);
  Object.defineProperty(iterator, kIteratorState, {
    value: { target, kind, index: 0 }, enumerable: false, writable: false, configurable: false,
  });
  return iterator;
}

module.exports = {
  URLSearchParams,
  parseFormUrlencoded,
  serializeFormUrlencoded,
  isURLSearchParams,
  setSearchParamsList: setList,
  setSearchParamsURL: setURL,
  kOnUpdate,
};
