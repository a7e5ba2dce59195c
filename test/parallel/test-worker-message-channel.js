'use strict';
// MessageChannel / MessagePort: asynchronous delivery, transfers, errors, close events,
// receiveMessageOnPort, and the globals.
const common = require('../common');
const assert = require('assert');
const {
  MessageChannel, MessagePort, BroadcastChannel, receiveMessageOnPort,
} = require('worker_threads');

assert.strictEqual(globalThis.MessageChannel, MessageChannel);
assert.strictEqual(globalThis.MessagePort, MessagePort);
assert.strictEqual(globalThis.BroadcastChannel, BroadcastChannel);
assert.strictEqual(typeof globalThis.MessageEvent, 'function');

assert.throws(() => new MessagePort(), { name: 'TypeError', code: 'ERR_CONSTRUCT_CALL_INVALID' });

{
  const { port1, port2 } = new MessageChannel();
  assert.ok(port1 instanceof EventTarget);
  assert.throws(() => port1.postMessage(), {
    code: 'ERR_MISSING_ARGS', message: 'Not enough arguments to MessagePort.postMessage',
  });
  assert.throws(() => port1.postMessage(1, [port1]), {
    name: 'DataCloneError', message: 'Transfer list contains source port',
  });
  assert.throws(() => port1.postMessage({ p: port2 }), {
    name: 'TypeError', code: 'ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST',
  });
  assert.throws(() => port1.postMessage(() => 1), {
    name: 'DataCloneError', message: '() => 1 could not be cloned.',
  });
  assert.throws(() => port1.postMessage(1, 5), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => port1.postMessage(1, [5]), { code: 'ERR_INVALID_TRANSFER_OBJECT' });
  const ab = new ArrayBuffer(4);
  assert.throws(() => port1.postMessage(1, [ab, ab]), {
    name: 'DataCloneError', message: 'Transfer list contains duplicate ArrayBuffer',
  });
  assert.throws(() => receiveMessageOnPort({}), {
    code: 'ERR_INVALID_ARG_TYPE', message: 'The "port" argument must be a MessagePort instance',
  });

  // Synchronous receive, ArrayBuffer transfer.
  new Uint8Array(ab).set([1, 2, 3, 4]);
  port1.postMessage({ ab }, [ab]);
  assert.strictEqual(ab.byteLength, 0);
  const { message } = receiveMessageOnPort(port2);
  assert.deepStrictEqual([...new Uint8Array(message.ab)], [1, 2, 3, 4]);
  assert.strictEqual(receiveMessageOnPort(port2), undefined);

  // Asynchronous delivery, in order; closing one end closes both.
  const got = [];
  let sync = true;
  port2.on('message', common.mustCall((value) => {
    assert.strictEqual(sync, false);
    got.push(value);
    if (got.length === 2) {
      assert.deepStrictEqual(got, ['a', { b: [1n, new Map([[1, 2]])] }]);
      port1.close();
    }
  }, 2));
  port1.postMessage('a');
  port1.postMessage({ b: [1n, new Map([[1, 2]])] });
  sync = false;
  port1.on('close', common.mustCall());
  port2.on('close', common.mustCall((event) => assert.strictEqual(event.type, 'close')));
}

{
  // A port travels through another, and onmessage gets a MessageEvent.
  const outer = new MessageChannel();
  const inner = new MessageChannel();
  outer.port1.postMessage({ port: inner.port1, sab: new SharedArrayBuffer(8) }, [inner.port1]);
  outer.port2.onmessage = common.mustCall((event) => {
    assert.ok(event instanceof MessageEvent);
    const { port, sab } = event.data;
    assert.ok(port instanceof MessagePort);
    assert.strictEqual(sab.byteLength, 8);
    port.on('message', common.mustCall((m) => {
      assert.strictEqual(m, 'through');
      port.close();
      outer.port2.close();
    }));
    inner.port2.postMessage('through');
  });
}

{
  // A port without a 'message' listener does not keep the process alive.
  const { port1, port2 } = new MessageChannel();
  port1.postMessage('never read');
  port2.start();
}

{
  const a = new BroadcastChannel('test-channel');
  const b = new BroadcastChannel('test-channel');
  assert.strictEqual(a.name, 'test-channel');
  b.onmessage = common.mustCall((event) => {
    assert.deepStrictEqual(event.data, { hi: 1 });
    assert.strictEqual(event.target, b);
    a.close();
    b.close();
    assert.throws(() => a.postMessage(1), { name: 'InvalidStateError' });
  });
  a.postMessage({ hi: 1 });
  assert.throws(() => new BroadcastChannel(), { code: 'ERR_MISSING_ARGS' });
}

{
  // structuredClone transfers MessagePorts too, and refuses one left out of the
  // transfer list like postMessage does.
  const { port1, port2 } = new MessageChannel();
  assert.throws(() => structuredClone({ port1 }), {
    name: 'TypeError', code: 'ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST',
  });
  const { port } = structuredClone({ port: port1 }, { transfer: [port1] });
  assert.ok(port instanceof MessagePort);
  assert.notStrictEqual(port, port1);
  port.on('message', common.mustCall((message) => {
    assert.strictEqual(message, 'to the clone');
    port.close();
  }));
  port2.postMessage('to the clone');
}

{
  // Untransferable ArrayBuffers (Buffer's pool among them) are copied, not detached.
  const { markAsUntransferable } = require('worker_threads');
  const { port1, port2 } = new MessageChannel();
  const marked = new ArrayBuffer(8);
  markAsUntransferable(marked);
  port1.postMessage(marked, [marked]);
  assert.strictEqual(marked.byteLength, 8);
  assert.strictEqual(receiveMessageOnPort(port2).message.byteLength, 8);
  const pooled = Buffer.from('pooled');
  port1.postMessage(pooled, [pooled.buffer]);
  assert.strictEqual(pooled.toString(), 'pooled');
  assert.strictEqual(Buffer.from(receiveMessageOnPort(port2).message).toString(), 'pooled');
  const cloned = structuredClone(pooled, { transfer: [pooled.buffer] });
  assert.strictEqual(pooled.toString(), 'pooled');
  assert.strictEqual(Buffer.from(cloned).toString(), 'pooled');
  port1.close();
}

{
  // Node's shape: the EventEmitter-style methods live on NodeEventTarget.prototype, emit()
  // of other types carries its argument as the event's detail, close(callback), and
  // transfer lists given as { transfer } or any iterable.
  const { moveMessagePortToContext } = require('worker_threads');
  assert.deepStrictEqual(Object.getOwnPropertyNames(MessagePort.prototype).sort(), [
    'close', 'constructor', 'hasRef', 'onmessage', 'onmessageerror', 'postMessage', 'ref',
    'start', 'unref',
  ]);
  const { port1, port2 } = new MessageChannel();
  port2.addEventListener('foo', common.mustCall((event) => assert.strictEqual(event.detail, 'bar')));
  port2.on('foo', common.mustCall((arg) => assert.strictEqual(arg, 'bar')));
  port2.emit('foo', 'bar');
  const ab = new ArrayBuffer(10);
  port1.postMessage({ ab }, { transfer: (function*() { yield ab; })() });
  assert.strictEqual(ab.byteLength, 0);
  assert.throws(() => port1.postMessage(5, { transfer: null }), {
    code: 'ERR_INVALID_ARG_TYPE', message: 'Optional options.transfer argument must be an iterable',
  });
  assert.throws(() => port1.postMessage(5, { transfer: { [Symbol.iterator]() { return {}; } } }), {
    code: 'ERR_INVALID_ARG_TYPE', message: 'Optional options.transfer argument must be an iterable',
  });
  assert.throws(() => moveMessagePortToContext(port1, {}), {
    code: 'ERR_INVALID_ARG_TYPE', message: 'Invalid context argument',
  });
  assert.throws(() => moveMessagePortToContext({}, {}), {
    code: 'ERR_INVALID_ARG_TYPE', message: 'The "port" argument must be a MessagePort instance',
  });
  port1.close(common.mustCall(() => {
    assert.throws(() => moveMessagePortToContext(port1, {}), { code: 'ERR_CLOSED_MESSAGE_PORT' });
  }));
}

{
  // MessageEvent's init dictionary, checked like Node's.
  const { port1 } = new MessageChannel();
  const event = new MessageEvent('message', { data: 2, origin: 1, lastEventId: 0, ports: [port1] });
  assert.deepStrictEqual(
    [event.type, event.data, event.origin, event.lastEventId, event.source, event.ports],
    ['message', 2, '1', '0', null, [port1]]);
  assert.strictEqual(new MessageEvent('message', { data: undefined }).data, null);
  assert.throws(() => new MessageEvent('message', { source: {} }), {
    code: 'ERR_INVALID_ARG_TYPE', message: /The "init\.source" property must be an instance of MessagePort/,
  });
  assert.throws(() => new MessageEvent('message', { ports: [null] }), {
    code: 'ERR_INVALID_ARG_TYPE', message: /The "init\.ports\[0\]" property must be an instance of MessagePort/,
  });
  assert.throws(() => new MessageEvent('message', { ports: 0 }), { message: /ports is not iterable/ });
  port1.close();
}
