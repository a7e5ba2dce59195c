'use strict';

// The ES2023 methods Node 20's V8 (11.3) has and V8 10.2 lacks, written from the spec:
// Array.prototype.{toReversed,toSorted,toSpliced,with}, %TypedArray%.prototype.{toReversed,
// toSorted,with} and String.prototype.{isWellFormed,toWellFormed}. Installed only where
// missing, non-enumerable like built-ins, with V8's error messages. The main context gets
// them at start-up and every vm context when it is made (installES2023(itsGlobal)).

function installES2023(global) {
  // The built-ins of the context being filled in, so results and errors belong to it.
  const { Array, Object, String, Symbol, Reflect, Math, Number, TypeError, RangeError,
          Uint8Array } = global;

  const ArrayPrototype = Array.prototype;
  const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
  const ArrayPrototypeSort = ArrayPrototype.sort;
  const TypedArrayPrototypeSort = TypedArrayPrototype.sort;
  const TypedArrayPrototypeEntries = TypedArrayPrototype.entries;
  const TypedArrayPrototypeGetLength =
    Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'length').get;
  const TypedArrayPrototypeGetSymbolToStringTag =
    Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get;
  const ArrayIsArray = Array.isArray;
  const ReflectApply = Reflect.apply;
  const MathMin = Math.min;
  const MathMax = Math.max;
  const MathTrunc = Math.trunc;
  const StringPrototypeCharCodeAt = String.prototype.charCodeAt;
  const TypedArrayConstructors = {
    __proto__: null, Int8Array: global.Int8Array, Uint8Array,
    Uint8ClampedArray: global.Uint8ClampedArray, Int16Array: global.Int16Array, Uint16Array: global.Uint16Array, Int32Array: global.Int32Array,
    Uint32Array: global.Uint32Array, Float32Array: global.Float32Array,
    Float64Array: global.Float64Array, BigInt64Array: global.BigInt64Array,
    BigUint64Array: global.BigUint64Array,
  };
  const kMaxArrayLength = 2 ** 32 - 1;
  const kMaxSafeInteger = Number.MAX_SAFE_INTEGER;

  function toIntegerOrInfinity(value) {
    const number = +value;
    if (number !== number || number === 0) return 0;
    return MathTrunc(number);
  }

  function lengthOfArrayLike(object) {
    const length = toIntegerOrInfinity(object.length);
    return length <= 0 ? 0 : MathMin(length, kMaxSafeInteger);
  }

  function toObject(value) {
    if (value === null || value === undefined) {
      throw new TypeError('Cannot convert undefined or null to object');
    }
    return Object(value);
  }

  function arrayCreate(length) {
    if (length > kMaxArrayLength) throw new RangeError('Invalid array length');
    return new Array(length);
  }

  function validateComparator(comparefn) {
    if (comparefn !== undefined && typeof comparefn !== 'function') {
      throw new TypeError('The comparison function must be either a function or undefined');
    }
  }

  // How V8 names a receiver in its messages: `#<Foo>` for objects, `[object Array]` for arrays.
  function describeReceiver(value) {
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) {
      return typeof value === 'symbol' ? value.toString() : `${value}`;
    }
    if (ArrayIsArray(value)) return '[object Array]';
    let name;
    try {
      name = value.constructor?.name;
    } catch {
      // A throwing getter leaves the generic name.
    }
    return `#<${typeof name === 'string' && name !== '' ? name : 'Object'}>`;
  }

  // ValidateTypedArray: returns the length of a typed array that is not detached.
  function validateTypedArray(value, name) {
    if (value === null || typeof value !== 'object' ||
        ReflectApply(TypedArrayPrototypeGetSymbolToStringTag, value, []) === undefined) {
      if (name === 'with') throw new TypeError('this is not a typed array.');
      throw new TypeError(
        `Method %TypedArray%.prototype.${name} called on incompatible receiver ` +
        describeReceiver(value));
    }
    try {
      ReflectApply(TypedArrayPrototypeEntries, value, []);
    } catch {
      throw new TypeError(
        `Cannot perform %TypedArray%.prototype.${name} on a detached ArrayBuffer`);
    }
    return ReflectApply(TypedArrayPrototypeGetLength, value, []);
  }

  // TypedArrayCreateSameType: the built-in constructor of the element type, not a subclass.
  function typedArrayCreateSameType(exemplar, length) {
    const tag = ReflectApply(TypedArrayPrototypeGetSymbolToStringTag, exemplar, []);
    return new TypedArrayConstructors[tag](length);
  }

  const arrayMethods = {
    toReversed() {
      const object = toObject(this);
      const length = lengthOfArrayLike(object);
      const result = arrayCreate(length);
      for (let k = 0; k < length; k++) result[k] = object[length - k - 1];
      return result;
    },

    toSorted(comparefn) {
      validateComparator(comparefn);
      const object = toObject(this);
      const length = lengthOfArrayLike(object);
      const result = arrayCreate(length);
      // Holes read as undefined; sort() puts undefined last without calling comparefn.
      for (let k = 0; k < length; k++) result[k] = object[k];
      ReflectApply(ArrayPrototypeSort, result, [comparefn]);
      return result;
    },

    toSpliced(start, skipCount, ...items) {
      const object = toObject(this);
      const length = lengthOfArrayLike(object);
      const relativeStart = toIntegerOrInfinity(start);
      const actualStart = relativeStart < 0 ?
        MathMax(length + relativeStart, 0) : MathMin(relativeStart, length);
      let actualSkipCount;
      if (arguments.length === 0) {
        actualSkipCount = 0;
      } else if (arguments.length === 1) {
        actualSkipCount = length - actualStart;
      } else {
        actualSkipCount = MathMin(MathMax(toIntegerOrInfinity(skipCount), 0), length - actualStart);
      }
      const newLength = length + items.length - actualSkipCount;
      if (newLength > kMaxSafeInteger) throw new TypeError('Invalid array length');
      const result = arrayCreate(newLength);
      let i = 0;
      let r = actualStart + actualSkipCount;
      while (i < actualStart) {
        result[i] = object[i];
        i++;
      }
      for (const item of items) result[i++] = item;
      while (i < newLength) result[i++] = object[r++];
      return result;
    },

    with(index, value) {
      const object = toObject(this);
      const length = lengthOfArrayLike(object);
      const relativeIndex = toIntegerOrInfinity(index);
      const actualIndex = relativeIndex >= 0 ? relativeIndex : length + relativeIndex;
      if (actualIndex >= length || actualIndex < 0) {
        throw new RangeError(`Invalid index : ${relativeIndex}`);
      }
      const result = arrayCreate(length);
      for (let k = 0; k < length; k++) result[k] = k === actualIndex ? value : object[k];
      return result;
    },
  };

  const typedArrayMethods = {
    toReversed() {
      const length = validateTypedArray(this, 'toReversed');
      const result = typedArrayCreateSameType(this, length);
      for (let k = 0; k < length; k++) result[k] = this[length - k - 1];
      return result;
    },

    toSorted(comparefn) {
      validateComparator(comparefn);
      const length = validateTypedArray(this, 'toSorted');
      const result = typedArrayCreateSameType(this, length);
      for (let k = 0; k < length; k++) result[k] = this[k];
      ReflectApply(TypedArrayPrototypeSort, result, [comparefn]);
      return result;
    },

    with(index, value) {
      const length = validateTypedArray(this, 'with');
      const relativeIndex = toIntegerOrInfinity(index);
      const actualIndex = relativeIndex >= 0 ? relativeIndex : length + relativeIndex;
      // The value is converted to the element type (ToBigInt or ToNumber) before the index
      // is checked, as the spec orders it.
      const converted = typedArrayCreateSameType(this, 1);
      converted[0] = value;
      if (actualIndex < 0 || actualIndex >= ReflectApply(TypedArrayPrototypeGetLength, this, [])) {
        throw new RangeError('Invalid typed array index');
      }
      const result = typedArrayCreateSameType(this, length);
      for (let k = 0; k < length; k++) result[k] = k === actualIndex ? converted[0] : this[k];
      return result;
    },
  };

  function requireString(value, name) {
    if (value === null || value === undefined) {
      throw new TypeError(`String.prototype.${name} called on null or undefined`);
    }
    return `${value}`;
  }

  // The length of the code point at string[i]: 2 for a surrogate pair, 1 for any other
  // unit, 0 for a lone surrogate.
  function codePointLength(string, i) {
    const code = ReflectApply(StringPrototypeCharCodeAt, string, [i]);
    if (code >= 0xD800 && code <= 0xDBFF) {
      const next = ReflectApply(StringPrototypeCharCodeAt, string, [i + 1]);
      return next >= 0xDC00 && next <= 0xDFFF ? 2 : 0;
    }
    return code >= 0xDC00 && code <= 0xDFFF ? 0 : 1;
  }

  const stringMethods = {
    isWellFormed() {
      const string = requireString(this, 'isWellFormed');
      for (let i = 0; i < string.length;) {
        const length = codePointLength(string, i);
        if (length === 0) return false;
        i += length;
      }
      return true;
    },

    toWellFormed() {
      const string = requireString(this, 'toWellFormed');
      let result = '';
      let start = 0;
      for (let i = 0; i < string.length;) {
        const length = codePointLength(string, i);
        if (length === 0) {
          result += `${string.slice(start, i)}\uFFFD`;
          start = i + 1;
          i++;
        } else {
          i += length;
        }
      }
      return start === 0 ? string : result + string.slice(start);
    },
  };

  function install(target, methods) {
    for (const name of Object.keys(methods)) {
      if (name in target) continue;
      Object.defineProperty(target, name, {
        value: methods[name], writable: true, enumerable: false, configurable: true,
      });
    }
  }

  install(ArrayPrototype, arrayMethods);
  install(TypedArrayPrototype, typedArrayMethods);
  install(String.prototype, stringMethods);
  // Array.prototype[@@unscopables] gets the new names, its keys in V8 11.3's order.
  const unscopables = ArrayPrototype[Symbol.unscopables];
  if (!('toSorted' in unscopables)) {
    const names = ['at', 'copyWithin', 'entries', 'fill', 'find', 'findIndex', 'findLast',
                   'findLastIndex', 'flat', 'flatMap', 'includes', 'keys', 'values',
                   'toReversed', 'toSorted', 'toSpliced'];
    const ordered = { __proto__: null };
    for (const name of names) ordered[name] = true;
    for (const name of Object.keys(unscopables)) ordered[name] = unscopables[name];
    Object.defineProperty(ArrayPrototype, Symbol.unscopables, {
      value: ordered, writable: false, enumerable: false, configurable: true,
    });
  }
}

installES2023(globalThis);

module.exports = { installES2023 };
