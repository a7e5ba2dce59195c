// Deep equality as assert.deepEqual (loose) and assert.deepStrictEqual /
// util.isDeepStrictEqual (strict) define it.
//
// Strict mode compares prototypes, [[Class]] tags, own enumerable symbol keys,
// uses Object.is for primitives (NaN equals NaN, 0 differs from -0) and never
// coerces. Loose mode uses == for primitives and ignores prototypes and
// symbol keys. Both handle cycles, Maps and Sets regardless of order, typed
// arrays, boxed primitives, Dates, RegExps and Errors (message, name, cause,
// errors).
'use strict';

const { codes: { ERR_INTERNAL_ASSERTION } } = require('internal/errors');

const ObjectIs = Object.is;
const ObjectKeys = Object.keys;
const ObjectGetPrototypeOf = Object.getPrototypeOf;
const ObjectGetOwnPropertySymbols = Object.getOwnPropertySymbols;
const hasOwn = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);
const isEnumerable = (obj, key) => Object.prototype.propertyIsEnumerable.call(obj, key);
const objectToString = (obj) => Object.prototype.toString.call(obj);
const ArrayIsArray = Array.isArray;
const NumberIsNaN = Number.isNaN;
const DateGetTime = Date.prototype.getTime;
const typedArrayTag = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;
const valueOf = {
  number: Number.prototype.valueOf,
  string: String.prototype.valueOf,
  boolean: Boolean.prototype.valueOf,
  bigint: BigInt.prototype.valueOf,
  symbol: Symbol.prototype.valueOf,
};

let types;
function lazyTypes() {
  if (types === undefined) types = internalBinding('types');
  return types;
}

let utilBinding;
// Own string and symbol keys that are not array indices (enumerable only).
function nonIndexKeys(obj, strict) {
  if (utilBinding === undefined) utilBinding = internalBinding('util');
  const keys = utilBinding.getOwnNonIndexProperties(obj, utilBinding.constants.ONLY_ENUMERABLE);
  return strict ? keys : keys.filter((k) => typeof k !== 'symbol');
}

const kNoIterator = 0;
const kIsArray = 1;
const kIsSet = 2;
const kIsMap = 3;

function bytesEqual(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

function viewBytes(view) {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

// Loose mode compares float elements with !== (0 equals -0, NaN differs).
function floatArraysLooselyEqual(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

function boxedPrimitivesEqual(a, b) {
  const t = lazyTypes();
  let kind;
  if (t.isNumberObject(a)) kind = 'number';
  else if (t.isStringObject(a)) kind = 'string';
  else if (t.isBooleanObject(a)) kind = 'boolean';
  else if (t.isBigIntObject(a)) kind = 'bigint';
  else if (t.isSymbolObject(a)) kind = 'symbol';
  else throw new ERR_INTERNAL_ASSERTION(`Unknown boxed type ${a}`);
  const checks = {
    number: t.isNumberObject, string: t.isStringObject, boolean: t.isBooleanObject,
    bigint: t.isBigIntObject, symbol: t.isSymbolObject,
  };
  if (!checks[kind](b)) return false;
  return ObjectIs(valueOf[kind].call(a), valueOf[kind].call(b));
}

function isError(value) {
  return lazyTypes().isNativeError(value) || value instanceof Error;
}

// Node treats objects shaped like its URL class by their href.
function isURL(value) {
  return value != null && Boolean(value.href) && value.protocol !== undefined &&
    value.auth === undefined && value.path === undefined;
}

// Non-enumerable error properties that still take part in the comparison.
function errorsEqual(a, b, strict, memos) {
  if (!isError(b) || a.message !== b.message || a.name !== b.name) return false;
  for (const key of ['message', 'name']) {
    if (isEnumerable(a, key) !== isEnumerable(b, key)) return false;
  }
  const causeEnumerable = isEnumerable(a, 'cause');
  if (causeEnumerable !== isEnumerable(b, 'cause')) return false;
  if (!causeEnumerable && !innerDeepEqual(a.cause, b.cause, strict, memos)) return false;
  const errorsEnumerable = isEnumerable(a, 'errors');
  if (errorsEnumerable !== isEnumerable(b, 'errors')) return false;
  if (!errorsEnumerable && !innerDeepEqual(a.errors, b.errors, strict, memos)) return false;
  return true;
}

function innerDeepEqual(val1, val2, strict, memos) {
  if (val1 === val2) {
    return val1 !== 0 || !strict || ObjectIs(val1, val2);
  }

  if (strict) {
    if (typeof val1 !== 'object') {
      return typeof val1 === 'number' && NumberIsNaN(val1) && NumberIsNaN(val2);
    }
    if (typeof val2 !== 'object' || val1 === null || val2 === null) return false;
    if (ObjectGetPrototypeOf(val1) !== ObjectGetPrototypeOf(val2)) return false;
  } else {
    const primitive1 = val1 === null || typeof val1 !== 'object';
    const primitive2 = val2 === null || typeof val2 !== 'object';
    if (primitive1 && primitive2) {
      // eslint-disable-next-line eqeqeq
      return val1 == val2 || (NumberIsNaN(val1) && NumberIsNaN(val2));
    }
    if (primitive1 || primitive2) return false;
  }

  const tag = objectToString(val1);
  if (tag !== objectToString(val2)) return false;

  const t = lazyTypes();
  if (ArrayIsArray(val1)) {
    if (!ArrayIsArray(val2) || val1.length !== val2.length) return false;
    const keys1 = nonIndexKeys(val1, strict);
    if (keys1.length !== nonIndexKeys(val2, strict).length) return false;
    return keyCheck(val1, val2, strict, memos, kIsArray, keys1);
  }
  if (tag === '[object Object]' && !isURL(val1)) {
    return keyCheck(val1, val2, strict, memos, kNoIterator);
  }
  if (t.isDate(val1)) {
    if (!t.isDate(val2) || DateGetTime.call(val1) !== DateGetTime.call(val2)) return false;
  } else if (t.isRegExp(val1)) {
    if (!t.isRegExp(val2) || val1.source !== val2.source || val1.flags !== val2.flags ||
        val1.lastIndex !== val2.lastIndex) {
      return false;
    }
  } else if (isError(val1)) {
    if (!errorsEqual(val1, val2, strict, memos)) return false;
  } else if (ArrayBuffer.isView(val1)) {
    if (!ArrayBuffer.isView(val2)) return false;
    const kind = typedArrayTag.call(val1);
    if (!strict && (kind === 'Float32Array' || kind === 'Float64Array')) {
      if (!floatArraysLooselyEqual(val1, val2)) return false;
    } else if (!bytesEqual(viewBytes(val1), viewBytes(val2))) {
      return false;
    }
    const keys1 = nonIndexKeys(val1, strict);
    if (keys1.length !== nonIndexKeys(val2, strict).length) return false;
    return keyCheck(val1, val2, strict, memos, kNoIterator, keys1);
  } else if (t.isSet(val1)) {
    if (!t.isSet(val2) || val1.size !== val2.size) return false;
    return keyCheck(val1, val2, strict, memos, kIsSet);
  } else if (t.isMap(val1)) {
    if (!t.isMap(val2) || val1.size !== val2.size) return false;
    return keyCheck(val1, val2, strict, memos, kIsMap);
  } else if (t.isAnyArrayBuffer(val1)) {
    if (!t.isAnyArrayBuffer(val2) ||
        !bytesEqual(new Uint8Array(val1), new Uint8Array(val2))) {
      return false;
    }
  } else if (t.isBoxedPrimitive(val1)) {
    if (!boxedPrimitivesEqual(val1, val2)) return false;
  } else if (isURL(val1)) {
    if (!isURL(val2) || val1.href !== val2.href) return false;
  } else if (ArrayIsArray(val2) || ArrayBuffer.isView(val2) || t.isSet(val2) ||
             t.isMap(val2) || t.isDate(val2) || t.isRegExp(val2) ||
             t.isAnyArrayBuffer(val2) || t.isBoxedPrimitive(val2) || isError(val2)) {
    return false;
  }
  return keyCheck(val1, val2, strict, memos, kNoIterator);
}

function countEnumerable(obj, keys) {
  let count = 0;
  for (const key of keys) if (isEnumerable(obj, key)) count++;
  return count;
}

// Compares own enumerable keys (and, in strict mode, symbols), guarding
// against cycles with `memos`, then the values (and Set/Map entries).
function keyCheck(val1, val2, strict, memos, iterationType, knownKeys) {
  let keys1 = knownKeys;
  const keysGiven = knownKeys !== undefined;
  if (!keysGiven) {
    keys1 = ObjectKeys(val1);
    if (keys1.length !== ObjectKeys(val2).length) return false;
  }
  for (const key of keys1) {
    if (!hasOwn(val2, key)) return false;
  }

  if (strict && !keysGiven) {
    const symbols1 = ObjectGetOwnPropertySymbols(val1);
    let count = 0;
    for (const key of symbols1) {
      if (isEnumerable(val1, key)) {
        if (!isEnumerable(val2, key)) return false;
        keys1.push(key);
        count++;
      } else if (isEnumerable(val2, key)) {
        return false;
      }
    }
    const symbols2 = ObjectGetOwnPropertySymbols(val2);
    if (symbols1.length !== symbols2.length && countEnumerable(val2, symbols2) !== count) {
      return false;
    }
  }

  if (keys1.length === 0 &&
      (iterationType === kNoIterator ||
       (iterationType === kIsArray && val1.length === 0) ||
       val1.size === 0)) {
    return true;
  }

  // A pair of objects that are both already being compared further up (a
  // cycle on each side) counts as equal; the rest of the graph decides.
  if (memos === undefined) {
    memos = { val1: new Set(), val2: new Set() };
  } else if (memos.val1.has(val1) && memos.val2.has(val2)) {
    return true;
  }
  const added1 = !memos.val1.has(val1);
  const added2 = !memos.val2.has(val2);
  if (added1) memos.val1.add(val1);
  if (added2) memos.val2.add(val2);

  const result = objectEquiv(val1, val2, strict, keys1, memos, iterationType);

  if (added1) memos.val1.delete(val1);
  if (added2) memos.val2.delete(val2);
  return result;
}

function arrayElementsEqual(a, b, strict, memos) {
  for (let i = 0; i < a.length; i++) {
    if (hasOwn(a, i)) {
      if (!hasOwn(b, i) || !innerDeepEqual(a[i], b[i], strict, memos)) return false;
    } else if (hasOwn(b, i)) {
      return false;
    } else {
      // Sparse from here on: compare the remaining keys by name.
      const keysA = ObjectKeys(a);
      for (; i < keysA.length; i++) {
        const key = keysA[i];
        if (!hasOwn(b, key) || !innerDeepEqual(a[key], b[key], strict, memos)) return false;
      }
      return keysA.length === ObjectKeys(b).length ? 'sparse-equal' : false;
    }
  }
  return true;
}

function objectEquiv(a, b, strict, keys, memos, iterationType) {
  if (iterationType === kIsSet) {
    if (!setEquiv(a, b, strict, memos)) return false;
  } else if (iterationType === kIsMap) {
    if (!mapEquiv(a, b, strict, memos)) return false;
  } else if (iterationType === kIsArray) {
    const result = arrayElementsEqual(a, b, strict, memos);
    if (result === false) return false;
    // A sparse array's named keys were already compared with its indices.
    if (result === 'sparse-equal') return true;
  }
  for (const key of keys) {
    if (!innerDeepEqual(a[key], b[key], strict, memos)) return false;
  }
  return true;
}

// Removes and reports the first element of `candidates` deep-equal to value.
function takeEqualElement(candidates, value, strict, memos) {
  for (const candidate of candidates) {
    if (innerDeepEqual(value, candidate, strict, memos)) {
      candidates.delete(candidate);
      return true;
    }
  }
  return false;
}

// For a primitive missing from the other collection in loose mode: true if a
// loosely equal value of another type may exist, false if none can, and
// undefined/null as the single alternative value to look up (null == undefined).
function looseAlternative(prim) {
  switch (typeof prim) {
    case 'undefined':
      return null;
    case 'object':
      return undefined;
    case 'symbol':
      return false;
    case 'string':
      return !NumberIsNaN(+prim);
    case 'number':
      return !NumberIsNaN(prim);
    default:
      return true;
  }
}

function setMightHaveLoosePrim(a, b, prim) {
  const alt = looseAlternative(prim);
  if (alt != null) return alt;
  return b.has(alt) && !a.has(alt);
}

function mapMightHaveLoosePrim(a, b, prim, item, memos) {
  const alt = looseAlternative(prim);
  if (alt != null) return alt;
  const itemB = b.get(alt);
  if ((itemB === undefined && !b.has(alt)) || !innerDeepEqual(item, itemB, false, memos)) {
    return false;
  }
  return !a.has(alt) && innerDeepEqual(item, itemB, false, memos);
}

function setEquiv(a, b, strict, memos) {
  // Values of `a` without an identical twin in `b`, to be matched by deep equality.
  let pending = null;
  for (const val of a) {
    if (typeof val === 'object' && val !== null) {
      pending ??= new Set();
      pending.add(val);
    } else if (!b.has(val)) {
      if (strict || !setMightHaveLoosePrim(a, b, val)) return false;
      pending ??= new Set();
      pending.add(val);
    }
  }
  if (pending === null) return true;

  for (const val of b) {
    if (typeof val === 'object' && val !== null) {
      if (!takeEqualElement(pending, val, strict, memos)) return false;
    } else if (!strict && !a.has(val) && !takeEqualElement(pending, val, strict, memos)) {
      return false;
    }
  }
  return pending.size === 0;
}

// Removes from `keys` a key of `map` deep-equal to key1 whose value is
// deep-equal to item1.
function takeEqualEntry(keys, map, key1, item1, strict, memos) {
  for (const key2 of keys) {
    if (innerDeepEqual(key1, key2, strict, memos) &&
        innerDeepEqual(item1, map.get(key2), strict, memos)) {
      keys.delete(key2);
      return true;
    }
  }
  return false;
}

function mapEquiv(a, b, strict, memos) {
  let pending = null;
  for (const [key, item1] of a) {
    if (typeof key === 'object' && key !== null) {
      pending ??= new Set();
      pending.add(key);
    } else {
      const item2 = b.get(key);
      if ((item2 === undefined && !b.has(key)) ||
          !innerDeepEqual(item1, item2, strict, memos)) {
        if (strict || !mapMightHaveLoosePrim(a, b, key, item1, memos)) return false;
        pending ??= new Set();
        pending.add(key);
      }
    }
  }
  if (pending === null) return true;

  for (const [key, item] of b) {
    if (typeof key === 'object' && key !== null) {
      if (!takeEqualEntry(pending, a, key, item, strict, memos)) return false;
    } else if (!strict &&
               (!a.has(key) || !innerDeepEqual(a.get(key), item, false, memos)) &&
               !takeEqualEntry(pending, a, key, item, false, memos)) {
      return false;
    }
  }
  return pending.size === 0;
}

function isDeepEqual(val1, val2) {
  return innerDeepEqual(val1, val2, false);
}

function isDeepStrictEqual(val1, val2) {
  return innerDeepEqual(val1, val2, true);
}

module.exports = {
  isDeepEqual,
  isDeepStrictEqual,
};
