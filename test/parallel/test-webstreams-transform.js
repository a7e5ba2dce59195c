'use strict';
// TransformStream (transform, flush, terminate, errors, backpressure),
// pipeThrough chains, TextEncoderStream/TextDecoderStream and
// CompressionStream/DecompressionStream.
const common = require('../common');
const assert = require('node:assert');
const {
  ReadableStream,
  TransformStream,
  TextEncoderStream,
  TextDecoderStream,
  CompressionStream,
  DecompressionStream,
} = require('node:stream/web');
const zlib = require('node:zlib');

async function readAll(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return chunks;
}

function bytes(chunks) {
  return Buffer.concat(chunks.map((chunk) => Buffer.from(chunk)));
}

async function main() {
  // Identity transform by default.
  assert.deepStrictEqual(
    await readAll(ReadableStream.from([1, 2]).pipeThrough(new TransformStream())), [1, 2]);

  // transform may enqueue several chunks; flush adds the last ones.
  {
    const upper = new TransformStream({
      transform(chunk, controller) {
        for (const ch of chunk) controller.enqueue(ch.toUpperCase());
      },
      flush(controller) { controller.enqueue('!'); },
    });
    assert.deepStrictEqual(await readAll(ReadableStream.from(['ab', 'c']).pipeThrough(upper)),
                           ['A', 'B', 'C', '!']);
  }

  // terminate() closes the readable side and errors the writable side.
  {
    const stream = new TransformStream({
      transform(chunk, controller) {
        controller.enqueue(chunk);
        if (chunk === 2) controller.terminate();
      },
    });
    const writer = stream.writable.getWriter();
    writer.write(1);
    writer.write(2);
    assert.deepStrictEqual(await readAll(stream.readable), [1, 2]);
    await assert.rejects(writer.write(3), { name: 'TypeError' });
  }

  // A throwing transform errors both sides.
  {
    const stream = new TransformStream({ transform() { throw new Error('t'); } });
    const writer = stream.writable.getWriter();
    const read = stream.readable.getReader().read();
    await assert.rejects(writer.write('x'), { message: 't' });
    await assert.rejects(read, { message: 't' });
  }

  // Cancelling the readable side errors the writable side with the reason.
  {
    const stream = new TransformStream();
    await stream.readable.cancel(new Error('c'));
    await assert.rejects(stream.writable.getWriter().closed, { message: 'c' });
  }

  // Backpressure: with the default readable high-water mark of 0, the first
  // write stays pending until the readable side is read.
  {
    const stream = new TransformStream();
    const writer = stream.writable.getWriter();
    let written = false;
    writer.write('a').then(() => { written = true; });
    await new Promise((resolve) => setTimeout(resolve, 5));
    assert.strictEqual(written, false);
    const reader = stream.readable.getReader();
    assert.deepStrictEqual(await reader.read(), { value: 'a', done: false });
    await new Promise((resolve) => setTimeout(resolve, 1));
    assert.strictEqual(written, true);
  }

  // Chains of pipeThrough.
  {
    const double = () => new TransformStream({
      transform(chunk, controller) { controller.enqueue(chunk * 2); },
    });
    const result = await readAll(ReadableStream.from([1, 2, 3])
      .pipeThrough(double()).pipeThrough(double()));
    assert.deepStrictEqual(result, [4, 8, 12]);
  }

  assert.throws(() => new TransformStream({ readableType: 'bytes' }), {
    code: 'ERR_INVALID_ARG_VALUE',
    name: 'RangeError',
    message: "The property 'transformer.readableType' is invalid. Received 'bytes'",
  });
  assert.throws(() => ReadableStream.from([]).pipeThrough(1), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "transform.readable" property must be an instance of ReadableStream.' +
             ' Received undefined',
  });

  // TextEncoderStream joins surrogate pairs split across chunks.
  {
    const chunks = await readAll(ReadableStream.from(['a', '\ud83d', '\ude00', 'b', '\ud83d'])
      .pipeThrough(new TextEncoderStream()));
    assert.deepStrictEqual(chunks.map((c) => [...c]),
                           [[97], [240, 159, 152, 128], [98], [239, 191, 189]]);
    assert.ok(chunks.every((c) => c.constructor === Uint8Array));
    assert.strictEqual(new TextEncoderStream().encoding, 'utf-8');
  }

  // TextDecoderStream keeps multi-byte sequences split across chunks.
  {
    const chunks = await readAll(ReadableStream.from([
      new Uint8Array([0xe2, 0x82]), new Uint8Array([0xac, 0x41]),
    ]).pipeThrough(new TextDecoderStream()));
    assert.deepStrictEqual(chunks, ['€A']);
    const decoder = new TextDecoderStream('utf-16le', { fatal: true });
    assert.strictEqual(decoder.encoding, 'utf-16le');
    assert.strictEqual(decoder.fatal, true);
    assert.strictEqual(decoder.ignoreBOM, false);
    assert.throws(() => new TextDecoderStream('nope'), {
      code: 'ERR_ENCODING_NOT_SUPPORTED',
      name: 'RangeError',
      message: 'The "nope" encoding is not supported',
    });
  }

  // CompressionStream output is what zlib reads, and the other way round.
  {
    const text = 'hello web streams '.repeat(1000);
    for (const [format, inflate, deflate] of [
      ['gzip', zlib.gunzipSync, zlib.gzipSync],
      ['deflate', zlib.inflateSync, zlib.deflateSync],
      ['deflate-raw', zlib.inflateRawSync, zlib.deflateRawSync],
    ]) {
      const compressed = bytes(await readAll(ReadableStream.from([Buffer.from(text)])
        .pipeThrough(new CompressionStream(format))));
      assert.strictEqual(inflate(compressed).toString(), text);
      const decompressed = await readAll(ReadableStream.from([deflate(text)])
        .pipeThrough(new DecompressionStream(format))
        .pipeThrough(new TextDecoderStream()));
      assert.strictEqual(decompressed.join(''), text);
    }
    assert.throws(() => new CompressionStream('br'), {
      code: 'ERR_INVALID_ARG_VALUE',
      message: "The argument 'format' is invalid. Received 'br'",
    });
    await assert.rejects(readAll(ReadableStream.from([new Uint8Array([1, 2, 3])])
      .pipeThrough(new DecompressionStream('gzip'))), {
      code: 'Z_DATA_ERROR',
      message: 'incorrect header check',
    });
  }
}

main().then(common.mustCall());
