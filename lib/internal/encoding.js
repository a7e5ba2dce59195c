'use strict';

// TextEncoder and TextDecoder (WHATWG Encoding Standard) as Node 20 has them.
// UTF-8 encoding and the one-shot UTF-8 and windows-1252 decoders are direct C++
// calls; streaming and every other encoding go through an ICU converter
// (internalBinding('encoding_binding').Converter).

const {
  codes: {
    ERR_ENCODING_NOT_SUPPORTED,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');
const {
  validateObject,
  validateString,
  kValidateObjectAllowObjectsAndNull,
} = require('internal/validators');
const { getConstructorOf, kEmptyObject } = require('internal/util');
const { isAnyArrayBuffer, isArrayBufferView, isUint8Array } = require('internal/util/types');
const binding = internalBinding('encoding_binding');

const {
  encodeUtf8String,
  decodeUtf8,
  decodeLatin1,
  hasConverter,
  Converter,
  kFlush: CONVERTER_FLUSH,
  kFatal: CONVERTER_FATAL,
  kIgnoreBom: CONVERTER_IGNORE_BOM,
} = binding;

const inspectSymbol = Symbol.for('nodejs.util.inspect.custom');

const kEncoder = Symbol('encoder');
const kDecoder = Symbol('decoder');
const kFlags = Symbol('flags');
const kEncoding = Symbol('encoding');
const kIgnoreBOM = Symbol('kIgnoreBOM');
const kFatal = Symbol('kFatal');
const kUTF8FastPath = Symbol('kUTF8FastPath');
const kLatin1FastPath = Symbol('kLatin1FastPath');
const kHandle = Symbol('handle');

const empty = new Uint8Array(0);

// The WHATWG label table: encoding name -> its labels.
const labelTable = {
  'utf-8': ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8',
            'x-unicode20utf8'],
  'ibm866': ['866', 'cp866', 'csibm866', 'ibm866'],
  'iso-8859-2': ['csisolatin2', 'iso-8859-2', 'iso-ir-101', 'iso8859-2', 'iso88592',
                 'iso_8859-2', 'iso_8859-2:1987', 'l2', 'latin2'],
  'iso-8859-3': ['csisolatin3', 'iso-8859-3', 'iso-ir-109', 'iso8859-3', 'iso88593',
                 'iso_8859-3', 'iso_8859-3:1988', 'l3', 'latin3'],
  'iso-8859-4': ['csisolatin4', 'iso-8859-4', 'iso-ir-110', 'iso8859-4', 'iso88594',
                 'iso_8859-4', 'iso_8859-4:1988', 'l4', 'latin4'],
  'iso-8859-5': ['csisolatincyrillic', 'cyrillic', 'iso-8859-5', 'iso-ir-144', 'iso8859-5',
                 'iso88595', 'iso_8859-5', 'iso_8859-5:1988'],
  'iso-8859-6': ['arabic', 'asmo-708', 'csiso88596e', 'csiso88596i', 'csisolatinarabic',
                 'ecma-114', 'iso-8859-6', 'iso-8859-6-e', 'iso-8859-6-i', 'iso-ir-127',
                 'iso8859-6', 'iso88596', 'iso_8859-6', 'iso_8859-6:1987'],
  'iso-8859-7': ['csisolatingreek', 'ecma-118', 'elot_928', 'greek', 'greek8', 'iso-8859-7',
                 'iso-ir-126', 'iso8859-7', 'iso88597', 'iso_8859-7', 'iso_8859-7:1987',
                 'sun_eu_greek'],
  'iso-8859-8': ['csiso88598e', 'csisolatinhebrew', 'hebrew', 'iso-8859-8', 'iso-8859-8-e',
                 'iso-ir-138', 'iso8859-8', 'iso88598', 'iso_8859-8', 'iso_8859-8:1988',
                 'visual'],
  'iso-8859-8-i': ['csiso88598i', 'iso-8859-8-i', 'logical'],
  'iso-8859-10': ['csisolatin6', 'iso-8859-10', 'iso-ir-157', 'iso8859-10', 'iso885910', 'l6',
                  'latin6'],
  'iso-8859-13': ['iso-8859-13', 'iso8859-13', 'iso885913'],
  'iso-8859-14': ['iso-8859-14', 'iso8859-14', 'iso885914'],
  'iso-8859-15': ['csisolatin9', 'iso-8859-15', 'iso8859-15', 'iso885915', 'iso_8859-15', 'l9'],
  'iso-8859-16': ['iso-8859-16'],
  'koi8-r': ['cskoi8r', 'koi', 'koi8', 'koi8-r', 'koi8_r'],
  'koi8-u': ['koi8-ru', 'koi8-u'],
  'macintosh': ['csmacintosh', 'mac', 'macintosh', 'x-mac-roman'],
  'windows-874': ['dos-874', 'iso-8859-11', 'iso8859-11', 'iso885911', 'tis-620',
                  'windows-874'],
  'windows-1250': ['cp1250', 'windows-1250', 'x-cp1250'],
  'windows-1251': ['cp1251', 'windows-1251', 'x-cp1251'],
  'windows-1252': ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819',
                   'iso-8859-1', 'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1',
                   'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii', 'windows-1252', 'x-cp1252'],
  'windows-1253': ['cp1253', 'windows-1253', 'x-cp1253'],
  'windows-1254': ['cp1254', 'csisolatin5', 'iso-8859-9', 'iso-ir-148', 'iso8859-9',
                   'iso88599', 'iso_8859-9', 'iso_8859-9:1989', 'l5', 'latin5', 'windows-1254',
                   'x-cp1254'],
  'windows-1255': ['cp1255', 'windows-1255', 'x-cp1255'],
  'windows-1256': ['cp1256', 'windows-1256', 'x-cp1256'],
  'windows-1257': ['cp1257', 'windows-1257', 'x-cp1257'],
  'windows-1258': ['cp1258', 'windows-1258', 'x-cp1258'],
  'x-mac-cyrillic': ['x-mac-cyrillic', 'x-mac-ukrainian'],
  'gbk': ['chinese', 'csgb2312', 'csiso58gb231280', 'gb2312', 'gb_2312', 'gb_2312-80', 'gbk',
          'iso-ir-58', 'x-gbk'],
  'gb18030': ['gb18030'],
  'big5': ['big5', 'big5-hkscs', 'cn-big5', 'csbig5', 'x-x-big5'],
  'euc-jp': ['cseucpkdfmtjapanese', 'euc-jp', 'x-euc-jp'],
  'iso-2022-jp': ['csiso2022jp', 'iso-2022-jp'],
  'shift_jis': ['csshiftjis', 'ms932', 'ms_kanji', 'shift-jis', 'shift_jis', 'sjis',
                'windows-31j', 'x-sjis'],
  'euc-kr': ['cseuckr', 'csksc56011987', 'euc-kr', 'iso-ir-149', 'korean', 'ks_c_5601-1987',
             'ks_c_5601-1989', 'ksc5601', 'ksc_5601', 'windows-949'],
  'replacement': ['csiso2022kr', 'hz-gb-2312', 'iso-2022-cn', 'iso-2022-cn-ext', 'iso-2022-kr',
                  'replacement'],
  'utf-16be': ['unicodefffe', 'utf-16be'],
  'utf-16le': ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16',
               'utf-16le'],
  'x-user-defined': ['x-user-defined'],
};

const encodings = new Map();
for (const name of Object.keys(labelTable)) {
  for (const label of labelTable[name]) encodings.set(label, name);
}

function trimAsciiWhitespace(label) {
  return label.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '');
}

function getEncodingFromLabel(label) {
  const enc = encodings.get(label);
  if (enc !== undefined) return enc;
  return encodings.get(trimAsciiWhitespace(label.toLowerCase()));
}

// Errors that Node's C++ side throws from decode(): a plain TypeError with a `code`
// property (no "[CODE]" in the stack, no "Received ..." part).
function nativeTypeError(message, code, helper) {
  const err = new TypeError(message);
  Error.captureStackTrace(err, helper);
  err.code = code;
  return err;
}

function invalidInput(message) {
  return nativeTypeError(message, 'ERR_INVALID_ARG_TYPE', invalidInput);
}

function invalidData(encoding) {
  return nativeTypeError(`The encoded data was not valid for encoding ${encoding}`,
                         'ERR_ENCODING_INVALID_ENCODED_DATA', invalidData);
}

function isBufferSource(input) {
  return isAnyArrayBuffer(input) || isArrayBufferView(input);
}

function lazyInspect() {
  return require('internal/util/inspect').inspect;
}

// --- TextEncoder -----------------------------------------------------------

const encodeIntoResults = new Uint32Array(2);

function validateEncoder(obj) {
  if (obj == null || obj[kEncoder] !== true) throw new ERR_INVALID_THIS('TextEncoder');
}

class TextEncoder {
  constructor() {
    this[kEncoder] = true;
  }

  get encoding() {
    validateEncoder(this);
    return 'utf-8';
  }

  encode(input = '') {
    validateEncoder(this);
    return encodeUtf8String(`${input}`);
  }

  encodeInto(src, dest) {
    validateEncoder(this);
    validateString(src, 'src');
    if (!dest || !isUint8Array(dest)) throw new ERR_INVALID_ARG_TYPE('dest', 'Uint8Array', dest);
    binding.encodeInto(src, dest, encodeIntoResults);
    return { read: encodeIntoResults[0], written: encodeIntoResults[1] };
  }

  [inspectSymbol](depth, opts) {
    validateEncoder(this);
    if (typeof depth === 'number' && depth < 0) return this;
    const ctor = getConstructorOf(this);
    const obj = { __proto__: { constructor: ctor === null ? TextEncoder : ctor } };
    obj.encoding = this.encoding;
    return lazyInspect()(obj, opts);
  }
}

Object.defineProperties(TextEncoder.prototype, {
  encode: { __proto__: null, enumerable: true },
  encodeInto: { __proto__: null, enumerable: true },
  encoding: { __proto__: null, enumerable: true },
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'TextEncoder' },
});

// --- TextDecoder -----------------------------------------------------------

function validateDecoder(obj) {
  if (obj == null || obj[kDecoder] !== true) throw new ERR_INVALID_THIS('TextDecoder');
}

function prepareConverter(decoder) {
  if (decoder[kHandle] !== undefined) return;
  if (!hasConverter(decoder[kEncoding])) throw new ERR_ENCODING_NOT_SUPPORTED(decoder[kEncoding]);
  decoder[kHandle] = new Converter(decoder[kEncoding], decoder[kFlags]);
}

class TextDecoder {
  constructor(encoding = 'utf-8', options = kEmptyObject) {
    encoding = `${encoding}`;
    validateObject(options, 'options', kValidateObjectAllowObjectsAndNull);
    const enc = getEncodingFromLabel(encoding);
    if (enc === undefined) throw new ERR_ENCODING_NOT_SUPPORTED(encoding);
    let flags = 0;
    if (options !== null) {
      if (options.fatal) flags |= CONVERTER_FATAL;
      if (options.ignoreBOM) flags |= CONVERTER_IGNORE_BOM;
    }
    this[kDecoder] = true;
    this[kFlags] = flags;
    this[kEncoding] = enc;
    this[kIgnoreBOM] = Boolean(options?.ignoreBOM);
    this[kFatal] = Boolean(options?.fatal);
    this[kUTF8FastPath] = enc === 'utf-8';
    this[kLatin1FastPath] = enc === 'windows-1252';
    this[kHandle] = undefined;
    if (!this[kUTF8FastPath] && !this[kLatin1FastPath]) prepareConverter(this);
  }

  decode(input = empty, options = kEmptyObject) {
    validateDecoder(this);
    // A stream switches the decoder to the converter for good.
    this[kUTF8FastPath] &&= !options?.stream;
    this[kLatin1FastPath] &&= !options?.stream;
    if (this[kUTF8FastPath]) {
      if (!isBufferSource(input)) {
        throw invalidInput('The "list" argument must be an instance of SharedArrayBuffer, ' +
                           'ArrayBuffer or ArrayBufferView.');
      }
      const result = decodeUtf8(input, this[kIgnoreBOM], this[kFatal]);
      if (result === undefined) throw invalidData('utf-8');
      return result;
    }
    if (this[kLatin1FastPath]) {
      if (!isBufferSource(input)) {
        throw invalidInput('The "input" argument must be an instance of ArrayBuffer, ' +
                           'SharedArrayBuffer, or ArrayBufferView.');
      }
      return decodeLatin1(input);
    }
    prepareConverter(this);
    validateObject(options, 'options', kValidateObjectAllowObjectsAndNull);
    let flags = 0;
    if (options !== null) flags |= options.stream ? 0 : CONVERTER_FLUSH;
    if (!isBufferSource(input)) {
      throw invalidInput('The "input" argument must be an instance of SharedArrayBuffer, ' +
                         'ArrayBuffer or ArrayBufferView.');
    }
    const result = this[kHandle].decode(input, flags);
    if (result === undefined) throw invalidData(this.encoding);
    return result;
  }

  get encoding() {
    validateDecoder(this);
    return this[kEncoding];
  }

  get fatal() {
    validateDecoder(this);
    return (this[kFlags] & CONVERTER_FATAL) === CONVERTER_FATAL;
  }

  get ignoreBOM() {
    validateDecoder(this);
    return (this[kFlags] & CONVERTER_IGNORE_BOM) === CONVERTER_IGNORE_BOM;
  }

  [inspectSymbol](depth, opts) {
    validateDecoder(this);
    if (typeof depth === 'number' && depth < 0) return this;
    const constructor = getConstructorOf(this) || TextDecoder;
    const obj = { __proto__: { constructor } };
    obj.encoding = this.encoding;
    obj.fatal = this.fatal;
    obj.ignoreBOM = this.ignoreBOM;
    if (opts.showHidden) {
      obj[kFlags] = this[kFlags];
      obj[kHandle] = this[kHandle];
    }
    return `${constructor.name} ${lazyInspect()(obj)}`;
  }
}

Object.defineProperties(TextDecoder.prototype, {
  decode: { __proto__: null, enumerable: true },
  encoding: { __proto__: null, enumerable: true },
  fatal: { __proto__: null, enumerable: true },
  ignoreBOM: { __proto__: null, enumerable: true },
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'TextDecoder' },
});

module.exports = {
  getEncodingFromLabel,
  TextDecoder,
  TextEncoder,
};
