'use strict';
// os.networkInterfaces(): addresses grouped by interface, each with Node's
// fields; the loopback interface has 127.0.0.1/8.
require('../common');
const assert = require('node:assert');
const os = require('node:os');

const interfaces = os.networkInterfaces();
assert.strictEqual(typeof interfaces, 'object');

const lo = interfaces.lo;
assert.ok(Array.isArray(lo));
const v4 = lo.find((entry) => entry.family === 'IPv4');
assert.deepStrictEqual(v4, {
  address: '127.0.0.1',
  netmask: '255.0.0.0',
  family: 'IPv4',
  mac: '00:00:00:00:00:00',
  internal: true,
  cidr: '127.0.0.1/8',
});

for (const name of Object.keys(interfaces)) {
  for (const entry of interfaces[name]) {
    const keys = ['address', 'netmask', 'family', 'mac', 'internal', 'cidr'];
    if (entry.family === 'IPv6') keys.push('scopeid');
    assert.deepStrictEqual(Object.keys(entry), keys);
    assert.ok(entry.family === 'IPv4' || entry.family === 'IPv6');
    assert.match(entry.mac, /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/);
    assert.strictEqual(typeof entry.internal, 'boolean');
    if (entry.family === 'IPv6') assert.strictEqual(typeof entry.scopeid, 'number');
    const prefix = Number(entry.cidr.slice(entry.cidr.indexOf('/') + 1));
    assert.strictEqual(entry.cidr, `${entry.address}/${prefix}`);
  }
}
