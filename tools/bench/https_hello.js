'use strict';
// Hello-world HTTPS server for tools/bench/https.sh: prints its port, then serves
// `res.end('hello world')` with the test certificate until killed.
const https = require('https');
const fs = require('fs');
const path = require('path');

const keys = path.join(__dirname, '..', '..', 'test', 'fixtures', 'keys');
const server = https.createServer({
  key: fs.readFileSync(path.join(keys, 'server.key')),
  cert: fs.readFileSync(path.join(keys, 'server.pem')),
}, (req, res) => {
  res.end('hello world');
});
server.listen(Number(process.env.PORT) || 0, '127.0.0.1', () => {
  console.log(server.address().port);
});
