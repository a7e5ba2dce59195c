'use strict';
// 64 KiB body for tools/bench/http.sh: prints its port, then answers every
// request with the same 65 536-byte Buffer through `res.end` until killed.
const http = require('http');

const body = Buffer.alloc(64 * 1024, 'abcdefghijklmnopqrstuvwxyz0123456789\n');

const server = http.createServer((req, res) => {
  res.end(body);
});
server.listen(Number(process.env.PORT) || 0, '127.0.0.1', () => {
  console.log(server.address().port);
});
