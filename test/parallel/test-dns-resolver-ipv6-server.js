'use strict';
// A Resolver pointed at "[::1]:port" queries that server: here a minimal DNS server
// written with dgram that answers every question with one A record.
const common = require('../common');
const assert = require('node:assert');
const dgram = require('node:dgram');
const dns = require('node:dns');

const server = dgram.createSocket('udp6');
server.on('message', common.mustCall((query, rinfo) => {
  // Header: same id, QR|AA|RD|RA, NOERROR, 1 question, 1 answer.
  const header = Buffer.alloc(12);
  query.copy(header, 0, 0, 2);
  header.writeUInt16BE(0x8580, 2);
  header.writeUInt16BE(1, 4);
  header.writeUInt16BE(1, 6);
  const question = query.subarray(12);
  const answer = Buffer.from([
    0xc0, 0x0c,  // the question's name
    0, 1, 0, 1,  // A, IN
    0, 0, 0x0e, 0x10,  // TTL 3600
    0, 4, 198, 51, 100, 7,
  ]);
  server.send([header, question, answer], rinfo.port, rinfo.address);
}));

server.bind(0, '::1', common.mustCall(() => {
  const { port } = server.address();
  const resolver = new dns.Resolver();
  resolver.setServers([`[::1]:${port}`]);
  assert.deepStrictEqual(resolver.getServers(), [`[::1]:${port}`]);
  resolver.resolve4('anything.test', { ttl: true }, common.mustCall((err, records) => {
    assert.ifError(err);
    assert.deepStrictEqual(records, [{ address: '198.51.100.7', ttl: 3600 }]);
    server.close();
  }));
}));
