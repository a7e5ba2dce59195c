'use strict';
// fastify@4 smoke app: JSON route, plugin, hooks, schema validation, errors.
// Run with `rt smoke.js` or `node smoke.js`; prints "N passed, N failed".
const assert = require('assert');
const fs = require('fs');
const http = require('http');
const fastify = require('fastify');
const fp = require('fastify-plugin');

const app = fastify({ logger: false });

// Encapsulation-breaking plugin that decorates the instance and requests.
app.register(fp(async function counterPlugin(instance, opts) {
  instance.decorate('counter', { hits: 0, prefix: opts.prefix });
  instance.decorateRequest('startedAt', 0);
}, { name: 'counter' }), { prefix: 'c-' });

app.addHook('onRequest', async (req) => {
  app.counter.hits++;
  req.startedAt = 1;
});
app.addHook('onSend', async (req, reply, payload) => {
  reply.header('x-hits', String(app.counter.hits));
  return payload;
});

app.get('/hello', async () => ({ hello: 'world', n: 1 }));

app.get('/items/:id', {
  schema: {
    params: {
      type: 'object',
      properties: { id: { type: 'integer', minimum: 1 } },
      required: ['id']
    },
    querystring: {
      type: 'object',
      properties: { verbose: { type: 'boolean', default: false } }
    },
    response: {
      200: {
        type: 'object',
        properties: {
          id: { type: 'integer' },
          verbose: { type: 'boolean' },
          prefix: { type: 'string' }
        }
      }
    }
  }
}, async (req) => ({
  id: req.params.id,
  verbose: req.query.verbose,
  prefix: app.counter.prefix,
  secret: 'must be stripped by the response schema'
}));

app.post('/users', {
  schema: {
    body: {
      type: 'object',
      required: ['name', 'age'],
      properties: {
        name: { type: 'string', minLength: 2 },
        age: { type: 'integer', minimum: 0 }
      },
      additionalProperties: false
    }
  }
}, async (req, reply) => {
  reply.code(201);
  return { created: req.body.name, age: req.body.age, started: req.startedAt };
});

// Encapsulated child plugin with its own prefix and hook.
app.register(async function admin(child) {
  child.addHook('preHandler', async (req, reply) => {
    if (req.headers.authorization !== 'Bearer ok') {
      reply.code(401).send({ error: 'nope' });
      return reply;
    }
  });
  child.get('/stats', async () => ({ hits: app.counter.hits }));
}, { prefix: '/admin' });

app.get('/boom', async () => {
  const err = new Error('kaboom');
  err.statusCode = 418;
  throw err;
});

app.get('/stream-text', (req, reply) => {
  reply.type('text/plain; charset=utf-8').send('plain ✓ text');
});

app.register(async function streams(child) {
  child.setErrorHandler(async (err, req, reply) => {
    reply.code(503).send({ handled: err.message });
  });
  child.get('/file', (req, reply) => {
    reply.type('application/octet-stream').send(fs.createReadStream(__filename));
  });
  child.get('/fail', async () => { throw new Error('custom'); });
  child.addContentTypeParser('text/plain', { parseAs: 'string' },
                             (req, body, done) => done(null, body.split(',')));
  child.post('/csv', async (req) => ({ parts: req.body }));
}, { prefix: '/s' });

function request(port, method, path, { body, headers } = {}) {
  return new Promise((resolve, reject) => {
    const data = body === undefined ? undefined : JSON.stringify(body);
    const req = http.request({
      host: '127.0.0.1', port, method, path,
      headers: {
        ...(data !== undefined ? {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(data)
        } : {}),
        ...headers
      }
    }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json;
        try { json = JSON.parse(text); } catch { json = undefined; }
        resolve({ status: res.statusCode, headers: res.headers, text, json });
      });
    });
    req.on('error', reject);
    req.end(data);
  });
}

const checks = [];
function check(name, fn) { checks.push({ name, fn }); }

check('GET /hello returns JSON', async (port) => {
  const r = await request(port, 'GET', '/hello');
  assert.strictEqual(r.status, 200);
  assert.strictEqual(r.headers['content-type'], 'application/json; charset=utf-8');
  assert.strictEqual(r.text, '{"hello":"world","n":1}');
  assert.strictEqual(r.headers['content-length'], '23');
  assert.strictEqual(r.headers['x-hits'], '1');
});

check('params/query coercion and response schema', async (port) => {
  const r = await request(port, 'GET', '/items/42?verbose=true');
  assert.strictEqual(r.status, 200);
  assert.deepStrictEqual(r.json, { id: 42, verbose: true, prefix: 'c-' });
});

check('params validation failure', async (port) => {
  const r = await request(port, 'GET', '/items/0');
  assert.strictEqual(r.status, 400);
  assert.strictEqual(r.json.code, 'FST_ERR_VALIDATION');
  assert.strictEqual(r.json.message, 'params/id must be >= 1');
});

check('POST body validation ok', async (port) => {
  const r = await request(port, 'POST', '/users', { body: { name: 'Ada', age: 36 } });
  assert.strictEqual(r.status, 201);
  assert.deepStrictEqual(r.json, { created: 'Ada', age: 36, started: 1 });
});

check('POST body validation failure', async (port) => {
  const r = await request(port, 'POST', '/users', { body: { name: 'A' } });
  assert.strictEqual(r.status, 400);
  assert.strictEqual(r.json.error, 'Bad Request');
  assert.strictEqual(r.json.message, "body must have required property 'age'");
});

check('POST invalid JSON', async (port) => {
  const r = await new Promise((resolve, reject) => {
    const req = http.request({
      host: '127.0.0.1', port, method: 'POST', path: '/users',
      headers: { 'content-type': 'application/json' }
    }, (res) => {
      let t = '';
      res.setEncoding('utf8');
      res.on('data', (c) => { t += c; });
      res.on('end', () => resolve({ status: res.statusCode, json: JSON.parse(t) }));
    });
    req.on('error', reject);
    req.end('{"name":');
  });
  assert.strictEqual(r.status, 400);
  assert.deepStrictEqual(r.json, {
    statusCode: 400, error: 'Bad Request', message: 'Unexpected end of JSON input'
  });
});

check('encapsulated preHandler rejects', async (port) => {
  const r = await request(port, 'GET', '/admin/stats');
  assert.strictEqual(r.status, 401);
  assert.deepStrictEqual(r.json, { error: 'nope' });
});

check('encapsulated route with auth', async (port) => {
  const r = await request(port, 'GET', '/admin/stats',
                          { headers: { authorization: 'Bearer ok' } });
  assert.strictEqual(r.status, 200);
  assert.strictEqual(typeof r.json.hits, 'number');
});

check('thrown error with statusCode', async (port) => {
  const r = await request(port, 'GET', '/boom');
  assert.strictEqual(r.status, 418);
  assert.deepStrictEqual(r.json,
                         { statusCode: 418, error: "I'm a Teapot", message: 'kaboom' });
});

check('404 handler', async (port) => {
  const r = await request(port, 'GET', '/missing');
  assert.strictEqual(r.status, 404);
  assert.deepStrictEqual(r.json, {
    message: 'Route GET:/missing not found', error: 'Not Found', statusCode: 404
  });
});

check('text reply', async (port) => {
  const r = await request(port, 'GET', '/stream-text');
  assert.strictEqual(r.status, 200);
  assert.strictEqual(r.headers['content-type'], 'text/plain; charset=utf-8');
  assert.strictEqual(r.text, 'plain ✓ text');
});

check('stream reply', async (port) => {
  const r = await request(port, 'GET', '/s/file');
  assert.strictEqual(r.status, 200);
  assert.strictEqual(r.headers['transfer-encoding'], 'chunked');
  assert.strictEqual(r.text, fs.readFileSync(__filename, 'utf8'));
});

check('encapsulated error handler', async (port) => {
  const r = await request(port, 'GET', '/s/fail');
  assert.strictEqual(r.status, 503);
  assert.deepStrictEqual(r.json, { handled: 'custom' });
});

check('custom content-type parser', async (port) => {
  const r = await new Promise((resolve, reject) => {
    const req = http.request({
      host: '127.0.0.1', port, method: 'POST', path: '/s/csv',
      headers: { 'content-type': 'text/plain' }
    }, (res) => {
      let t = '';
      res.setEncoding('utf8');
      res.on('data', (c) => { t += c; });
      res.on('end', () => resolve({ status: res.statusCode, json: JSON.parse(t) }));
    });
    req.on('error', reject);
    req.write('a,b');
    req.end(',c');
  });
  assert.strictEqual(r.status, 200);
  assert.deepStrictEqual(r.json, { parts: ['a', 'b', 'c'] });
});

check('keep-alive agent reuses one socket', async (port) => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const sockets = new Set();
  for (let i = 0; i < 3; i++) {
    const r = await new Promise((resolve, reject) => {
      const req = http.get({ host: '127.0.0.1', port, path: '/hello', agent }, (res) => {
        sockets.add(res.socket);
        let t = '';
        res.on('data', (c) => { t += c; });
        res.on('end', () => resolve({ status: res.statusCode, text: t, headers: res.headers }));
      });
      req.on('error', reject);
    });
    assert.strictEqual(r.status, 200);
    assert.strictEqual(r.headers.connection, 'keep-alive');
    assert.strictEqual(r.text, '{"hello":"world","n":1}');
  }
  assert.strictEqual(sockets.size, 1);
  agent.destroy();
});

check('inject (light-my-request) works', async () => {
  const r = await app.inject({ method: 'GET', url: '/items/7' });
  assert.strictEqual(r.statusCode, 200);
  assert.deepStrictEqual(r.json(), { id: 7, verbose: false, prefix: 'c-' });
});

async function main() {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const port = app.server.address().port;
  let passed = 0;
  let failed = 0;
  for (const { name, fn } of checks) {
    try {
      await fn(port);
      passed++;
      console.log(`ok - ${name}`);
    } catch (err) {
      failed++;
      console.log(`not ok - ${name}\n  ${String(err && err.stack).split('\n').join('\n  ')}`);
    }
  }
  await app.close();
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
}

main().catch((err) => {
  console.log('fatal:', err);
  process.exitCode = 1;
});
