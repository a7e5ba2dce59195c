'use strict';
// TLS handshakes per second for tools/bench/https.sh: a server and a client in one
// process; the client opens N connections one after another (full handshakes, no
// resumption) and each is closed once established. Prints handshakes/s.
const tls = require('tls');
const fs = require('fs');
const path = require('path');

const keys = path.join(__dirname, '..', '..', 'test', 'fixtures', 'keys');
const N = Number(process.env.HANDSHAKES) || 2000;
const ca = fs.readFileSync(path.join(keys, 'ca.pem'));
const server = tls.createServer({
  key: fs.readFileSync(path.join(keys, 'server.key')),
  cert: fs.readFileSync(path.join(keys, 'server.pem')),
}, (socket) => socket.end());

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const context = tls.createSecureContext({ ca });
  let done = 0;
  const start = process.hrtime.bigint();
  function one() {
    const socket = tls.connect({ port, host: '127.0.0.1', secureContext: context }, () => {
      socket.destroy();
      if (++done === N) {
        const seconds = Number(process.hrtime.bigint() - start) / 1e9;
        console.log((N / seconds).toFixed(0));
        server.close();
      } else {
        one();
      }
    });
  }
  one();
});
