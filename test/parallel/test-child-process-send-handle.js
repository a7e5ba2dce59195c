'use strict';
// child.send(message, handle): a net.Socket accepted by the parent and a listening
// net.Server arrive in the child as working objects; bad handles are refused.
const assert = require('assert');
const { fork } = require('child_process');
const net = require('net');

if (process.argv[2] === 'child') {
  let server;
  process.on('message', (msg, handle) => {
    if (msg.kind === 'socket') {
      assert.ok(handle instanceof net.Socket);
      handle.end(`child answered ${msg.n}\n`);
    } else if (msg.kind === 'server') {
      assert.ok(handle instanceof net.Server);
      assert.strictEqual(handle.listening, true);
      server = handle;
      server.on('connection', (socket) => socket.end('child server\n'));
      process.send({ ready: true, port: server.address().port });
    } else if (msg.kind === 'done') {
      server.close();
      process.disconnect();
    }
  });
  return;
}

const child = fork(__filename, ['child']);
assert.throws(() => child.send('x', {}), {
  name: 'TypeError', code: 'ERR_INVALID_HANDLE_TYPE', message: 'This handle type cannot be sent',
});

const received = [];
const parentServer = net.createServer((socket) => {
  child.send({ kind: 'socket', n: received.length + 1 }, socket);
});

function fetch(port, cb) {
  const c = net.connect(port, '127.0.0.1');
  let data = '';
  c.setEncoding('utf8');
  c.on('data', (d) => { data += d; });
  c.on('end', () => cb(data));
}

parentServer.listen(0, '127.0.0.1', () => {
  const { port } = parentServer.address();
  // Three connections, one after another, each answered by the child.
  const next = () => fetch(port, (data) => {
    received.push(data);
    if (received.length < 3) return next();
    parentServer.close();
    // Now the listening socket itself.
    const server = net.createServer((socket) => socket.end('parent server\n'));
    server.listen(0, '127.0.0.1', () => {
      child.send({ kind: 'server' }, server, (err) => {
        assert.ifError(err);
        server.close();
      });
    });
  });
  next();
});

child.on('message', (msg) => {
  assert.strictEqual(msg.ready, true);
  fetch(msg.port, (data) => {
    received.push(data);
    child.send({ kind: 'done' });
  });
});

child.on('exit', (code) => {
  assert.strictEqual(code, 0);
  assert.deepStrictEqual(received, [
    'child answered 1\n', 'child answered 2\n', 'child answered 3\n', 'child server\n',
  ]);
});
