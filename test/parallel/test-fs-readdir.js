'use strict';
// readdir (names, withFileTypes, recursive, buffer encoding) and opendir/Dir.
const common = require('../common');
const assert = require('node:assert');
const fs = require('node:fs');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
fs.mkdirSync(tmpdir.resolve('d/sub/deep'), { recursive: true });
fs.writeFileSync(tmpdir.resolve('d/a.txt'), 'a');
fs.writeFileSync(tmpdir.resolve('d/sub/b.txt'), 'b');
fs.symlinkSync('a.txt', tmpdir.resolve('d/link'));
const dir = tmpdir.resolve('d');

assert.deepStrictEqual(fs.readdirSync(dir).sort(), ['a.txt', 'link', 'sub']);
assert.deepStrictEqual(fs.readdirSync(dir, { recursive: true }).sort(),
                       ['a.txt', 'link', 'sub', 'sub/b.txt', 'sub/deep']);
assert.deepStrictEqual(fs.readdirSync(dir, 'buffer').sort(Buffer.compare),
                       [Buffer.from('a.txt'), Buffer.from('link'), Buffer.from('sub')]);
assert.deepStrictEqual(fs.readdirSync(dir, { encoding: 'hex' }).sort(),
                       ['612e747874', '6c696e6b', '737562']);

const dirents = fs.readdirSync(dir, { withFileTypes: true })
  .sort((x, y) => (x.name < y.name ? -1 : 1));
assert.deepStrictEqual(dirents.map((d) => d.name), ['a.txt', 'link', 'sub']);
assert.ok(dirents[0] instanceof fs.Dirent);
assert.strictEqual(dirents[0].isFile(), true);
assert.strictEqual(dirents[1].isSymbolicLink(), true);
assert.strictEqual(dirents[1].isFile(), false);
assert.strictEqual(dirents[2].isDirectory(), true);
assert.strictEqual(dirents[2].path, dir);
assert.strictEqual(dirents[2].parentPath, dir);

const deep = fs.readdirSync(dir, { withFileTypes: true, recursive: true })
  .map((d) => `${d.parentPath}|${d.name}|${d.isDirectory()}`).sort();
assert.deepStrictEqual(deep, [
  `${dir}/sub|b.txt|false`,
  `${dir}/sub|deep|true`,
  `${dir}|a.txt|false`,
  `${dir}|link|false`,
  `${dir}|sub|true`,
]);

assert.throws(() => fs.readdirSync(tmpdir.resolve('missing')), {
  code: 'ENOENT',
  syscall: 'scandir',
  message: `ENOENT: no such file or directory, scandir '${tmpdir.resolve('missing')}'`,
});
assert.throws(() => fs.readdirSync(tmpdir.resolve('d/a.txt')), {
  code: 'ENOTDIR',
  syscall: 'scandir',
});

fs.readdir(dir, common.mustSucceed((names) => {
  assert.deepStrictEqual(names.sort(), ['a.txt', 'link', 'sub']);
}));
fs.readdir(dir, { withFileTypes: true }, common.mustSucceed((ents) => {
  assert.deepStrictEqual(ents.filter((e) => e.isDirectory()).map((e) => e.name), ['sub']);
}));
fs.readdir(dir, { recursive: true }, common.mustSucceed((names) => {
  assert.strictEqual(names.length, 5);
}));
fs.readdir(tmpdir.resolve('missing'), common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
}));

// Dir: synchronous reads, then an async iterator, then callbacks.
const d = fs.opendirSync(dir);
assert.strictEqual(d.path, dir);
const seen = [];
let entry;
while ((entry = d.readSync()) !== null) seen.push(entry.name);
assert.deepStrictEqual(seen.sort(), ['a.txt', 'link', 'sub']);
d.closeSync();
assert.throws(() => d.readSync(), { code: 'ERR_DIR_CLOSED', message: 'Directory handle was closed' });
assert.throws(() => d.closeSync(), { code: 'ERR_DIR_CLOSED' });
assert.throws(() => fs.opendirSync(tmpdir.resolve('missing')), {
  code: 'ENOENT',
  syscall: 'opendir',
});

(async () => {
  const names = [];
  for await (const e of fs.opendirSync(dir, { bufferSize: 1 })) names.push(e.name);
  assert.deepStrictEqual(names.sort(), ['a.txt', 'link', 'sub']);
})().then(common.mustCall());

fs.opendir(dir, common.mustSucceed((d) => {
  d.read(common.mustSucceed((first) => {
    assert.ok(first instanceof fs.Dirent);
    d.close(common.mustSucceed());
  }));
}));
