'use strict';
// An 'error' event nobody listens to ends the process with the error's stack
// followed by where it was emitted, shared frames folded.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

function run(code, status = 1) {
  const r = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8' });
  assert.strictEqual(r.status, status);
  return r.stderr;
}

{
  const stderr = run("const e = new (require('events'))();\n" +
                     'function a() { b(); }\nfunction b() { c(); }\n' +
                     "function c() { e.emit('error', new Error('plain')); }\na();");
  assert.match(stderr, /^ {6}throw er; \/\/ Unhandled 'error' event\n {6}\^\n\nError: plain\n/m);
  assert.match(stderr, /\nEmitted 'error' event at:\n {4}at c \(\[eval\]:4:18\)\n {4}at b \(\[eval\]:3:16\)\n/);
  assert.match(stderr, /\n {4}\[\.\.\. lines matching original stack trace \.\.\.\]\n/);
}

{
  const stderr = run("class Foo extends require('events') {}\nnew Foo().emit('error', new Error('sub'))");
  assert.match(stderr, /\nEmitted 'error' event on Foo instance at:\n {4}at \[eval\]:2:11\n/);
}

{
  const stderr = run("require('fs').createReadStream('/nonexistent-rt-test')");
  assert.ok(stderr.includes("\nError: ENOENT: no such file or directory, open '/nonexistent-rt-test'\n" +
                            "Emitted 'error' event on ReadStream instance at:\n    at "), stderr);
  assert.match(stderr, /\n {2}code: 'ENOENT',\n/);
}

{
  // Not an Error: ERR_UNHANDLED_ERROR, whose stack starts at emit, and no footer.
  const stderr = run("new (require('events'))().emit('error', { a: 1 })");
  assert.match(stderr, /^ {4}throw err; \/\/ Unhandled 'error' event\n/m);
  assert.match(stderr,
               /\nError \[ERR_UNHANDLED_ERROR\]: Unhandled error\. \(\{ a: 1 \}\)\n {4}at EventEmitter\.emit /);
  assert.doesNotMatch(stderr, /Emitted 'error' event/);
}

{
  // A listener for 'uncaughtException' sees the stack unchanged.
  const stderr = run("process.on('uncaughtException', (e) => console.error(e.stack));" +
                     "new (require('events'))().emit('error', new Error('seen'))", 0);
  assert.doesNotMatch(stderr, /Emitted 'error' event/);
}

{
  // A refused connection: the error comes from the connect request, emitted by the socket.
  const stderr = run("const net = require('net');\n" +
                     'const server = net.createServer().listen(0, "127.0.0.1", () => {\n' +
                     '  const { port } = server.address();\n' +
                     '  server.close(() => net.connect(port, "127.0.0.1"));\n' +
                     '});');
  assert.match(stderr, /\nError: connect ECONNREFUSED 127\.0\.0\.1:\d+\n {4}at TCPConnectWrap\.afterConnect \[as oncomplete\] \(node:net:\d+:\d+\)\nEmitted 'error' event on Socket instance at:\n/);
  assert.match(stderr, /\n {2}code: 'ECONNREFUSED',\n {2}syscall: 'connect',\n/);
}
