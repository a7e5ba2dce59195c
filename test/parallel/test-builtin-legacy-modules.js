'use strict';
// The legacy and rarely used built-in ids load: sys (util, with DEP0025), the
// _stream_* aliases, trace_events, inspector and inspector/promises without a debugger.
const assert = require('assert');
const Module = require('module');
const stream = require('stream');

for (const id of ['sys', '_stream_readable', '_stream_writable', '_stream_duplex',
                  '_stream_transform', '_stream_passthrough', 'domain', 'inspector',
                  'inspector/promises', 'stream/consumers', 'trace_events']) {
  assert.ok(Module.builtinModules.includes(id), id);
  assert.strictEqual(Module.isBuiltin(id), true, id);
  assert.strictEqual(require(id), require(`node:${id}`), id);
}

assert.strictEqual(require('_stream_readable'), stream.Readable);
assert.strictEqual(require('_stream_writable'), stream.Writable);
assert.strictEqual(require('_stream_duplex'), stream.Duplex);
assert.strictEqual(require('_stream_transform'), stream.Transform);
assert.strictEqual(require('_stream_passthrough'), stream.PassThrough);

const warnings = [];
process.on('warning', (w) => warnings.push([w.name, w.code, w.message]));
assert.strictEqual(require('sys'), require('util'));

// trace_events: Tracing objects and the enabled categories. Checked in a child whose
// working directory is a temporary one: node writes node_trace.*.log there once a
// category is enabled.
function traceEventsChecks() {
  const assert = require('assert');
  const traceEvents = require('trace_events');
  assert.deepStrictEqual(Object.keys(traceEvents), ['createTracing', 'getEnabledCategories']);
  const before = traceEvents.getEnabledCategories();
  const a = traceEvents.createTracing({ categories: ['rt.test.a', 'rt.test.b'] });
  const b = traceEvents.createTracing({ categories: ['rt.test.b', 'rt.test.c'] });
  assert.strictEqual(a.enabled, false);
  assert.strictEqual(a.categories, 'rt.test.a,rt.test.b');
  assert.deepStrictEqual(Object.keys(a), []);
  assert.strictEqual(require('util').inspect(a),
                     "Tracing { enabled: false, categories: 'rt.test.a,rt.test.b' }");
  a.enable();
  b.enable();
  assert.strictEqual(a.enabled, true);
  const prefix = before === undefined ? '' : `${before},`;
  assert.strictEqual(traceEvents.getEnabledCategories(), `${prefix}rt.test.a,rt.test.b,rt.test.c`);
  a.disable();
  assert.strictEqual(traceEvents.getEnabledCategories(), `${prefix}rt.test.b,rt.test.c`);
  b.disable();
  assert.strictEqual(traceEvents.getEnabledCategories(), before);
  assert.throws(() => traceEvents.createTracing(), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => traceEvents.createTracing({ categories: 'x' }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.categories" property must be an instance of Array. ' +
      "Received type string ('x')",
  });
  assert.throws(() => traceEvents.createTracing({ categories: [1] }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.categories[0]" property must be of type string. Received type number (1)',
  });
  assert.throws(() => traceEvents.createTracing({ categories: [] }), {
    name: 'TypeError',
    code: 'ERR_TRACE_EVENTS_CATEGORY_REQUIRED',
    message: 'At least one category is required',
  });
  console.log('trace_events ok');
}
{
  const fs = require('fs');
  const os = require('os');
  const path = require('path');
  const { execFileSync } = require('child_process');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rt-trace-events-'));
  try {
    const out = execFileSync(process.execPath, ['-e', `(${traceEventsChecks})()`],
                             { cwd: dir, encoding: 'utf8' });
    assert.strictEqual(out, 'trace_events ok\n');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// inspector in a process nobody debugs.
const inspector = require('inspector');
assert.deepStrictEqual(Object.keys(inspector),
                       ['open', 'close', 'url', 'waitForDebugger', 'console', 'Session', 'Network']);
assert.strictEqual(inspector.url(), undefined);
assert.throws(() => inspector.waitForDebugger(), {
  code: 'ERR_INSPECTOR_NOT_ACTIVE', message: 'Inspector is not active',
});
inspector.close();
assert.strictEqual(Object.keys(inspector.console).length, 23);
inspector.console.log('goes nowhere without a debugger');
const session = new inspector.Session();
assert.ok(session instanceof require('events'));
assert.throws(() => session.post('Runtime.evaluate', { expression: '1' }, () => {}), {
  code: 'ERR_INSPECTOR_NOT_CONNECTED', message: 'Session is not connected',
});
assert.throws(() => session.post(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => session.connectToMainThread(), {
  code: 'ERR_INSPECTOR_NOT_WORKER', message: 'Current thread is not a worker',
});
session.disconnect();
const inspectorPromises = require('inspector/promises');
assert.strictEqual(inspectorPromises.console, inspector.console);
assert.notStrictEqual(inspectorPromises.Session, inspector.Session);

process.on('exit', () => {
  assert.deepStrictEqual(warnings, [
    ['DeprecationWarning', 'DEP0025', 'sys is deprecated. Use util instead.'],
  ]);
});
