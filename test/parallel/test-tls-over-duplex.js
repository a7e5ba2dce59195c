'use strict';
// TLS over a Duplex that is not a socket: tls.connect({ socket: duplex }) and
// new tls.TLSSocket(duplex) (as http2-wrapper builds one at require time, reaching
// _handle._parentWrap.constructor). The duplex here relays to a real TCP connection.
const assert = require('assert');
const fs = require('fs');
const net = require('net');
const path = require('path');
const tls = require('tls');
const { Duplex, PassThrough } = require('stream');

const keys = path.join(__dirname, '..', 'fixtures', 'keys');
const key = fs.readFileSync(path.join(keys, 'server.key'));
const cert = fs.readFileSync(path.join(keys, 'server.pem'));
const ca = fs.readFileSync(path.join(keys, 'ca.pem'));

// Constructing one over any stream works, and exposes the parent wrapper's class.
{
  const socket = new tls.TLSSocket(new PassThrough());
  const JSStreamSocket = socket._handle._parentWrap.constructor;
  assert.strictEqual(typeof JSStreamSocket, 'function');
  assert.ok(socket._handle._parentWrap instanceof net.Socket);
  socket.destroy();
}

// A Duplex that is not a net.Socket, relaying to `tcp`.
function relay(tcp) {
  const duplex = new Duplex({
    write(chunk, encoding, callback) { tcp.write(chunk, callback); },
    final(callback) { tcp.end(); callback(); },
    read() {},
  });
  tcp.on('data', (chunk) => duplex.push(chunk));
  tcp.on('end', () => duplex.push(null));
  return duplex;
}

const server = tls.createServer({ key, cert }, (socket) => {
  socket.setEncoding('utf8');
  let received = '';
  socket.on('data', (d) => {
    received += d;
    if (received.endsWith('\n')) socket.end(`echo: ${received}`);
  });
});

server.listen(0, '127.0.0.1', () => {
  const tcp = net.connect(server.address().port, '127.0.0.1', () => {
    const duplex = relay(tcp);
    const client = tls.connect({ socket: duplex, ca, servername: 'localhost' }, () => {
      assert.strictEqual(client.authorized, true);
      assert.strictEqual(client.encrypted, true);
      assert.match(client.getProtocol(), /^TLSv1\.[23]$/);
      client.write('hello over a duplex\n');
    });
    let answer = '';
    client.setEncoding('utf8');
    client.on('data', (d) => { answer += d; });
    client.on('end', () => {
      assert.strictEqual(answer, 'echo: hello over a duplex\n');
      untrusted(server.address().port);
    });
  });
});

// Without the CA the handshake fails: 'error' with the verify code, then 'close'.
function untrusted(port) {
  const tcp = net.connect(port, '127.0.0.1', () => {
    const client = tls.connect({ socket: relay(tcp), servername: 'localhost' });
    const events = [];
    client.on('error', (err) => events.push(`error ${err.code}`));
    client.on('close', () => {
      events.push('close');
      assert.deepStrictEqual(events, ['error UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'close']);
      tcp.destroy();
      server.close();
    });
  });
}

// A stream that answers with bytes that are not TLS, and one that is destroyed
// mid-handshake: each TLS socket fails with one error, then closes.
for (const behaviour of ['not-tls', 'destroyed']) {
  let answered = false;
  const stream = new Duplex({
    write(chunk, encoding, callback) { callback(); },
    read() {
      if (behaviour === 'not-tls' && !answered) {
        answered = true;
        this.push(Buffer.from('HTTP/1.1 200 OK\r\n\r\n'));
      }
    },
  });
  const socket = tls.connect({ socket: stream, servername: 'localhost' });
  let errors = 0;
  socket.on('error', () => errors++);
  socket.on('close', () => assert.strictEqual(errors, 1, behaviour));
  if (behaviour === 'destroyed') setImmediate(() => stream.destroy(new Error('gone')));
}
