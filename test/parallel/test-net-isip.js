'use strict';
// net.isIP / isIPv4 / isIPv6 accept exactly the textual forms Node does.
require('../common');
const assert = require('node:assert');
const net = require('node:net');

const v4 = ['127.0.0.1', '0.0.0.0', '255.255.255.255', '1.2.3.4', '10.0.0.1'];
const v6 = [
  '::', '::1', '1::', '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7::', '::2:3:4:5:6:7:8',
  'fe80::1', 'FE80::ABCD', 'fe80::1%eth0', 'fe80::1%1', '::ffff:127.0.0.1',
  '::127.0.0.1', '1:2:3:4:5:6:1.2.3.4', '1::1.2.3.4', '2001:db8::ff00:42:8329',
];
const neither = [
  '', 'x', '1.2.3', '1.2.3.4.5', '256.0.0.1', '01.2.3.4', '1.2.3.04', ' 1.2.3.4',
  '1.2.3.4 ', ':::', '1:2:3:4:5:6:7:8:9', '1::2::3', '12345::', 'g::1', '::1.2.3',
  '1:2:3:4:5:6:7:1.2.3.4', 'fe80::1%', 'localhost', '[::1]',
];

for (const address of v4) {
  assert.strictEqual(net.isIP(address), 4, address);
  assert.strictEqual(net.isIPv4(address), true, address);
  assert.strictEqual(net.isIPv6(address), false, address);
}
for (const address of v6) {
  assert.strictEqual(net.isIP(address), 6, address);
  assert.strictEqual(net.isIPv4(address), false, address);
  assert.strictEqual(net.isIPv6(address), true, address);
}
for (const address of neither) {
  assert.strictEqual(net.isIP(address), 0, address);
  assert.strictEqual(net.isIPv4(address), false, address);
  assert.strictEqual(net.isIPv6(address), false, address);
}

// Non-strings are turned into strings first.
assert.strictEqual(net.isIP(undefined), 0);
assert.strictEqual(net.isIP(null), 0);
assert.strictEqual(net.isIP(123), 0);
assert.strictEqual(net.isIP({ toString: () => '::1' }), 6);
assert.strictEqual(net.isIPv4({ toString: () => '1.1.1.1' }), true);
