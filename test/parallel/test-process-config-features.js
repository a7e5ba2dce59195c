'use strict';
// process.config and process.features: the facts packages read, frozen like Node's.
require('../common');
const assert = require('assert');

const { config, features } = process;
assert.strictEqual(config.variables.v8_enable_i18n_support, 1);
assert.strictEqual(typeof config.variables.node_shared_openssl, 'boolean');
assert.strictEqual(config.variables.host_arch, process.arch);
assert.strictEqual(config.target_defaults.default_configuration, 'Release');
assert.ok(Object.isFrozen(config));
assert.ok(Object.isFrozen(config.variables));
const desc = Object.getOwnPropertyDescriptor(process, 'config');
assert.strictEqual(desc.writable, false);
assert.strictEqual(desc.enumerable, true);

// Node 20's feature keys, in Node's order.
assert.deepStrictEqual(Object.keys(features),
                       ['inspector', 'debug', 'uv', 'ipv6', 'tls_alpn', 'tls_sni', 'tls_ocsp',
                        'tls', 'cached_builtins', 'require_module']);
const fdesc = Object.getOwnPropertyDescriptor(process, 'features');
assert.strictEqual(fdesc.writable, false);
assert.strictEqual(fdesc.configurable, false);
