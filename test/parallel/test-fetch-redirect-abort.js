'use strict';
// fetch() redirects (follow, manual, error), AbortSignal, and response.body as a web stream.
const common = require('../common');
const assert = require('node:assert');
const http = require('node:http');

const server = http.createServer((req, res) => {
  if (req.url === '/a') {
    res.writeHead(302, { location: '/b' });
    res.end();
  } else if (req.url === '/b') {
    res.end(`at ${req.url}`);
  } else if (req.url === '/slow') {
    res.writeHead(200);
    res.write('first');
  } else if (req.url === '/chunks') {
    res.write('one ');
    setImmediate(() => res.end('two'));
  }
});

server.listen(0, '127.0.0.1', common.mustCall(async () => {
  const base = `http://127.0.0.1:${server.address().port}`;

  const r1 = await fetch(`${base}/a`);
  assert.strictEqual(r1.status, 200);
  assert.strictEqual(r1.redirected, true);
  assert.strictEqual(r1.url, `${base}/b`);
  assert.strictEqual(await r1.text(), 'at /b');

  const r2 = await fetch(`${base}/a`, { redirect: 'manual' });
  assert.strictEqual(r2.status, 302);
  assert.strictEqual(r2.headers.get('location'), '/b');
  assert.strictEqual(r2.redirected, false);

  await assert.rejects(fetch(`${base}/a`, { redirect: 'error' }), (err) => {
    assert.strictEqual(err.name, 'TypeError');
    assert.strictEqual(err.message, 'fetch failed');
    assert.strictEqual(err.cause.message, 'unexpected redirect');
    return true;
  });

  // Aborted before the call.
  await assert.rejects(fetch(`${base}/b`, { signal: AbortSignal.abort() }), {
    name: 'AbortError',
    message: 'This operation was aborted',
  });

  // Aborted while the body is streaming: the pending read rejects with the reason.
  const ac = new AbortController();
  const r3 = await fetch(`${base}/slow`, { signal: ac.signal });
  const reader = r3.body.getReader();
  const first = await reader.read();
  assert.strictEqual(Buffer.from(first.value).toString(), 'first');
  const reason = new Error('stop');
  ac.abort(reason);
  await assert.rejects(reader.read(), reason);

  // The body is a web ReadableStream of Uint8Arrays.
  const r4 = await fetch(`${base}/chunks`);
  assert.ok(r4.body instanceof ReadableStream);
  let text = '';
  for await (const chunk of r4.body) {
    assert.ok(chunk instanceof Uint8Array);
    text += Buffer.from(chunk).toString();
  }
  assert.strictEqual(text, 'one two');
  assert.strictEqual(r4.bodyUsed, true);

  server.close();
}));
