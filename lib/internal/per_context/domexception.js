'use strict';
// DOMException (WebIDL): an Error whose name and message live in internal
// slots, with the legacy numeric codes (AbortError 20, TimeoutError 23, ...).
// Like Node's per-context file it does not depend on internal/errors.

const ErrorCaptureStackTrace = Error.captureStackTrace;
const ObjectDefineProperty = Object.defineProperty;

// Legacy codes in order with the error name that has the code and the constant
// (INDEX_SIZE_ERR, ...) exposed on the class and its prototype. Codes 2, 6 and
// 16 are constants only: no error name maps to them.
const legacyCodes = [
  ['IndexSizeError', 'INDEX_SIZE_ERR'],
  [null, 'DOMSTRING_SIZE_ERR'],
  ['HierarchyRequestError', 'HIERARCHY_REQUEST_ERR'],
  ['WrongDocumentError', 'WRONG_DOCUMENT_ERR'],
  ['InvalidCharacterError', 'INVALID_CHARACTER_ERR'],
  [null, 'NO_DATA_ALLOWED_ERR'],
  ['NoModificationAllowedError', 'NO_MODIFICATION_ALLOWED_ERR'],
  ['NotFoundError', 'NOT_FOUND_ERR'],
  ['NotSupportedError', 'NOT_SUPPORTED_ERR'],
  ['InUseAttributeError', 'INUSE_ATTRIBUTE_ERR'],
  ['InvalidStateError', 'INVALID_STATE_ERR'],
  ['SyntaxError', 'SYNTAX_ERR'],
  ['InvalidModificationError', 'INVALID_MODIFICATION_ERR'],
  ['NamespaceError', 'NAMESPACE_ERR'],
  ['InvalidAccessError', 'INVALID_ACCESS_ERR'],
  [null, 'VALIDATION_ERR'],
  ['TypeMismatchError', 'TYPE_MISMATCH_ERR'],
  ['SecurityError', 'SECURITY_ERR'],
  ['NetworkError', 'NETWORK_ERR'],
  ['AbortError', 'ABORT_ERR'],
  ['URLMismatchError', 'URL_MISMATCH_ERR'],
  ['QuotaExceededError', 'QUOTA_EXCEEDED_ERR'],
  ['TimeoutError', 'TIMEOUT_ERR'],
  ['InvalidNodeTypeError', 'INVALID_NODE_TYPE_ERR'],
  ['DataCloneError', 'DATA_CLONE_ERR'],
];
const nameToCode = new Map();
legacyCodes.forEach(([name], i) => {
  if (name !== null) nameToCode.set(name, i + 1);
});

// instance -> { name, message }
const internals = new WeakMap();

function throwInvalidThisError() {
  const err = new TypeError('Value of "this" must be of DOMException');
  err.code = 'ERR_INVALID_THIS';
  throw err;
}

function internalsOf(self) {
  const slots = internals.get(self);
  if (slots === undefined) throwInvalidThisError();
  return slots;
}

class DOMException {
  constructor(message = '', options = 'Error') {
    ErrorCaptureStackTrace(this);
    if (options !== null && typeof options === 'object') {
      internals.set(this, { message: `${message}`, name: `${options.name}` });
      if ('cause' in options) {
        ObjectDefineProperty(this, 'cause', {
          __proto__: null, value: options.cause, writable: true, enumerable: false, configurable: true,
        });
      }
    } else {
      internals.set(this, { message: `${message}`, name: `${options}` });
    }
  }

  get name() {
    return internalsOf(this).name;
  }

  get message() {
    return internalsOf(this).message;
  }

  get code() {
    return nameToCode.get(internalsOf(this).name) ?? 0;
  }
}

Object.setPrototypeOf(DOMException.prototype, Error.prototype);
Object.defineProperties(DOMException.prototype, {
  [Symbol.toStringTag]: { __proto__: null, value: 'DOMException', configurable: true },
  name: { __proto__: null, enumerable: true, configurable: true },
  message: { __proto__: null, enumerable: true, configurable: true },
  code: { __proto__: null, enumerable: true, configurable: true },
});

for (let i = 0; i < legacyCodes.length; i++) {
  const desc = { __proto__: null, value: i + 1, enumerable: true, writable: false, configurable: false };
  ObjectDefineProperty(DOMException, legacyCodes[i][1], desc);
  ObjectDefineProperty(DOMException.prototype, legacyCodes[i][1], desc);
}

module.exports = { DOMException };
