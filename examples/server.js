'use strict';
// An HTTP server on rt: answers every request with a short text (JSON on /info),
// listens on $PORT (default 8080), prints its address, and closes cleanly on
// SIGINT or SIGTERM. Try `curl http://127.0.0.1:8080/info`.

const http = require('http');
const os = require('os');

const port = Number(process.env.PORT) || 8080;
let requests = 0;

const server = http.createServer((req, res) => {
  requests++;
  if (req.url === '/info') {
    const body = JSON.stringify({
      runtime: process.versions.rt ? `rt ${process.versions.rt}` : `node ${process.version}`,
      host: os.hostname(),
      pid: process.pid,
      uptime: Number(process.uptime().toFixed(2)),
      rssMB: Number((process.memoryUsage().rss / 1048576).toFixed(1)),
      requests,
    });
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(body);
    return;
  }
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.end(`hello from rt: ${req.method} ${req.url}\n`);
});

server.listen(port, () => {
  const { address, port: actual } = server.address();
  console.log(`listening on http://${address.includes(':') ? `[${address}]` : address}:${actual}`);
});

function shutdown(signal) {
  console.log(`${signal}: closing after ${requests} request(s)`);
  server.close(() => console.log('closed'));
  // Keep-alive connections that are idle go now; busy ones finish their response.
  server.closeIdleConnections();
}
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
