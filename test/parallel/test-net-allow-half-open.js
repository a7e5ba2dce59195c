'use strict';
// Without allowHalfOpen a socket ends its side when the peer ends; with it, the
// socket stays writable after 'end' until it is ended itself.
const common = require('../common');
const assert = require('node:assert');
const net = require('node:net');

// allowHalfOpen: true on the server: it answers after the client's FIN.
{
  const server = net.createServer({ allowHalfOpen: true }, common.mustCall((socket) => {
    let request = '';
    socket.setEncoding('utf8');
    socket.on('data', (d) => { request += d; });
    socket.on('end', common.mustCall(() => {
      assert.strictEqual(socket.writable, true);
      assert.strictEqual(socket.readyState, 'writeOnly');
      setTimeout(() => socket.end(`got ${request}`), 10);
    }));
  }));
  server.listen(0, '127.0.0.1', common.mustCall(() => {
    const client = net.connect({ port: server.address().port, host: '127.0.0.1',
                                 allowHalfOpen: true });
    client.end('question');
    let reply = '';
    client.setEncoding('utf8');
    client.on('data', (d) => { reply += d; });
    client.on('finish', common.mustCall(() => {
      assert.strictEqual(client.readyState, 'readOnly');
    }));
    client.on('close', common.mustCall((hadError) => {
      assert.strictEqual(hadError, false);
      assert.strictEqual(reply, 'got question');
      server.close();
    }));
  }));
}

// Default (allowHalfOpen false): the server socket ends itself after 'end', and
// writing after that fails with EPIPE.
{
  const server = net.createServer(common.mustCall((socket) => {
    assert.strictEqual(socket.allowHalfOpen, false);
    const order = [];
    socket.on('end', () => order.push('end'));
    socket.on('finish', () => order.push('finish'));
    socket.on('close', common.mustCall((hadError) => {
      order.push('close');
      assert.strictEqual(hadError, false);
      assert.deepStrictEqual(order, ['end', 'finish', 'close']);
      server.close();
    }));
    socket.resume();
  }));
  server.listen(0, '127.0.0.1', common.mustCall(() => {
    const client = net.connect(server.address().port, '127.0.0.1', () => client.end());
    client.resume();
  }));
}

{
  const server = net.createServer((socket) => {
    socket.resume();
    socket.on('end', common.mustCall(() => {
      socket.end();
      socket.write('late', common.mustCall((err) => {
        assert.strictEqual(err.code, 'EPIPE');
        assert.strictEqual(err.message, 'This socket has been ended by the other party');
      }));
    }));
    socket.on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'EPIPE');
      server.close();
    }));
  });
  server.listen(0, '127.0.0.1', common.mustCall(() => {
    net.connect(server.address().port, '127.0.0.1').end().resume();
  }));
}
