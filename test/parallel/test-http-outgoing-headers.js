'use strict';
// OutgoingMessage header API and its validation errors.
const common = require('../common');
const assert = require('node:assert');
const http = require('node:http');

const server = http.createServer(common.mustCall((req, res) => {
  assert.strictEqual(res.statusCode, 200);
  assert.strictEqual(res.statusMessage, undefined);
  assert.strictEqual(res.headersSent, false);
  res.setHeader('X-Foo', 'bar');
  res.setHeader('Set-Cookie', ['a=1', 'b=2']);
  assert.strictEqual(res.setHeader('X-Num', 42), res);
  assert.strictEqual(res.getHeader('x-foo'), 'bar');
  assert.strictEqual(res.getHeader('X-NUM'), 42);
  assert.strictEqual(res.getHeader('nope'), undefined);
  assert.deepStrictEqual(res.getHeaderNames(), ['x-foo', 'set-cookie', 'x-num']);
  assert.deepStrictEqual(res.getRawHeaderNames(), ['X-Foo', 'Set-Cookie', 'X-Num']);
  const headers = res.getHeaders();
  assert.strictEqual(Object.getPrototypeOf(headers), null);
  assert.deepStrictEqual({ ...headers }, { 'x-foo': 'bar', 'set-cookie': ['a=1', 'b=2'], 'x-num': 42 });
  assert.strictEqual(res.hasHeader('X-FOO'), true);
  res.removeHeader('x-num');
  assert.strictEqual(res.hasHeader('x-num'), false);
  res.appendHeader('x-foo', 'baz');
  assert.deepStrictEqual(res.getHeader('x-foo'), ['bar', 'baz']);

  assert.throws(() => res.setHeader('bad name', 'x'), {
    code: 'ERR_INVALID_HTTP_TOKEN',
    name: 'TypeError',
    message: 'Header name must be a valid HTTP token ["bad name"]',
  });
  assert.throws(() => res.setHeader('x-a', undefined), {
    code: 'ERR_HTTP_INVALID_HEADER_VALUE',
    message: 'Invalid value "undefined" for header "x-a"',
  });
  assert.throws(() => res.setHeader('x-a', 'a\nb'), {
    code: 'ERR_INVALID_CHAR',
    message: 'Invalid character in header content ["x-a"]',
  });
  assert.throws(() => res.getHeader(1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => res.writeHead(99), {
    code: 'ERR_HTTP_INVALID_STATUS_CODE',
    name: 'RangeError',
    message: 'Invalid status code: 99',
  });
  assert.throws(() => res.write(1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => res.write(null), { code: 'ERR_STREAM_NULL_VALUES' });

  res.writeHead(200, 'Fine');
  assert.strictEqual(res.headersSent, true);
  assert.strictEqual(res.statusMessage, 'Fine');
  assert.throws(() => res.setHeader('x-late', '1'), {
    code: 'ERR_HTTP_HEADERS_SENT',
    message: 'Cannot set headers after they are sent to the client',
  });
  assert.throws(() => res.removeHeader('x-foo'), {
    message: 'Cannot remove headers after they are sent to the client',
  });
  assert.throws(() => res.writeHead(200), {
    message: 'Cannot write headers after they are sent to the client',
  });
  assert.strictEqual(res.writableEnded, false);
  res.end('done', common.mustCall());
  assert.strictEqual(res.writableEnded, true);
  assert.strictEqual(res.finished, true);
  res.on('finish', common.mustCall(() => {
    assert.strictEqual(res.writableFinished, true);
  }));
  res.on('close', common.mustCall());
  res.write('more', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END');
  }));
  res.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END');
  }));
}));

assert.throws(() => http.validateHeaderName('a b'), { code: 'ERR_INVALID_HTTP_TOKEN' });
assert.throws(() => http.validateHeaderValue('a', 'x\r\ny'), { code: 'ERR_INVALID_CHAR' });
http.validateHeaderName('x-ok');
http.validateHeaderValue('x-ok', 'vé');

server.listen(0, '127.0.0.1', common.mustCall(() => {
  http.get({ port: server.address().port, host: '127.0.0.1' }, common.mustCall((res) => {
    assert.strictEqual(res.statusCode, 200);
    assert.strictEqual(res.statusMessage, 'Fine');
    assert.strictEqual(res.headers['x-foo'], 'bar, baz');
    assert.deepStrictEqual(res.headers['set-cookie'], ['a=1', 'b=2']);
    assert.strictEqual(res.headers['x-num'], undefined);
    res.resume();
    res.on('end', common.mustCall(() => server.close()));
  }));
}));
