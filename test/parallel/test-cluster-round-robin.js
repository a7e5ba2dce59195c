'use strict';
// cluster with the default round-robin policy: workers listen on one port through the
// primary, connections are shared out between them, and the primary sees fork,
// online, listening, message, disconnect and exit for each worker.
const assert = require('assert');
const cluster = require('cluster');
const http = require('http');

if (cluster.isWorker) {
  assert.strictEqual(cluster.isPrimary, false);
  assert.strictEqual(process.env.NODE_UNIQUE_ID, undefined);
  http.createServer((req, res) => res.end(`worker ${process.env.WORKER_NAME}`))
    .listen(0, '127.0.0.1');
  process.send({ hello: cluster.worker.id });
  return;
}

assert.strictEqual(cluster.isPrimary, true);
assert.strictEqual(cluster.isMaster, true);
assert.strictEqual(cluster.isWorker, false);
assert.strictEqual(cluster.schedulingPolicy, cluster.SCHED_RR);

const events = [];
cluster.on('fork', (w) => events.push(`fork ${w.id}`));
cluster.on('online', (w) => events.push(`online ${w.id}`));
cluster.on('exit', (w, code, signal) => {
  events.push(`exit ${w.id} ${code} ${signal} ${w.exitedAfterDisconnect} ${w.state}`);
});
cluster.on('disconnect', (w) => events.push(`disconnect ${w.id}`));
cluster.on('message', (w, m) => events.push(`message ${w.id} ${JSON.stringify(m)}`));

const ports = new Set();
cluster.on('listening', (worker, address) => {
  assert.strictEqual(address.addressType, 4);
  assert.strictEqual(address.address, '127.0.0.1');
  assert.strictEqual(worker.state, 'listening');
  ports.add(address.port);
  if (ports.size === 1 && Object.values(cluster.workers).every((w) => w.state === 'listening')) {
    request(address.port);
  }
});

const a = cluster.fork({ WORKER_NAME: 'a' });
const b = cluster.fork({ WORKER_NAME: 'b' });
assert.deepStrictEqual(Object.keys(cluster.workers), ['1', '2']);
assert.strictEqual(a.id, 1);
assert.strictEqual(b.id, 2);
assert.strictEqual(a.state, 'none');
assert.ok(a instanceof cluster.Worker);

let served = 0;
const bodies = new Set();
function request(port) {
  http.get({ port, host: '127.0.0.1', agent: false }, (res) => {
    let body = '';
    res.on('data', (d) => { body += d; });
    res.on('end', () => {
      bodies.add(body);
      if (++served < 10) return request(port);
      assert.deepStrictEqual([...bodies].sort(), ['worker a', 'worker b']);
      cluster.disconnect(() => {
        assert.deepStrictEqual(Object.keys(cluster.workers), []);
        events.push('all disconnected');
      });
    });
  });
}

process.on('exit', () => {
  assert.strictEqual(ports.size, 1);
  assert.deepStrictEqual(events.sort(), [
    'all disconnected',
    'disconnect 1', 'disconnect 2',
    'exit 1 0 null true dead', 'exit 2 0 null true dead',
    'fork 1', 'fork 2',
    'message 1 {"hello":1}', 'message 2 {"hello":2}',
    'online 1', 'online 2',
  ]);
});
