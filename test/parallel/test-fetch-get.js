'use strict';
// fetch() GET against a local server: text, json, arrayBuffer, blob, status and headers.
const common = require('../common');
const assert = require('node:assert');
const http = require('node:http');

const server = http.createServer((req, res) => {
  assert.strictEqual(req.method, 'GET');
  if (req.url === '/text') {
    res.setHeader('x-custom', 'yes');
    res.end('hello world');
  } else if (req.url === '/json') {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ a: 1, b: [true, null] }));
  } else if (req.url === '/bytes') {
    res.setHeader('content-type', 'application/octet-stream');
    res.end(Buffer.from([0, 1, 2, 254, 255]));
  } else if (req.url === '/echo-headers') {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ ua: req.headers['user-agent'], x: req.headers['x-req'] }));
  } else {
    res.statusCode = 404;
    res.statusMessage = 'Nope';
    res.end('missing');
  }
});

server.listen(0, '127.0.0.1', common.mustCall(async () => {
  const base = `http://127.0.0.1:${server.address().port}`;

  const r1 = await fetch(`${base}/text`);
  assert.ok(r1 instanceof Response);
  assert.strictEqual(r1.status, 200);
  assert.strictEqual(r1.ok, true);
  assert.strictEqual(r1.statusText, 'OK');
  assert.strictEqual(r1.url, `${base}/text`);
  assert.strictEqual(r1.redirected, false);
  assert.strictEqual(r1.type, 'basic');
  assert.strictEqual(r1.headers.get('x-custom'), 'yes');
  assert.strictEqual(r1.headers.get('content-length'), '11');
  assert.strictEqual(r1.bodyUsed, false);
  assert.strictEqual(await r1.text(), 'hello world');
  assert.strictEqual(r1.bodyUsed, true);
  await assert.rejects(r1.text(), { name: 'TypeError', message: 'Body is unusable: Body has already been read' });

  const r2 = await fetch(new URL('/json', base));
  assert.deepStrictEqual(await r2.json(), { a: 1, b: [true, null] });

  const r3 = await fetch(`${base}/bytes`);
  const ab = await r3.arrayBuffer();
  assert.ok(ab instanceof ArrayBuffer);
  assert.deepStrictEqual([...new Uint8Array(ab)], [0, 1, 2, 254, 255]);

  const r4 = await fetch(`${base}/bytes`);
  const blob = await r4.blob();
  assert.ok(blob instanceof Blob);
  assert.strictEqual(blob.type, 'application/octet-stream');
  assert.strictEqual(blob.size, 5);
  assert.deepStrictEqual([...new Uint8Array(await blob.arrayBuffer())], [0, 1, 2, 254, 255]);

  const r5 = await fetch(`${base}/echo-headers`, { headers: { 'X-Req': 'abc' } });
  assert.deepStrictEqual(await r5.json(), { ua: 'node', x: 'abc' });

  const r6 = await fetch(`${base}/nothing`);
  assert.strictEqual(r6.status, 404);
  assert.strictEqual(r6.ok, false);
  assert.strictEqual(r6.statusText, 'Nope');
  assert.strictEqual(await r6.text(), 'missing');

  server.close();
}));
