'use strict';
// Headers, Request, Response and FormData used without a network, and how the fetch
// globals are installed (fetch an enumerable function, the classes lazy and hidden).
require('../common');
const assert = require('node:assert');

// Nothing of undici is loaded until a fetch class is touched or fetch() is called.
const undiciLoaded = () => process.moduleLoadList.includes('NativeModule internal/deps/undici/undici');
assert.strictEqual(undiciLoaded(), false);
const fetchDesc = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
assert.strictEqual(typeof fetchDesc.value, 'function');
assert.deepStrictEqual([fetchDesc.writable, fetchDesc.enumerable, fetchDesc.configurable],
                       [true, true, true]);
assert.strictEqual(fetch.name, 'fetch');
assert.strictEqual(fetch.length, 1);
for (const name of ['Headers', 'Request', 'Response', 'FormData']) {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  assert.strictEqual(d.get.name, `get ${name}`);
  assert.strictEqual(d.enumerable, false);
  assert.strictEqual(d.configurable, true);
}
assert.strictEqual(undiciLoaded(), false);
assert.strictEqual(globalThis.WebSocket, undefined);
assert.strictEqual(require('node:module').isBuiltin('undici'), false);

const h = new Headers({ 'B': '2', 'a': '1' });
assert.strictEqual(undiciLoaded(), true);
h.append('a', '3');
h.append('Set-Cookie', 'x=1');
h.append('Set-Cookie', 'y=2');
assert.strictEqual(h.get('A'), '1, 3');
assert.deepStrictEqual([...h],
                       [['a', '1, 3'], ['b', '2'], ['set-cookie', 'x=1'], ['set-cookie', 'y=2']]);
assert.deepStrictEqual(h.getSetCookie(), ['x=1', 'y=2']);
assert.strictEqual(h.has('b'), true);
h.delete('b');
assert.strictEqual(h.get('b'), null);
assert.throws(() => h.append('bad name', 'x'), {
  name: 'TypeError',
  message: 'Headers.append: "bad name" is an invalid header name.',
});

(async () => {
  const req = new Request('http://example.com/path?q=1', {
    method: 'post',
    headers: { 'x-a': 'b' },
    body: 'payload',
  });
  assert.strictEqual(req.method, 'POST');
  assert.strictEqual(req.url, 'http://example.com/path?q=1');
  assert.strictEqual(req.headers.get('x-a'), 'b');
  assert.strictEqual(req.headers.get('content-type'), 'text/plain;charset=UTF-8');
  assert.strictEqual(req.redirect, 'follow');
  assert.ok(req.signal instanceof AbortSignal);
  const copy = req.clone();
  assert.strictEqual(await req.text(), 'payload');
  assert.strictEqual(req.bodyUsed, true);
  assert.strictEqual(await copy.text(), 'payload');
  assert.throws(() => new Request('/relative'), {
    name: 'TypeError',
    message: 'Failed to parse URL from /relative',
  });

  const res = new Response('{"k":[1]}', { status: 201, statusText: 'Made', headers: { 'x-r': '1' } });
  assert.strictEqual(res.status, 201);
  assert.strictEqual(res.statusText, 'Made');
  assert.strictEqual(res.ok, true);
  assert.strictEqual(res.type, 'default');
  assert.deepStrictEqual(await res.json(), { k: [1] });

  const j = Response.json({ a: 1 }, { status: 202 });
  assert.strictEqual(j.headers.get('content-type'), 'application/json');
  assert.strictEqual(await j.text(), '{"a":1}');

  const red = Response.redirect('http://example.com/x', 301);
  assert.strictEqual(red.status, 301);
  assert.strictEqual(red.headers.get('location'), 'http://example.com/x');
  assert.strictEqual(Response.error().type, 'error');
  assert.throws(() => new Response('x', { status: 99 }), {
    name: 'RangeError',
    message: 'init["status"] must be in the range of 200 to 599, inclusive.',
  });

  const bytes = new Response(new Uint8Array([104, 105]));
  assert.strictEqual(bytes.headers.get('content-type'), null);
  assert.strictEqual(await (await bytes.blob()).text(), 'hi');

  const fd = new FormData();
  fd.append('a', '1');
  fd.append('a', '2');
  fd.set('f', new Blob(['xyz']), 'name.txt');
  assert.deepStrictEqual(fd.getAll('a'), ['1', '2']);
  const f = fd.get('f');
  assert.ok(f instanceof File);
  assert.strictEqual(f.name, 'name.txt');
  assert.strictEqual(await f.text(), 'xyz');

  // A FormData body read back through Response.formData().
  const round = await new Response(fd).formData();
  assert.deepStrictEqual(round.getAll('a'), ['1', '2']);
  assert.strictEqual(round.get('f').name, 'name.txt');
  assert.strictEqual(await round.get('f').text(), 'xyz');
})().then(require('../common').mustCall());
