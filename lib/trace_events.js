'use strict';

// trace_events: Tracing objects that enable and disable categories. rt has no trace
// event writer: enabling a category is recorded (getEnabledCategories() reports it
// like Node) but no node_trace.*.log file is written.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_TRACE_EVENTS_CATEGORY_REQUIRED },
} = require('internal/errors');
const { validateObject, validateStringArray } = require('internal/validators');
const { customInspectSymbol } = require('internal/util');

// Every enabled Tracing, in the order they were enabled.
const enabledTracings = new Set();

class Tracing {
  #categories;
  #enabled = false;

  constructor(categories) {
    this.#categories = categories;
  }

  enable() {
    if (this.#enabled) return;
    this.#enabled = true;
    enabledTracings.add(this);
  }

  disable() {
    if (!this.#enabled) return;
    this.#enabled = false;
    enabledTracings.delete(this);
  }

  get enabled() {
    return this.#enabled;
  }

  get categories() {
    return this.#categories.join(',');
  }

  [customInspectSymbol](depth, options, inspect) {
    if (typeof depth === 'number' && depth < 0) return this;
    const value = { enabled: this.enabled, categories: this.categories };
    return `Tracing ${inspect(value, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

function createTracing(options) {
  validateObject(options, 'options');
  if (!Array.isArray(options.categories)) {
    throw new ERR_INVALID_ARG_TYPE('options.categories', 'Array', options.categories);
  }
  validateStringArray(options.categories, 'options.categories');
  if (options.categories.length <= 0) throw new ERR_TRACE_EVENTS_CATEGORY_REQUIRED();
  return new Tracing(options.categories.slice());
}

function getEnabledCategories() {
  const categories = new Set();
  for (const tracing of enabledTracings) {
    for (const category of tracing.categories.split(',')) categories.add(category);
  }
  return categories.size === 0 ? undefined : [...categories].join(',');
}

module.exports = { createTracing, getEnabledCategories };
