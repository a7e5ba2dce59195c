'use strict';

// Blob and File (W3C File API) as Node 20 has them, and the blob: URL registry
// behind URL.createObjectURL and buffer.resolveObjectURL. A Blob holds its bytes
// as a list of immutable Uint8Array parts; slices share the parts' memory.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_THIS,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateDictionary } = require('internal/validators');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const { kEnumerableProperty } = require('internal/util');
const { createCloneable, kClone } = require('internal/cloneable');

const inspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kParts = Symbol('kParts');
const kSize = Symbol('kSize');
const kType = Symbol('kType');

const disallowedTypeCharacters = /[^\u0020-\u007E]/;

function normalizeType(type) {
  type = `${type}`;
  return disallowedTypeCharacters.test(type) ? '' : type.toLowerCase();
}

let encoder;
function encodeString(str, endings) {
  if (endings === 'native') str = str.replace(/\r\n?/g, '\n');
  encoder ??= new (require('internal/encoding').TextEncoder)();
  return encoder.encode(str);
}

// One source of the constructor as a list of byte parts (copied: a Blob never
// sees later writes to the caller's buffers).
function partsOf(source, endings) {
  if (source instanceof Blob && source[kParts] !== undefined) return source[kParts];
  if (isAnyArrayBuffer(source)) return [new Uint8Array(source.slice(0))];
  if (isArrayBufferView(source)) {
    const copy = new Uint8Array(source.byteLength);
    copy.set(new Uint8Array(source.buffer, source.byteOffset, source.byteLength));
    return [copy];
  }
  return [encodeString(`${source}`, endings)];
}

function isBlob(value) {
  return value != null && value[kParts] !== undefined;
}

function validateBlob(self) {
  if (!isBlob(self)) throw new ERR_INVALID_THIS('Blob');
}

function initBlob(self, parts, size, type) {
  self[kParts] = parts;
  self[kSize] = size;
  self[kType] = type;
}

// A Blob over existing parts, without running the public constructor.
function createBlob(parts, size, type) {
  const blob = createCloneable(Blob.prototype);
  initBlob(blob, parts, size, type);
  return blob;
}

// The receiving side of a cloned Blob (a File arrives as a plain Blob, as in Node).
function ClonedBlob({ bytes, type }) {
  return createBlob(bytes.length > 0 ? [bytes] : [], bytes.length, type);
}

function concat(parts, size) {
  const out = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

function lazyInspect() {
  return require('internal/util/inspect').inspect;
}

class Blob {
  constructor(sources = [], options) {
    if (sources === null || typeof sources !== 'object' ||
        typeof sources[Symbol.iterator] !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('sources', 'a sequence', sources);
    }
    validateDictionary(options, 'options');
    let { type = '', endings = 'transparent' } = options ?? {};
    endings = `${endings}`;
    if (endings !== 'transparent' && endings !== 'native') {
      throw new ERR_INVALID_ARG_VALUE('options.endings', endings);
    }
    const parts = [];
    let size = 0;
    for (const source of sources) {
      for (const part of partsOf(source, endings)) {
        if (part.length === 0) continue;
        parts.push(part);
        size += part.length;
      }
    }
    // A cloneable object in place of `this` (internal/cloneable), with the same prototype.
    const self = createCloneable(new.target.prototype);
    initBlob(self, parts, size, normalizeType(type));
    return self;
  }

  [kClone]() {
    return {
      data: { bytes: concat(this[kParts], this[kSize]), type: this[kType] },
      deserializeInfo: 'internal/blob:ClonedBlob',
    };
  }

  get type() {
    validateBlob(this);
    return this[kType];
  }

  get size() {
    validateBlob(this);
    return this[kSize];
  }

  slice(start = 0, end = this[kSize], contentType = '') {
    validateBlob(this);
    const size = this[kSize];
    const relative = (value) => {
      value = Math.trunc(Number(value)) || 0;
      return value < 0 ? Math.max(size + value, 0) : Math.min(value, size);
    };
    const from = relative(start);
    const to = relative(end);
    const span = Math.max(to - from, 0);
    const parts = [];
    let offset = 0;
    for (const part of this[kParts]) {
      const partEnd = offset + part.length;
      if (partEnd > from && offset < from + span) {
        parts.push(part.subarray(Math.max(from - offset, 0),
                                 Math.min(from + span - offset, part.length)));
      }
      offset = partEnd;
    }
    return createBlob(parts, span, normalizeType(contentType));
  }

  arrayBuffer() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    return Promise.resolve(concat(this[kParts], this[kSize]).buffer);
  }

  text() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    const { TextDecoder } = require('internal/encoding');
    return Promise.resolve(new TextDecoder().decode(concat(this[kParts], this[kSize])));
  }

  // Unlike arrayBuffer() and text(), throws on a wrong receiver (as Node 20 does).
  bytes() {
    validateBlob(this);
    return Promise.resolve(concat(this[kParts], this[kSize]));
  }

  // A byte stream with one chunk per part.
  stream() {
    validateBlob(this);
    const { ReadableStream } = require('internal/webstreams/readablestream');
    const parts = this[kParts];
    let index = 0;
    return new ReadableStream({
      type: 'bytes',
      pull(controller) {
        if (index < parts.length) controller.enqueue(parts[index++].slice());
        if (index >= parts.length) {
          controller.close();
          controller.byobRequest?.respond(0);
        }
      },
    });
  }

  [inspectSymbol](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `${this.constructor.name} ${lazyInspect()({
      size: this.size,
      type: this.type,
    }, opts)}`;
  }
}

Object.defineProperties(Blob.prototype, {
  size: kEnumerableProperty,
  type: kEnumerableProperty,
  slice: kEnumerableProperty,
  arrayBuffer: kEnumerableProperty,
  text: kEnumerableProperty,
  stream: kEnumerableProperty,
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'Blob' },
});

// The fields are private like Node's: the getters on another object throw V8's
// TypeError for private members.
class File extends Blob {
  #name;
  #lastModified;

  constructor(fileBits, fileName, options = undefined) {
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('fileBits', 'fileName');
    super(fileBits, options);
    let { lastModified } = options ?? {};
    if (lastModified !== undefined) {
      lastModified = +lastModified;
      if (Number.isNaN(lastModified)) lastModified = 0;
    } else {
      lastModified = Date.now();
    }
    this.#name = `${fileName}`;
    this.#lastModified = lastModified;
  }

  get name() {
    return this.#name;
  }

  get lastModified() {
    return this.#lastModified;
  }

  [inspectSymbol](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `File ${lazyInspect()({
      size: this.size,
      type: this.type,
      name: this.#name,
      lastModified: this.#lastModified,
    }, opts)}`;
  }
}

Object.defineProperties(File.prototype, {
  name: kEnumerableProperty,
  lastModified: kEnumerableProperty,
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'File' },
});

// blob: URLs: `blob:nodedata:<uuid>` -> Blob, for this process only.
const objectURLs = new Map();

function createObjectURL(obj) {
  if (!isBlob(obj)) throw new ERR_INVALID_ARG_TYPE('obj', 'Blob', obj);
  const id = require('crypto').randomUUID();
  objectURLs.set(id, obj);
  return `blob:nodedata:${id}`;
}

function idOfURL(url) {
  let parsed;
  try {
    parsed = new (require('internal/url').URL)(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'blob:') return undefined;
  const [base, id] = parsed.pathname.split(':');
  return base === 'nodedata' ? id : undefined;
}

function revokeObjectURL(url) {
  const id = idOfURL(`${url}`);
  if (id !== undefined) objectURLs.delete(id);
}

function resolveObjectURL(url) {
  const id = idOfURL(`${url}`);
  const blob = id === undefined ? undefined : objectURLs.get(id);
  if (blob === undefined) return undefined;
  return createBlob(blob[kParts], blob[kSize], blob[kType]);
}

module.exports = {
  Blob,
  File,
  ClonedBlob,
  createBlob,
  createObjectURL,
  isBlob,
  resolveObjectURL,
  revokeObjectURL,
};
