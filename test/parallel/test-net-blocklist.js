'use strict';
// net.BlockList: addresses, ranges and subnets, IPv4 against IPv4-mapped IPv6,
// the rules list (newest first), and argument errors.
require('../common');
const assert = require('node:assert');
const net = require('node:net');
const util = require('node:util');

const list = new net.BlockList();
list.addAddress('1.2.3.4');
list.addRange('10.0.0.1', '10.0.0.9');
list.addSubnet('8.8.0.0', 16);
list.addSubnet('fe80::', 10, 'ipv6');
list.addAddress(new net.SocketAddress({ address: '::2', family: 'ipv6' }));

assert.deepStrictEqual(list.rules, [
  'Address: IPv6 ::2',
  'Subnet: IPv6 fe80::/10',
  'Subnet: IPv4 8.8.0.0/16',
  'Range: IPv4 10.0.0.1-10.0.0.9',
  'Address: IPv4 1.2.3.4',
]);
assert.strictEqual(util.inspect(list), `BlockList {
  rules: [
    'Address: IPv6 ::2',
    'Subnet: IPv6 fe80::/10',
    'Subnet: IPv4 8.8.0.0/16',
    'Range: IPv4 10.0.0.1-10.0.0.9',
    'Address: IPv4 1.2.3.4'
  ]
}`);

assert.strictEqual(list.check('1.2.3.4'), true);
assert.strictEqual(list.check('1.2.3.5'), false);
assert.strictEqual(list.check('10.0.0.1'), true);
assert.strictEqual(list.check('10.0.0.9'), true);
assert.strictEqual(list.check('10.0.0.10'), false);
assert.strictEqual(list.check('8.8.255.255'), true);
assert.strictEqual(list.check('8.9.0.0'), false);
assert.strictEqual(list.check('fe80::1', 'ipv6'), true);
assert.strictEqual(list.check('febf:ffff::', 'ipv6'), true);
assert.strictEqual(list.check('fec0::', 'ipv6'), false);
assert.strictEqual(list.check('::2', 'ipv6'), true);
assert.strictEqual(list.check(new net.SocketAddress({ address: '8.8.8.8' })), true);
// IPv4-mapped IPv6 addresses match IPv4 rules and the other way round.
assert.strictEqual(list.check('::ffff:1.2.3.4', 'ipv6'), true);
assert.strictEqual(list.check('::ffff:10.0.0.5', 'ipv6'), true);
list.addAddress('::ffff:9.9.9.9', 'ipv6');
assert.strictEqual(list.check('9.9.9.9'), true);
// Malformed input is simply not on the list.
assert.strictEqual(list.check('not an address'), false);
assert.strictEqual(list.check('1.2.3.4', 'ipv7'), false);

assert.throws(() => list.addAddress(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "address" argument must be of type string. Received type number (1)',
});
assert.throws(() => list.addAddress('1.2.3'), {
  code: 'ERR_INVALID_ADDRESS',
  message: 'Invalid socket address',
});
assert.throws(() => list.addAddress('1.2.3.4', 'x'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.family' is invalid. Received 'x'",
});
assert.throws(() => list.addSubnet('1.2.3.4', 33), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "prefix" is out of range. It must be >= 0 && <= 32. Received 33',
});
assert.throws(() => list.addSubnet('::', 129, 'ipv6'), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "prefix" is out of range. It must be >= 0 && <= 128. Received 129',
});
assert.throws(() => list.addRange('1.2.3.5', '1.2.3.4'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'start' must come before end. Received SocketAddress " +
           "{ address: '1.2.3.5', port: 0, family: 'ipv4', flowlabel: 0 }",
});
assert.throws(() => list.addRange('1.2.3.4', 1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => list.check(1), { code: 'ERR_INVALID_ARG_TYPE' });
