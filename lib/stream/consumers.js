'use strict';

// stream/consumers: read a whole stream (a Node stream, a web ReadableStream or any
// async iterable) into one value.

const { Buffer } = require('buffer');
const { Blob } = require('internal/blob');
const { TextDecoder } = require('internal/encoding');

// Collects the chunks as they are (strings, Buffers, typed arrays).
async function collect(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return chunks;
}

async function blob(stream) {
  return new Blob(await collect(stream));
}

async function arrayBuffer(stream) {
  const value = await blob(stream);
  return value.arrayBuffer();
}

async function buffer(stream) {
  return Buffer.from(await arrayBuffer(stream));
}

async function text(stream) {
  const decoder = new TextDecoder();
  let result = '';
  for await (const chunk of stream) {
    result += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  }
  return result + decoder.decode();
}

async function json(stream) {
  return JSON.parse(await text(stream));
}

module.exports = { arrayBuffer, blob, buffer, text, json };
