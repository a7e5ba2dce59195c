'use strict';
// Keep-alive HTTP client for tools/bench/http.sh: `http_client.js PORT` keeps
// CONNECTIONS `http.request`s in flight through one keep-alive Agent (maxSockets
// CONNECTIONS) against the hello-world server on 127.0.0.1:PORT, each answer read
// to the end and checked. After WARMUP_MS it counts for DURATION_MS, then prints
// one line: requests/s, client CPU µs per request (process.cpuUsage over the
// counted window), peak RSS in kB (VmHWM), sockets used, failed requests.
const http = require('http');
const fs = require('fs');

const port = Number(process.argv[2]);
const connections = Number(process.env.CONNECTIONS) || 50;
const warmupMs = Number(process.env.WARMUP_MS) || 1000;
const durationMs = Number(process.env.DURATION_MS) || 5000;
const expected = 'hello world';

const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
const sockets = new Set();
let running = true;
let inFlight = 0;
let completed = 0;
let failed = 0;

function request() {
  inFlight++;
  const req = http.request({ host: '127.0.0.1', port, path: '/', agent }, (res) => {
    let body = '';
    res.setEncoding('latin1');
    res.on('data', (chunk) => { body += chunk; });
    res.on('end', () => {
      if (res.statusCode === 200 && body === expected) completed++;
      else failed++;
      next();
    });
  });
  req.on('socket', (socket) => sockets.add(socket));
  req.on('error', () => {
    failed++;
    next();
  });
  req.end();
}

function next() {
  inFlight--;
  if (running) request();
  else if (inFlight === 0) finish();
}

let window;  // what was counted: requests, seconds, CPU
function finish() {
  agent.destroy();
  const status = fs.readFileSync('/proc/self/status', 'utf8');
  const hwm = Number(/VmHWM:\s*(\d+)/.exec(status)[1]);
  const { counted, seconds, cpu } = window;
  const cpuUs = cpu.user + cpu.system;
  console.log(`${(counted / seconds).toFixed(0)} ${(cpuUs / counted).toFixed(2)} ${hwm} ` +
              `${sockets.size} ${failed}`);
}

for (let i = 0; i < connections; i++) request();

setTimeout(() => {
  const begin = { completed, time: process.hrtime.bigint(), cpu: process.cpuUsage() };
  setTimeout(() => {
    running = false;
    window = {
      counted: completed - begin.completed,
      seconds: Number(process.hrtime.bigint() - begin.time) / 1e9,
      cpu: process.cpuUsage(begin.cpu),
    };
  }, durationMs);
}, warmupMs);
