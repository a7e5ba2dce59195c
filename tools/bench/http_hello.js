'use strict';
// Hello-world HTTP server for tools/bench/http.sh: prints its port, then serves
// `res.end('hello world')` until killed.
const http = require('http');

const server = http.createServer((req, res) => {
  res.end('hello world');
});
server.listen(Number(process.env.PORT) || 0, '127.0.0.1', () => {
  console.log(server.address().port);
});
