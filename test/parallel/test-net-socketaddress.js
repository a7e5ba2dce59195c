'use strict';
// net.SocketAddress: defaults, canonical address text, accessors, toJSON,
// inspection and argument errors.
require('../common');
const assert = require('node:assert');
const net = require('node:net');
const util = require('node:util');

const { SocketAddress } = net;

{
  const sa = new SocketAddress();
  assert.strictEqual(sa.address, '127.0.0.1');
  assert.strictEqual(sa.port, 0);
  assert.strictEqual(sa.family, 'ipv4');
  assert.strictEqual(sa.flowlabel, 0);
  assert.strictEqual(util.inspect(sa),
                     "SocketAddress { address: '127.0.0.1', port: 0, family: 'ipv4', flowlabel: 0 }");
  assert.strictEqual(SocketAddress.isSocketAddress(sa), true);
  assert.strictEqual(SocketAddress.isSocketAddress({}), false);
  assert.strictEqual(SocketAddress.isSocketAddress(null), false);
}

{
  const sa = new SocketAddress({ family: 'ipv6' });
  assert.strictEqual(sa.address, '::');
  assert.strictEqual(sa.family, 'ipv6');
}

{
  const sa = new SocketAddress({
    address: '::FFFF:1.2.3.4', family: 'IPv6', port: 443, flowlabel: 5,
  });
  assert.deepStrictEqual(sa.toJSON(), {
    address: '::ffff:1.2.3.4', port: 443, family: 'ipv6', flowlabel: 5,
  });
  assert.strictEqual(JSON.stringify(sa),
                     '{"address":"::ffff:1.2.3.4","port":443,"family":"ipv6","flowlabel":5}');
}

{
  const sa = new SocketAddress({ address: '2001:DB8:0:0:0:0:0:1', family: 'ipv6' });
  assert.strictEqual(sa.address, '2001:db8::1');
}

assert.throws(() => new SocketAddress(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => new SocketAddress({ family: 'x' }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.family' is invalid. Received 'x'",
});
assert.throws(() => new SocketAddress({ family: 1 }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.family' is invalid. Received 1",
});
assert.throws(() => new SocketAddress({ address: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => new SocketAddress({ address: '1.2.3' }), {
  code: 'ERR_INVALID_ADDRESS',
  name: 'Error',
  message: 'Invalid socket address',
});
assert.throws(() => new SocketAddress({ address: '::1' }), { code: 'ERR_INVALID_ADDRESS' });
assert.throws(() => new SocketAddress({ port: 65536 }), {
  code: 'ERR_SOCKET_BAD_PORT',
  message: 'options.port should be >= 0 and < 65536. Received type number (65536).',
});
assert.throws(() => new SocketAddress({ flowlabel: -1, family: 'ipv6' }), {
  code: 'ERR_OUT_OF_RANGE',
});
