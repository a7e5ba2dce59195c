'use strict';

// TCP throughput over localhost, rt against node: a server and a client in one
// process. Cases: bulk (client sends N MiB in 64 KiB chunks, server counts),
// echo (client sends N MiB in 16 KiB chunks, server pipes them back), and small
// (many 100-byte writes, the uv_try_write fast path).
//   node tools/bench/net.js [path/to/rt]   runs both and prints MiB/s and rt/node
//   <runtime> tools/bench/net.js --worker  measures the runtime it runs in (JSON lines)
// A ratio above 1 means rt moves more bytes per second than node. MIB sets the
// volume of the bulk and echo cases (default 256).

const net = require('net');

const MIB = Number(process.env.MIB || 256);

function now() {
  return Number(process.hrtime.bigint()) / 1e6;
}

// Runs one case; resolves with MiB/s. onConnection(socket, done) is the server
// side; drive(client, finish) the client side.
function runCase(onConnection, drive) {
  return new Promise((resolve, reject) => {
    const server = net.createServer((socket) => onConnection(socket));
    server.listen(0, '127.0.0.1', () => {
      const client = net.connect(server.address().port, '127.0.0.1');
      client.on('error', reject);
      client.on('connect', () => {
        const start = now();
        drive(client, (bytes) => {
          const elapsed = now() - start;
          client.destroy();
          server.close();
          resolve(bytes / (1024 * 1024) / (elapsed / 1000));
        });
      });
    });
  });
}

// Writes `total` bytes as `chunk`s, honouring backpressure.
function pump(socket, chunk, total, then) {
  let sent = 0;
  function more() {
    while (sent < total) {
      sent += chunk.length;
      if (!socket.write(chunk)) {
        socket.once('drain', more);
        return;
      }
    }
    if (then) then();
  }
  more();
}

function bulk() {
  const total = MIB * 1024 * 1024;
  const chunk = Buffer.alloc(64 * 1024, 'b');
  let finish;
  return runCase((socket) => {
    let received = 0;
    socket.on('data', (d) => {
      received += d.length;
      if (received === total) finish(received);
    });
  }, (client, done) => {
    finish = done;
    pump(client, chunk, total);
  });
}

function echo() {
  const total = MIB * 1024 * 1024;
  const chunk = Buffer.alloc(16 * 1024, 'e');
  return runCase((socket) => socket.pipe(socket), (client, done) => {
    let received = 0;
    client.on('data', (d) => {
      received += d.length;
      if (received === total) done(received * 2);
    });
    pump(client, chunk, total);
  });
}

function small() {
  const total = Math.max(1, MIB / 16) * 1024 * 1024;
  const chunk = Buffer.alloc(100, 's');
  let finish;
  return runCase((socket) => {
    let received = 0;
    socket.on('data', (d) => {
      received += d.length;
      if (received >= total) finish(received);
    });
  }, (client, done) => {
    finish = done;
    pump(client, chunk, total);
  });
}

async function worker() {
  const cases = [['bulk 64 KiB writes', bulk], ['echo 16 KiB writes', echo],
                 ['small 100 B writes', small]];
  for (const [name, fn] of cases) {
    await fn();  // warm-up
    const rate = await fn();
    console.log(JSON.stringify({ name, rate }));
  }
}

function run(runtime) {
  const { execFileSync } = require('child_process');
  const out = execFileSync(runtime, [__filename, '--worker'], { encoding: 'utf8' });
  const results = new Map();
  for (const line of out.split('\n')) {
    if (line.startsWith('{')) {
      const { name, rate } = JSON.parse(line);
      results.set(name, rate);
    }
  }
  return results;
}

function driver() {
  const path = require('path');
  const rt = process.argv[2] || path.join(__dirname, '..', '..', 'out', 'Release', 'rt');
  const rtResults = run(rt);
  const nodeResults = run(process.execPath);
  console.log(`${'case'.padEnd(22)}${'rt MiB/s'.padStart(10)}${'node MiB/s'.padStart(12)}` +
              `${'rt/node'.padStart(9)}`);
  let logSum = 0;
  for (const [name, nodeRate] of nodeResults) {
    const rtRate = rtResults.get(name);
    const ratio = rtRate / nodeRate;
    logSum += Math.log(ratio);
    console.log(`${name.padEnd(22)}${rtRate.toFixed(0).padStart(10)}` +
                `${nodeRate.toFixed(0).padStart(12)}${ratio.toFixed(2).padStart(9)}`);
  }
  console.log(`geometric mean rt/node: ${Math.exp(logSum / nodeResults.size).toFixed(2)}`);
}

if (process.argv.includes('--worker')) worker();
else driver();
