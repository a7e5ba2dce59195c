'use strict';
// cluster workers that fail: a listen error reaches the worker's server as Node's
// 'bind' error, kill() ends a worker with SIGTERM, a crash exits with 1, and
// SCHED_NONE workers get the listening socket itself.
const assert = require('assert');
const cluster = require('cluster');
const net = require('net');

if (cluster.isWorker) {
  if (process.env.MODE === 'busy-port') {
    const server = net.createServer();
    server.on('error', (e) => process.send({ code: e.code, syscall: e.syscall, message: e.message }));
    server.listen(Number(process.env.PORT), '127.0.0.1');
  } else if (process.env.MODE === 'crash') {
    process.exitCode = 1;
    throw new Error('worker crash');
  } else if (process.env.MODE === 'shared') {
    net.createServer((socket) => socket.end(`shared ${cluster.worker.id}`))
      .listen(0, '127.0.0.1', () => process.send('ready'));
  }
  return;
}

const results = [];
const blocker = net.createServer().listen(0, '127.0.0.1', () => {
  const port = blocker.address().port;
  const w = cluster.fork({ MODE: 'busy-port', PORT: port });
  w.on('message', (m) => {
    assert.deepStrictEqual(m, {
      code: 'EADDRINUSE', syscall: 'bind', message: `bind EADDRINUSE 127.0.0.1:${port}`,
    });
    w.kill();
  });
  w.on('exit', (code, signal) => {
    results.push(['busy-port', code, signal, w.exitedAfterDisconnect, w.isDead()]);
    blocker.close();
    const crash = cluster.fork({ MODE: 'crash' });
    // Its stderr (the uncaught error) is not this test's business.
    crash.process.stderr?.resume();
    crash.on('exit', (code, signal) => {
      results.push(['crash', code, signal, crash.exitedAfterDisconnect]);
      sharedPolicy();
    });
  });
});

function sharedPolicy() {
  cluster.schedulingPolicy = cluster.SCHED_NONE;
  cluster.setupPrimary({ silent: false });
  const w = cluster.fork({ MODE: 'shared' });
  // 'ready' and 'listening' may come in either order.
  let port;
  let waiting = 2;
  cluster.once('listening', (worker, address) => {
    port = address.port;
    if (--waiting === 0) connect();
  });
  w.once('message', () => {
    if (--waiting === 0) connect();
  });
  function connect() {
    {
      const socket = net.connect(port, '127.0.0.1');
      let data = '';
      socket.on('data', (d) => { data += d; });
      socket.on('end', () => {
        results.push(['shared', data]);
        w.disconnect();
      });
    }
  }
  w.on('exit', (code, signal) => results.push(['shared exit', code, signal, w.exitedAfterDisconnect]));
}

process.on('exit', () => {
  assert.deepStrictEqual(results, [
    ['busy-port', null, 'SIGTERM', false, true],
    ['crash', 1, null, false],
    ['shared', `shared ${3}`],
    ['shared exit', 0, null, true],
  ]);
});
