'use strict';
// JSON body for tools/bench/http.sh: prints its port, then answers every request
// with a page of an API listing (json_page.js, 3 321 bytes), serialised afresh each
// time with JSON.stringify, until killed.
const http = require('http');

const page = require('./json_page');

const server = http.createServer((req, res) => {
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify(page));
});
server.listen(Number(process.env.PORT) || 0, '127.0.0.1', () => {
  console.log(server.address().port);
});
