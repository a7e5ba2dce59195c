'use strict';
// DOMException: name/message/code from internal slots, the legacy codes,
// options with cause, Error inheritance and the stack.
require('../common');
const assert = require('node:assert');
const { inspect } = require('node:util');

const legacy = [
  ['IndexSizeError', 'INDEX_SIZE_ERR'], ['DOMStringSizeError', 'DOMSTRING_SIZE_ERR'],
  ['HierarchyRequestError', 'HIERARCHY_REQUEST_ERR'], ['WrongDocumentError', 'WRONG_DOCUMENT_ERR'],
  ['InvalidCharacterError', 'INVALID_CHARACTER_ERR'], ['NoDataAllowedError', 'NO_DATA_ALLOWED_ERR'],
  ['NoModificationAllowedError', 'NO_MODIFICATION_ALLOWED_ERR'], ['NotFoundError', 'NOT_FOUND_ERR'],
  ['NotSupportedError', 'NOT_SUPPORTED_ERR'], ['InUseAttributeError', 'INUSE_ATTRIBUTE_ERR'],
  ['InvalidStateError', 'INVALID_STATE_ERR'], ['SyntaxError', 'SYNTAX_ERR'],
  ['InvalidModificationError', 'INVALID_MODIFICATION_ERR'], ['NamespaceError', 'NAMESPACE_ERR'],
  ['InvalidAccessError', 'INVALID_ACCESS_ERR'], ['ValidationError', 'VALIDATION_ERR'],
  ['TypeMismatchError', 'TYPE_MISMATCH_ERR'], ['SecurityError', 'SECURITY_ERR'],
  ['NetworkError', 'NETWORK_ERR'], ['AbortError', 'ABORT_ERR'],
  ['URLMismatchError', 'URL_MISMATCH_ERR'], ['QuotaExceededError', 'QUOTA_EXCEEDED_ERR'],
  ['TimeoutError', 'TIMEOUT_ERR'], ['InvalidNodeTypeError', 'INVALID_NODE_TYPE_ERR'],
  ['DataCloneError', 'DATA_CLONE_ERR'],
];
// Codes 2, 6 and 16 have constants but no error name.
legacy.forEach(([name, constant], i) => {
  const code = [2, 6, 16].includes(i + 1) ? 0 : i + 1;
  assert.strictEqual(new DOMException('m', name).code, code, name);
  assert.strictEqual(DOMException[constant], i + 1);
  assert.strictEqual(DOMException.prototype[constant], i + 1);
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(DOMException, constant),
                         { value: i + 1, writable: false, enumerable: true, configurable: false });
});
assert.strictEqual(new DOMException('m', 'EncodingError').code, 0);
assert.strictEqual(new DOMException('m', 'abortError').code, 0);

{
  const e = new DOMException();
  assert.strictEqual(e.name, 'Error');
  assert.strictEqual(e.message, '');
  assert.strictEqual(e.code, 0);
  assert.ok(e instanceof Error);
  assert.ok(e instanceof DOMException);
  assert.strictEqual(Object.getPrototypeOf(DOMException.prototype), Error.prototype);
  assert.strictEqual(Object.prototype.toString.call(e), '[object DOMException]');
  assert.deepStrictEqual(Object.keys(e), []);
  assert.deepStrictEqual(Object.getOwnPropertyNames(e), ['stack']);
  assert.strictEqual(JSON.stringify(e), '{}');
}

{
  const e = new DOMException('went wrong', 'AbortError');
  assert.strictEqual(String(e), 'AbortError: went wrong');
  assert.strictEqual(e.stack.split('\n')[0], 'AbortError: went wrong');
  assert.match(e.stack.split('\n')[1], /^ {4}at new DOMException \(/);
  assert.match(inspect(e), /^DOMException \[AbortError\]: went wrong\n {4}at /);
  // The slots are not writable through the instance.
  assert.throws(() => { e.name = 'Other'; }, TypeError);
  assert.strictEqual(e.name, 'AbortError');
}

{
  // Options object: name and cause.
  const e = new DOMException('t', { name: 'TimeoutError', cause: 'because' });
  assert.strictEqual(e.name, 'TimeoutError');
  assert.strictEqual(e.code, 23);
  assert.strictEqual(e.cause, 'because');
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(e, 'cause'),
                         { value: 'because', writable: true, enumerable: false, configurable: true });
  assert.strictEqual(new DOMException('t', {}).name, 'undefined');
  assert.strictEqual('cause' in new DOMException('t', { name: 'X' }), false);
  assert.strictEqual(new DOMException('t', { cause: undefined }).hasOwnProperty('cause'), true);
  // Other values are converted to strings.
  assert.strictEqual(new DOMException(null, null).name, 'null');
  assert.strictEqual(new DOMException(1, 2).message, '1');
  assert.strictEqual(new DOMException(1, 2).name, '2');
  assert.throws(() => new DOMException(Symbol('s')), TypeError);
}

{
  // Subclasses keep the slots.
  class MyError extends DOMException {
    constructor() { super('sub', 'DataCloneError'); }
  }
  const e = new MyError();
  assert.strictEqual(e.code, 25);
  assert.strictEqual(e.name, 'DataCloneError');
  assert.ok(e instanceof DOMException);
}

assert.throws(() => DOMException(), TypeError);
for (const name of ['name', 'message', 'code']) {
  const { get, enumerable } = Object.getOwnPropertyDescriptor(DOMException.prototype, name);
  assert.strictEqual(enumerable, true);
  assert.throws(() => get.call({}), {
    name: 'TypeError',
    code: 'ERR_INVALID_THIS',
    message: 'Value of "this" must be of DOMException',
  });
}
assert.strictEqual(DOMException.length, 0);
