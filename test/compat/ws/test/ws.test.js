'use strict';
// Exercises ws's public API over real loopback sockets. ws's own test suite
// is not published to npm, so this suite covers the same areas by hand.
const assert = require('assert');
const fs = require('fs');
const http = require('http');
const https = require('https');
const path = require('path');
const net = require('net');
const crypto = require('crypto');
const { Duplex } = require('stream');
const WebSocket = require('ws');
const { WebSocketServer, createWebSocketStream } = WebSocket;

function withServer(opts, onConn, fn) {
  const wss = new WebSocketServer({ port: 0, ...opts }, () => {
    fn(wss, `ws://127.0.0.1:${wss.address().port}`);
  });
  if (onConn) wss.on('connection', onConn);
  return wss;
}

describe('ws', () => {
  it('exports constants', () => {
    assert.deepStrictEqual(
      [WebSocket.CONNECTING, WebSocket.OPEN, WebSocket.CLOSING, WebSocket.CLOSED],
      [0, 1, 2, 3]);
    assert.strictEqual(WebSocketServer, WebSocket.Server);
  });

  it('rejects invalid urls', () => {
    assert.throws(() => new WebSocket('foo'), /Invalid URL/);
    assert.throws(() => new WebSocket('http://x/#a'), SyntaxError);
  });

  it('echoes text messages', (done) => {
    withServer({}, (s) => s.on('message', (d, isBinary) => {
      assert.strictEqual(isBinary, false);
      s.send(d.toString() + '!');
    }), (wss, url) => {
      const ws = new WebSocket(url);
      ws.on('open', () => {
        assert.strictEqual(ws.readyState, WebSocket.OPEN);
        ws.send('héllo');
      });
      ws.on('message', (d, isBinary) => {
        assert.ok(Buffer.isBuffer(d));
        assert.strictEqual(isBinary, false);
        assert.strictEqual(d.toString(), 'héllo!');
        ws.close();
      });
      ws.on('close', (code) => {
        assert.strictEqual(code, 1005);
        wss.close(done);
      });
    });
  });

  it('echoes binary messages of several sizes', (done) => {
    const sizes = [0, 1, 125, 126, 65535, 65536, 1024 * 1024 + 7];
    withServer({}, (s) => s.on('message', (d, isBinary) => {
      assert.strictEqual(isBinary, true);
      s.send(d);
    }), (wss, url) => {
      const ws = new WebSocket(url);
      const bufs = sizes.map((n) => crypto.randomBytes(n));
      let i = 0;
      ws.on('open', () => bufs.forEach((b) => ws.send(b)));
      ws.on('message', (d) => {
        assert.ok(d.equals(bufs[i]), `size ${sizes[i]}`);
        if (++i === bufs.length) ws.close();
      });
      ws.on('close', () => wss.close(done));
    });
  });

  it('supports binaryType arraybuffer and fragments', (done) => {
    withServer({}, (s) => { s.send(Buffer.from([1, 2, 3])); }, (wss, url) => {
      const ws = new WebSocket(url);
      ws.binaryType = 'arraybuffer';
      ws.on('message', (d) => {
        assert.ok(d instanceof ArrayBuffer);
        assert.deepStrictEqual([...new Uint8Array(d)], [1, 2, 3]);
        ws.close();
      });
      ws.on('close', () => wss.close(done));
    });
  });

  it('sends fragmented messages', (done) => {
    withServer({}, (s) => {
      s.send('ab', { fin: false });
      s.send('cd', { fin: false });
      s.send('ef', { fin: true });
    }, (wss, url) => {
      const ws = new WebSocket(url);
      ws.on('message', (d) => {
        assert.strictEqual(d.toString(), 'abcdef');
        ws.close();
      });
      ws.on('close', () => wss.close(done));
    });
  });

  it('negotiates permessage-deflate and compresses', (done) => {
    const big = 'x'.repeat(200000);
    withServer({ perMessageDeflate: { threshold: 0 } }, (s) => {
      assert.strictEqual(s.extensions, 'permessage-deflate');
      s.on('message', (d) => s.send(d.toString().toUpperCase()));
    }, (wss, url) => {
      const ws = new WebSocket(url, { perMessageDeflate: true });
      let received = 0;
      ws.on('upgrade', (res) => {
        assert.match(res.headers['sec-websocket-extensions'], /^permessage-deflate/);
      });
      ws.on('open', () => {
        assert.strictEqual(ws.extensions, 'permessage-deflate');
        ws.send(big);
        ws.send('small');
      });
      ws.on('message', (d) => {
        received++;
        if (received === 1) assert.strictEqual(d.toString(), big.toUpperCase());
        else {
          assert.strictEqual(d.toString(), 'SMALL');
          ws.close();
        }
      });
      ws.on('close', () => wss.close(done));
    });
  });

  it('closes with a code and reason', (done) => {
    withServer({}, (s) => s.close(4001, 'bye now'), (wss, url) => {
      const ws = new WebSocket(url);
      ws.on('close', (code, reason) => {
        assert.strictEqual(code, 4001);
        assert.ok(Buffer.isBuffer(reason));
        assert.strictEqual(reason.toString(), 'bye now');
        assert.strictEqual(ws.readyState, WebSocket.CLOSED);
        wss.close(done);
      });
    });
  });

  it('terminate gives 1006', (done) => {
    withServer({}, (s) => s.terminate(), (wss, url) => {
      const ws = new WebSocket(url);
      ws.on('close', (code) => {
        assert.strictEqual(code, 1006);
        wss.close(done);
      });
    });
  });

  it('ping and pong with payloads', (done) => {
    withServer({}, (s) => {
      s.once('pong', (d) => {
        assert.strictEqual(d.toString(), 'p1');
        s.ping('p2');
      });
      s.ping('p1');
    }, (wss, url) => {
      const ws = new WebSocket(url);
      let pings = 0;
      ws.on('ping', (d) => {
        pings++;
        if (pings === 2) {
          assert.strictEqual(d.toString(), 'p2');
          ws.close();
        }
      });
      ws.on('close', () => wss.close(done));
    });
  });

  it('negotiates a subprotocol', (done) => {
    withServer({
      handleProtocols: (set) => {
        assert.ok(set instanceof Set);
        assert.deepStrictEqual([...set], ['a', 'b']);
        return 'b';
      }
    }, (s) => { assert.strictEqual(s.protocol, 'b'); s.close(); }, (wss, url) => {
      const ws = new WebSocket(url, ['a', 'b']);
      ws.on('open', () => assert.strictEqual(ws.protocol, 'b'));
      ws.on('close', () => wss.close(done));
    });
  });

  it('verifyClient can reject with a status', (done) => {
    withServer({
      verifyClient: (info, cb) => cb(false, 403, 'Nope', { 'X-Why': 'test' })
    }, null, (wss, url) => {
      const ws = new WebSocket(url);
      ws.on('unexpected-response', (req, res) => {
        assert.strictEqual(res.statusCode, 403);
        assert.strictEqual(res.headers['x-why'], 'test');
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c) => { body += c; });
        res.on('end', () => {
          assert.strictEqual(body, 'Nope');
          wss.close(done);
        });
      });
    });
  });

  it('fails the handshake on a non-101 response', (done) => {
    const server = http.createServer((req, res) => {
      res.writeHead(400);
      res.end();
    });
    server.listen(0, () => {
      const ws = new WebSocket(`ws://127.0.0.1:${server.address().port}`);
      ws.on('error', (err) => {
        assert.strictEqual(err.message, 'Unexpected server response: 400');
        ws.on('close', () => server.close(done));
      });
    });
  });

  it('handleUpgrade with noServer on a shared http server', (done) => {
    const server = http.createServer((req, res) => res.end('plain'));
    const wss = new WebSocketServer({ noServer: true });
    server.on('upgrade', (req, socket, head) => {
      assert.strictEqual(req.url, '/chat?x=1');
      assert.ok(socket instanceof net.Socket);
      wss.handleUpgrade(req, socket, head, (ws, request) => {
        assert.strictEqual(request, req);
        wss.emit('connection', ws, request);
      });
    });
    wss.on('connection', (ws, req) => {
      assert.strictEqual(req.headers.upgrade, 'websocket');
      ws.send('from-server');
    });
    server.listen(0, () => {
      const port = server.address().port;
      http.get(`http://127.0.0.1:${port}/`, (res) => {
        let body = '';
        res.on('data', (c) => { body += c; });
        res.on('end', () => {
          assert.strictEqual(body, 'plain');
          const ws = new WebSocket(`ws://127.0.0.1:${port}/chat?x=1`);
          ws.on('message', (d) => {
            assert.strictEqual(d.toString(), 'from-server');
            ws.close();
          });
          ws.on('close', () => { wss.close(); server.close(done); });
        });
      });
    });
  });

  it('server path option rejects other paths', (done) => {
    withServer({ path: '/only' }, null, (wss, url) => {
      const ws = new WebSocket(url + '/other');
      ws.on('error', (err) => {
        assert.strictEqual(err.message, 'Unexpected server response: 400');
        ws.on('close', () => wss.close(done));
      });
    });
  });

  it('enforces maxPayload', (done) => {
    withServer({ maxPayload: 10 }, (s) => {
      s.on('error', (err) => {
        assert.strictEqual(err.code, 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH');
        assert.ok(err instanceof RangeError);
      });
    }, (wss, url) => {
      const ws = new WebSocket(url);
      ws.on('open', () => ws.send('x'.repeat(11)));
      ws.on('close', (code) => {
        assert.strictEqual(code, 1009);
        wss.close(done);
      });
    });
  });

  it('tracks clients and closes them on server close', (done) => {
    withServer({}, null, (wss, url) => {
      let open = 0;
      const closed = [];
      for (let i = 0; i < 3; i++) {
        const ws = new WebSocket(url);
        ws.on('open', () => {
          if (++open === 3) {
            setImmediate(() => {
              assert.strictEqual(wss.clients.size, 3);
              for (const c of wss.clients) c.close(1001);
            });
          }
        });
        ws.on('close', (code) => {
          closed.push(code);
          if (closed.length === 3) {
            assert.deepStrictEqual(closed, [1001, 1001, 1001]);
            setImmediate(() => {
              assert.strictEqual(wss.clients.size, 0);
              wss.close(done);
            });
          }
        });
      }
    });
  });

  it('send callback and bufferedAmount', (done) => {
    withServer({}, null, (wss, url) => {
      const ws = new WebSocket(url);
      ws.on('open', () => {
        assert.strictEqual(ws.bufferedAmount, 0);
        ws.send(Buffer.alloc(1000), (err) => {
          assert.ifError(err);
          ws.close();
        });
      });
      ws.on('close', () => wss.close(done));
    });
  });

  it('send after close errors in the callback', (done) => {
    withServer({}, null, (wss, url) => {
      const ws = new WebSocket(url);
      ws.on('close', () => {
        ws.send('x', (err) => {
          assert.ok(err instanceof Error);
          assert.match(err.message, /WebSocket is not open: readyState 3 \(CLOSED\)/);
          wss.close(done);
        });
      });
      ws.on('open', () => ws.close());
    });
  });

  it('EventTarget interface', (done) => {
    withServer({}, (s) => s.send('evt'), (wss, url) => {
      const ws = new WebSocket(url);
      ws.addEventListener('open', (ev) => assert.strictEqual(ev.type, 'open'));
      ws.onmessage = (ev) => {
        assert.strictEqual(ev.type, 'message');
        assert.strictEqual(ev.data.toString(), 'evt');
        assert.strictEqual(ev.target, ws);
        ws.close(1000, 'ok');
      };
      ws.onclose = (ev) => {
        assert.strictEqual(ev.code, 1000);
        assert.strictEqual(ev.reason, 'ok');
        assert.strictEqual(ev.wasClean, true);
        wss.close(done);
      };
    });
  });

  it('createWebSocketStream duplex', (done) => {
    withServer({}, (s) => {
      const duplex = createWebSocketStream(s);
      duplex.pipe(duplex);
    }, (wss, url) => {
      const ws = new WebSocket(url);
      const duplex = createWebSocketStream(ws, { encoding: 'utf8' });
      assert.ok(duplex instanceof Duplex);
      let got = '';
      duplex.on('data', (c) => {
        got += c;
        if (got === 'onetwo') duplex.end();
      });
      duplex.on('close', () => {
        assert.strictEqual(got, 'onetwo');
        wss.close(done);
      });
      duplex.write('one');
      duplex.write('two');
    });
  });

  it('connection error on a closed port', (done) => {
    const srv = net.createServer();
    srv.listen(0, () => {
      const port = srv.address().port;
      srv.close(() => {
        const ws = new WebSocket(`ws://127.0.0.1:${port}`);
        ws.on('error', (err) => {
          assert.strictEqual(err.code, 'ECONNREFUSED');
          ws.on('close', (code) => {
            assert.strictEqual(code, 1006);
            done();
          });
        });
      });
    });
  });

  it('raw handshake over net matches RFC 6455 accept key', (done) => {
    withServer({}, null, (wss) => {
      const key = crypto.randomBytes(16).toString('base64');
      const sock = net.connect(wss.address().port, '127.0.0.1', () => {
        sock.write(
          'GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\n' +
          'Connection: Upgrade\r\nSec-WebSocket-Version: 13\r\n' +
          `Sec-WebSocket-Key: ${key}\r\n\r\n`);
      });
      let data = '';
      sock.setEncoding('latin1');
      sock.on('data', (c) => {
        data += c;
        if (!data.includes('\r\n\r\n')) return;
        const expected = crypto.createHash('sha1')
          .update(key + '258EAFA5-E914-47DA-95CA-C5AB0DC85B11').digest('base64');
        assert.match(data, /^HTTP\/1\.1 101 Switching Protocols\r\n/);
        assert.ok(data.includes(`Sec-WebSocket-Accept: ${expected}\r\n`), data);
        sock.destroy();
        wss.close(done);
      });
    });
  });

  it('rejects a bad Sec-WebSocket-Version', (done) => {
    withServer({}, null, (wss) => {
      const sock = net.connect(wss.address().port, '127.0.0.1', () => {
        sock.write(
          'GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\n' +
          'Connection: Upgrade\r\nSec-WebSocket-Version: 99\r\n' +
          'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n');
      });
      let data = '';
      sock.setEncoding('latin1');
      sock.on('data', (c) => { data += c; });
      sock.on('close', () => {
        assert.match(data, /^HTTP\/1\.1 400 Bad Request\r\n/);
        wss.close(done);
      });
    });
  });

  it('wss over https with a self-signed certificate', (done) => {
    const keys = path.join(__dirname, '..', '..', '..', 'fixtures', 'keys');
    const server = https.createServer({
      key: fs.readFileSync(path.join(keys, 'selfsigned.key')),
      cert: fs.readFileSync(path.join(keys, 'selfsigned.pem'))
    });
    const wss = new WebSocketServer({ server, perMessageDeflate: true });
    wss.on('connection', (s) => s.on('message', (d) => s.send(d)));
    server.listen(0, '127.0.0.1', () => {
      const ws = new WebSocket(`wss://127.0.0.1:${server.address().port}`, {
        rejectUnauthorized: false,
        perMessageDeflate: true
      });
      const payload = crypto.randomBytes(300000);
      ws.on('open', () => ws.send(payload));
      ws.on('message', (d) => {
        assert.ok(d.equals(payload));
        ws.close();
      });
      ws.on('close', (code) => {
        assert.strictEqual(code, 1005);
        wss.close();
        server.close(done);
      });
    });
  });

  it('pause and resume', (done) => {
    withServer({}, (s) => { s.send('a'); s.send('b'); }, (wss, url) => {
      const ws = new WebSocket(url);
      const got = [];
      ws.on('open', () => {
        ws.pause();
        assert.strictEqual(ws.isPaused, true);
        setTimeout(() => {
          assert.deepStrictEqual(got, []);
          ws.resume();
        }, 50);
      });
      ws.on('message', (d) => {
        got.push(d.toString());
        if (got.length === 2) {
          assert.deepStrictEqual(got, ['a', 'b']);
          ws.close();
        }
      });
      ws.on('close', () => wss.close(done));
    });
  });
});
