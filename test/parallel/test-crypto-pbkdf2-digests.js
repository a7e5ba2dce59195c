'use strict';
// pbkdf2 with every family of digest (each SHA-2 size, spelled in upper case or as an
// RSA- alias, and digests OpenSSL derives by itself: md5, SHA-3, SHA-512/256), a
// password longer than the digest's block and output spanning several blocks.
const common = require('../common');
const assert = require('node:assert');
const crypto = require('node:crypto');

const password = 'a long password that is longer than one sha-256 block of sixty-four bytes';
const expected = [
  ['sha224',
    'cb6a662b60d6dc5724d5b8307806da6dec6a4c043f828977560a4839bf97a8c1e63a4d' +
    'e70c3ae2292f0938859d59647b24bbc28cc00e868fa516b47625fa437a4128e2630a48'],
  ['sha384',
    '756caaa40052b04f0f50a9f2bc08521fdab81671ca3ef555e718b352c58ad853bdafca' +
    'e81cf9cca1faffeb00ea6470b3990d81937e6cc583cfb59ee79fa3b2aa39a1d708f511'],
  ['sha512',
    '18eba50ce111e83279bc9a5eed22172e2dea2304ecd6735ab801659c6cf4c76d0c4e35' +
    '6820fe42752c38040f1aab0799ade35a3486b9ed5812308b52b13ddd775f0844d2bfff'],
  ['SHA256',
    '9f656132e58f0ebaf5fee54ba1e67869dd3621f1e5bb424c8b74c06c4f06e0450595f1' +
    '78609c237d1947abcc6fd02670c90d8db2ac4c56595e21deee4eb3ae534e556d92f0cd'],
  ['RSA-SHA1',
    '256faf3bec49144cc0f3fa06a8cd1330486b46a1e8c6a0640949671fafbdacf68573f9' +
    '8b6ae1896a6441e0bf96ea0069efd1a295073678c2eb0cc1a97849d6475bdee228db68'],
  ['md5',
    '02f3c975f217d978b515c13d1c8836ad3d7f9c6c90ea82d42797cb0ddad0b45656ddf9' +
    'ec3a68241281ca65d820157a788dd9ba8b8480367ee31172a8620272ebd3fcfdb3da1c'],
  ['sha3-256',
    '9f8e0b7267150c62b2a6a7fccc1426cd025f3b44e298313e5420633792a5d30fe6471c' +
    '638469b70a7b9855637eef58bf427dabad3092eb9081582daba34cbe7929b73fd40c54'],
  ['sha512-256',
    'bfe91e1700f561a65514bd28433f63ea9c7f799a35d254e2f76ecc01b36602078a7fbd' +
    'a3aebbd1b315f3365d3195b84d96ce13d2ad9caa33d3463d71c1cf46fdd0212b4d12cc'],
];
for (const [digest, hex] of expected) {
  assert.strictEqual(crypto.pbkdf2Sync(password, 'salt', 3, 70, digest).toString('hex'), hex);
  crypto.pbkdf2(password, 'salt', 3, 70, digest, common.mustSucceed((key) => {
    assert.strictEqual(key.toString('hex'), hex);
  }));
}
