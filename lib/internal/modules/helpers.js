'use strict';
// Small pieces shared by the module loaders: source clean-up before compiling,
// the built-in id checks and the CommonJS export conditions.

const { BuiltinModule } = require('internal/bootstrap/realm');

// A leading U+FEFF is not part of the program or the JSON text.
function stripBOM(content) {
  return content.charCodeAt(0) === 0xFEFF ? content.slice(1) : content;
}

// '#!...' is only valid at the start of a script, not of a function body: blank
// the line out, keeping the newline so line numbers stay right.
function stripShebang(content) {
  if (content.charCodeAt(0) !== 35 /* # */ || content.charCodeAt(1) !== 33 /* ! */) {
    return content;
  }
  const end = content.search(/[\r\n]/);
  return end === -1 ? '' : content.slice(end);
}

// 'fs' yes, 'test' no (only 'node:test'), 'internal/x' no.
function canBeRequiredWithoutScheme(id) {
  return typeof id === 'string' && BuiltinModule.canBeRequiredWithoutScheme(id);
}

// 'fs' and 'test' yes ('node:fs', 'node:test'), 'internal/x' no.
function canBeRequiredWithScheme(id) {
  return typeof id === 'string' && BuiltinModule.canBeRequiredWithScheme(id);
}

// The built-in id behind a user request ('fs', 'node:fs', 'node:test'), or undefined.
function normalizeRequirableId(request) {
  if (typeof request !== 'string') return undefined;
  if (request.startsWith('node:')) {
    const id = request.slice(5);
    return canBeRequiredWithScheme(id) ? id : undefined;
  }
  return canBeRequiredWithoutScheme(request) ? request : undefined;
}

// Conditions that "exports"/"imports" match for require(). rt loads no native
// addons, so 'node-addons' is left out (as under `node --no-addons`).
let cjsConditions;
function getCjsConditions() {
  if (cjsConditions === undefined) {
    cjsConditions = new Set(['require', 'node', ...getUserConditions()]);
  }
  return cjsConditions;
}

// --conditions / -C: extra conditions for both require() and import.
function getUserConditions() {
  return require('internal/options').getOptionValues('--conditions', '-C');
}

module.exports = {
  stripBOM,
  stripShebang,
  canBeRequiredWithoutScheme,
  canBeRequiredWithScheme,
  normalizeRequirableId,
  getCjsConditions,
  getUserConditions,
};
