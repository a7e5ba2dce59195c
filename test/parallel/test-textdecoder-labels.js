'use strict';
// TextDecoder labels (WHATWG table, case and whitespace), unsupported encodings and
// the constructor's argument checks.
require('../common');
const assert = require('node:assert');

const cases = {
  'utf-8': ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf8', 'x-unicode20utf8',
            'UTF-8', ' utf8\n', '\tUtf-8\f\r'],
  'windows-1252': ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819',
                   'iso-8859-1', 'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1',
                   'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii', 'x-cp1252', 'LATIN1'],
  'utf-16le': ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16'],
  'utf-16be': ['unicodefffe', 'utf-16be'],
  'ibm866': ['866', 'cp866', 'csibm866'],
  'iso-8859-2': ['latin2', 'l2', 'iso_8859-2:1987'],
  'iso-8859-8-i': ['logical', 'csiso88598i'],
  'windows-874': ['tis-620', 'iso-8859-11', 'dos-874'],
  'windows-1254': ['latin5', 'iso-8859-9'],
  'koi8-u': ['koi8-ru'],
  'macintosh': ['mac', 'x-mac-roman'],
  'x-mac-cyrillic': ['x-mac-ukrainian'],
  'gbk': ['gb2312', 'chinese', 'x-gbk'],
  'gb18030': ['gb18030'],
  'big5': ['big5-hkscs', 'cn-big5'],
  'euc-jp': ['x-euc-jp'],
  'iso-2022-jp': ['csiso2022jp'],
  'shift_jis': ['sjis', 'ms932', 'windows-31j', 'shift-jis'],
  'euc-kr': ['korean', 'windows-949', 'ks_c_5601-1987'],
};
for (const [name, labels] of Object.entries(cases)) {
  for (const label of [name, ...labels]) {
    assert.strictEqual(new TextDecoder(label).encoding, name, label);
  }
}
assert.strictEqual(new TextDecoder().encoding, 'utf-8');
assert.strictEqual(new TextDecoder(undefined).encoding, 'utf-8');
assert.strictEqual(new TextDecoder({ toString() { return 'latin1'; } }).encoding, 'windows-1252');

// Unknown labels name the label; known encodings without a decoder name the encoding.
const unsupported = {
  'foo': 'foo',
  ' foo ': ' foo ',
  'utf-7': 'utf-7',
  'null': 'null',
  'utf-32': 'utf-32',
  'iso-2022-kr': 'replacement',
  'hz-gb-2312': 'replacement',
  'replacement': 'replacement',
  'x-user-defined': 'x-user-defined',
};
for (const [label, shown] of Object.entries(unsupported)) {
  assert.throws(() => new TextDecoder(label), {
    name: 'RangeError',
    code: 'ERR_ENCODING_NOT_SUPPORTED',
    message: `The "${shown}" encoding is not supported`,
  });
}
assert.throws(() => new TextDecoder(null), { message: 'The "null" encoding is not supported' });
assert.throws(() => new TextDecoder(Symbol()), {
  name: 'TypeError',
  message: 'Cannot convert a Symbol value to a string',
});

// options: an object, array, function or null.
assert.strictEqual(new TextDecoder('utf-8', null).fatal, false);
assert.strictEqual(new TextDecoder('utf-8', []).fatal, false);
assert.strictEqual(new TextDecoder('utf-8', { fatal: 1, ignoreBOM: 'x' }).fatal, true);
assert.strictEqual(new TextDecoder('utf-8', { fatal: 1, ignoreBOM: 'x' }).ignoreBOM, true);
for (const [options, received] of [[5, 'type number (5)'], ['x', "type string ('x')"],
  [true, 'type boolean (true)']]) {
  assert.throws(() => new TextDecoder('utf-8', options), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: `The "options" argument must be of type object. Received ${received}`,
  });
}
// The options are checked before the label.
assert.throws(() => new TextDecoder('foo', 5), { code: 'ERR_INVALID_ARG_TYPE' });
