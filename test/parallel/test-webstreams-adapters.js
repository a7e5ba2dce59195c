'use strict';
// Node stream <-> web stream adapters: Readable.toWeb/fromWeb,
// Writable.toWeb/fromWeb, Duplex.toWeb/fromWeb, stream.pipeline with web
// streams and FileHandle#readableWebStream.
const common = require('../common');
const assert = require('node:assert');
const fs = require('node:fs');
const fsp = require('node:fs/promises');
const { Readable, Writable, Duplex, PassThrough } = require('node:stream');
const { pipeline } = require('node:stream/promises');
const { ReadableStream, WritableStream } = require('node:stream/web');
const tmpdir = require('../common/tmpdir');

async function readAll(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return chunks;
}

async function main() {
  tmpdir.refresh();

  // Readable.toWeb: byte chunks become Uint8Arrays; object mode keeps values.
  {
    const source = Readable.from([Buffer.from('ab'), Buffer.from('c')], { objectMode: false });
    const web = Readable.toWeb(source);
    assert.ok(web instanceof ReadableStream);
    const chunks = await readAll(web);
    assert.ok(chunks.every((c) => c.constructor === Uint8Array));
    assert.strictEqual(Buffer.concat(chunks).toString(), 'abc');
    const objects = Readable.toWeb(Readable.from([1, { a: 2 }]));
    assert.deepStrictEqual(await readAll(objects), [1, { a: 2 }]);
  }

  // Readable.toWeb: an error in the Node stream errors the web stream.
  {
    const node = new Readable({ read() {} });
    const web = Readable.toWeb(node);
    node.destroy(new Error('node'));
    await assert.rejects(web.getReader().read(), { message: 'node' });
  }

  // Cancelling the web stream destroys the Node stream.
  {
    const node = new Readable({ read() {} });
    const web = Readable.toWeb(node);
    await web.cancel();
    assert.strictEqual(node.destroyed, true);
  }

  // Readable.fromWeb.
  {
    const node = Readable.fromWeb(ReadableStream.from([new Uint8Array([104, 105])]));
    assert.ok(node instanceof Readable);
    assert.strictEqual(Buffer.concat(await readAll(node)).toString(), 'hi');
    const objects = Readable.fromWeb(ReadableStream.from([1, 2]), { objectMode: true });
    assert.deepStrictEqual(await readAll(objects), [1, 2]);
    const text = Readable.fromWeb(ReadableStream.from([new Uint8Array([104])]),
                                  { encoding: 'utf8' });
    assert.deepStrictEqual(await readAll(text), ['h']);
    assert.throws(() => Readable.fromWeb({}), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "readableStream" argument must be an instance of ReadableStream.' +
               ' Received an instance of Object',
    });
    const errored = Readable.fromWeb(
      new ReadableStream({ start(c) { c.error(new Error('web')); } }));
    await assert.rejects(readAll(errored), { message: 'web' });
  }

  // Writable.toWeb: writes arrive in order and end() runs on close.
  {
    const received = [];
    const node = new Writable({
      write(chunk, encoding, callback) {
        received.push(chunk.toString());
        setTimeout(callback, 1);
      },
      final: common.mustCall((callback) => callback()),
    });
    const web = Writable.toWeb(node);
    assert.ok(web instanceof WritableStream);
    const writer = web.getWriter();
    await writer.write(new Uint8Array([97]));
    await writer.write('b');
    await writer.close();
    assert.deepStrictEqual(received, ['a', 'b']);
    assert.strictEqual(node.writableFinished, true);
  }

  // Writable.fromWeb.
  {
    const received = [];
    const web = new WritableStream({ write(chunk) { received.push(chunk); } });
    const node = Writable.fromWeb(web);
    assert.ok(node instanceof Writable);
    node.write('x');
    node.end(Buffer.from('y'));
    await new Promise((resolve) => node.on('finish', resolve));
    assert.deepStrictEqual(received.map((c) => Buffer.from(c).toString()), ['x', 'y']);
    assert.ok(received.every((c) => c instanceof Uint8Array));
    assert.throws(() => Writable.fromWeb(1), { code: 'ERR_INVALID_ARG_TYPE' });
    assert.throws(() => Writable.toWeb(1), { code: 'ERR_INVALID_ARG_TYPE' });
  }

  // Duplex.toWeb and Duplex.fromWeb.
  {
    const { readable, writable } = Duplex.toWeb(new PassThrough());
    const writer = writable.getWriter();
    writer.write(new Uint8Array([1, 2]));
    writer.close();
    assert.deepStrictEqual((await readAll(readable)).map((c) => [...c]), [[1, 2]]);

    const transform = new TransformStream({
      transform(chunk, controller) { controller.enqueue(chunk.toUpperCase()); },
    });
    const duplex = Duplex.fromWeb(transform, { objectMode: true });
    assert.ok(duplex instanceof Duplex);
    duplex.end('abc');
    assert.deepStrictEqual(await readAll(duplex), ['ABC']);
    assert.throws(() => Duplex.fromWeb({}), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "pair.readable" property must be an instance of ReadableStream.' +
               ' Received undefined',
    });
  }

  // stream.pipeline between web and Node streams.
  {
    const out = [];
    await pipeline(
      ReadableStream.from(['a', 'b']),
      new TransformStream({ transform(c, ctl) { ctl.enqueue(c + c); } }),
      new Writable({
        objectMode: true,
        write(chunk, encoding, callback) {
          out.push(chunk);
          callback();
        },
      }));
    assert.deepStrictEqual(out, ['aa', 'bb']);
  }

  // FileHandle#readableWebStream: ArrayBuffer chunks, or a byte stream.
  {
    const file = tmpdir.resolve('web.txt');
    const data = Buffer.alloc(100000, 'z');
    fs.writeFileSync(file, data);
    const handle = await fsp.open(file);
    const stream = handle.readableWebStream();
    assert.throws(() => handle.readableWebStream(), {
      code: 'ERR_INVALID_STATE',
      message: 'Invalid state: The FileHandle is locked',
    });
    const chunks = await readAll(stream);
    assert.ok(chunks.every((c) => c instanceof ArrayBuffer));
    assert.ok(Buffer.concat(chunks.map((c) => Buffer.from(c))).equals(data));
    await handle.close();
    assert.throws(() => handle.readableWebStream(), {
      code: 'ERR_INVALID_STATE',
      message: 'Invalid state: The FileHandle is closed',
    });

    const handle2 = await fsp.open(file);
    const bytes = handle2.readableWebStream({ type: 'bytes' });
    const reader = bytes.getReader({ mode: 'byob' });
    const { value } = await reader.read(new Uint8Array(10));
    assert.deepStrictEqual(Buffer.from(value).toString(), 'zzzzzzzzzz');
    await reader.cancel();
    await handle2.close();
    const handle3 = await fsp.open(file);
    assert.throws(() => handle3.readableWebStream({ type: 1 }), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "options.type" property must be of type string. Received type number (1)',
    });
    await handle3.close();
  }
}

main().then(common.mustCall());
