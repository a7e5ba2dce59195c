'use strict';
// fetch() POST bodies: JSON string, FormData (multipart), a ReadableStream (chunked).
const common = require('../common');
const assert = require('node:assert');
const http = require('node:http');

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({
      method: req.method,
      type: req.headers['content-type'] ?? null,
      length: req.headers['content-length'] ?? null,
      te: req.headers['transfer-encoding'] ?? null,
      body: Buffer.concat(chunks).toString(),
    }));
  });
});

server.listen(0, '127.0.0.1', common.mustCall(async () => {
  const url = `http://127.0.0.1:${server.address().port}/`;

  const r1 = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ x: 1 }),
  });
  assert.deepStrictEqual(await r1.json(), {
    method: 'POST', type: 'application/json', length: '7', te: null, body: '{"x":1}',
  });

  const fd = new FormData();
  fd.append('name', 'value');
  fd.append('file', new Blob(['abc'], { type: 'text/plain' }), 'a.txt');
  const r2 = await fetch(url, { method: 'POST', body: fd });
  const got = await r2.json();
  const m = /^multipart\/form-data; boundary=(.+)$/.exec(got.type);
  assert.ok(m, got.type);
  const b = m[1];
  assert.strictEqual(got.body,
                     `--${b}\r\nContent-Disposition: form-data; name="name"\r\n\r\nvalue\r\n` +
                     `--${b}\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n` +
                     `Content-Type: text/plain\r\n\r\nabc\r\n--${b}--\r\n`);
  assert.strictEqual(got.length, String(Buffer.byteLength(got.body)));

  const stream = new ReadableStream({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('part1,'));
      controller.enqueue(new TextEncoder().encode('part2'));
      controller.close();
    },
  });
  const r3 = await fetch(url, { method: 'PUT', body: stream, duplex: 'half' });
  assert.deepStrictEqual(await r3.json(), {
    method: 'PUT', type: null, length: null, te: 'chunked', body: 'part1,part2',
  });

  await assert.rejects(fetch(url, { method: 'POST', body: new ReadableStream() }), {
    name: 'TypeError',
    message: 'RequestInit: duplex option is required when sending a body.',
  });

  const r4 = await fetch(url, { method: 'POST', body: new URLSearchParams({ q: 'a b' }) });
  assert.deepStrictEqual(await r4.json(), {
    method: 'POST', type: 'application/x-www-form-urlencoded;charset=UTF-8', length: '5', te: null,
    body: 'q=a+b',
  });

  server.close();
}));
