'use strict';
// v8 heap statistics, cachedDataVersionTag, setFlagsFromString and the exports list.
require('../common');
const assert = require('node:assert');
const v8 = require('node:v8');

const heap = v8.getHeapStatistics();
assert.deepStrictEqual(Object.keys(heap), [
  'total_heap_size', 'total_heap_size_executable', 'total_physical_size',
  'total_available_size', 'used_heap_size', 'heap_size_limit', 'malloced_memory',
  'peak_malloced_memory', 'does_zap_garbage', 'number_of_native_contexts',
  'number_of_detached_contexts', 'total_global_handles_size', 'used_global_handles_size',
  'external_memory',
]);
for (const value of Object.values(heap)) assert.strictEqual(typeof value, 'number');
assert.ok(heap.used_heap_size > 0);
assert.ok(heap.heap_size_limit >= heap.total_heap_size);
assert.strictEqual(heap.number_of_native_contexts, 1);

const spaces = v8.getHeapSpaceStatistics();
assert.ok(Array.isArray(spaces) && spaces.length > 3);
for (const space of spaces) {
  assert.deepStrictEqual(Object.keys(space), ['space_name', 'space_size', 'space_used_size',
                                              'space_available_size', 'physical_space_size']);
  assert.strictEqual(typeof space.space_name, 'string');
}
const names = spaces.map((s) => s.space_name);
for (const name of ['read_only_space', 'new_space', 'old_space', 'code_space', 'large_object_space']) {
  assert.ok(names.includes(name), name);
}
assert.deepStrictEqual(Object.keys(v8.getHeapCodeStatistics()), [
  'code_and_metadata_size', 'bytecode_and_metadata_size', 'external_script_source_size',
  'cpu_profiler_metadata_size',
]);

const tag = v8.cachedDataVersionTag();
assert.ok(Number.isInteger(tag) && tag >= 0);
assert.strictEqual(v8.cachedDataVersionTag(), tag);

assert.throws(() => v8.setFlagsFromString(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "flags" argument must be of type string. Received type number (5)',
});
// A flag that changes behaviour visibly: natives syntax.
v8.setFlagsFromString('--allow-natives-syntax');
assert.strictEqual(eval('%IsSmi(1)'), true);
v8.setFlagsFromString('--no-allow-natives-syntax');

assert.strictEqual(v8.startupSnapshot.isBuildingSnapshot(), 0);
assert.throws(() => v8.startupSnapshot.addSerializeCallback(() => {}), {
  code: 'ERR_NOT_BUILDING_SNAPSHOT',
});
for (const name of ['cachedDataVersionTag', 'getHeapSnapshot', 'getHeapStatistics',
  'getHeapSpaceStatistics', 'getHeapCodeStatistics', 'setFlagsFromString', 'Serializer',
  'Deserializer', 'DefaultSerializer', 'DefaultDeserializer', 'deserialize', 'takeCoverage',
  'stopCoverage', 'serialize', 'writeHeapSnapshot', 'startupSnapshot',
  'setHeapSnapshotNearHeapLimit']) {
  assert.ok(name in v8, name);
}
