'use strict';
// fs/promises: the path functions, readFile/writeFile/appendFile and their errors.
const common = require('../common');
const assert = require('node:assert');
const fs = require('node:fs');
const fsp = require('node:fs/promises');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
assert.strictEqual(fs.promises, fsp);
assert.strictEqual(fsp.constants, fs.constants);

(async () => {
  const file = tmpdir.resolve('p.txt');
  await fsp.writeFile(file, 'héllo');
  assert.strictEqual(await fsp.readFile(file, 'utf8'), 'héllo');
  assert.deepStrictEqual(await fsp.readFile(file), Buffer.from('héllo'));
  await fsp.appendFile(file, Buffer.from('!'));
  assert.strictEqual(await fsp.readFile(file, { encoding: 'latin1' }), 'hÃ©llo!');
  await fsp.writeFile(file, ['a', 'b', Buffer.from('c')]);
  assert.strictEqual(await fsp.readFile(file, 'utf8'), 'abc');
  await fsp.writeFile(file, (async function* () { yield 'x'; yield 'y'; })());
  assert.strictEqual(await fsp.readFile(file, 'utf8'), 'xy');
  await assert.rejects(fsp.writeFile(file, 1), { code: 'ERR_INVALID_ARG_TYPE' });
  await assert.rejects(fsp.readFile(tmpdir.resolve('missing')), {
    code: 'ENOENT',
    syscall: 'open',
    path: tmpdir.resolve('missing'),
    message: `ENOENT: no such file or directory, open '${tmpdir.resolve('missing')}'`,
  });
  await assert.rejects(fsp.readFile(file, { signal: AbortSignal.abort() }), {
    name: 'AbortError',
  });
  await assert.rejects(fsp.writeFile(file, 'x', { flag: 'wx' }), { code: 'EEXIST' });

  const st = await fsp.stat(file);
  assert.strictEqual(st.size, 2);
  assert.strictEqual((await fsp.stat(file, { bigint: true })).size, 2n);
  assert.strictEqual((await fsp.statfs(tmpdir.path)).bsize > 0, true);
  await fsp.access(file, fs.constants.R_OK);
  await assert.rejects(fsp.access(tmpdir.resolve('missing')), { code: 'ENOENT', syscall: 'access' });

  assert.strictEqual(await fsp.mkdir(tmpdir.resolve('m/n'), { recursive: true }),
                     tmpdir.resolve('m'));
  assert.strictEqual(await fsp.mkdir(tmpdir.resolve('plain')), undefined);
  assert.deepStrictEqual((await fsp.readdir(tmpdir.path)).sort(), ['m', 'p.txt', 'plain']);
  assert.deepStrictEqual((await fsp.readdir(tmpdir.path, { recursive: true })).sort(),
                         ['m', 'm/n', 'p.txt', 'plain']);
  const dirents = await fsp.readdir(tmpdir.path, { withFileTypes: true });
  assert.deepStrictEqual(dirents.filter((d) => d.isFile()).map((d) => d.name), ['p.txt']);

  await fsp.copyFile(file, tmpdir.resolve('copy.txt'));
  await fsp.rename(tmpdir.resolve('copy.txt'), tmpdir.resolve('moved.txt'));
  await assert.rejects(fsp.rename(tmpdir.resolve('copy.txt'), tmpdir.resolve('z')), {
    code: 'ENOENT',
    dest: tmpdir.resolve('z'),
  });
  await fsp.link(file, tmpdir.resolve('hard.txt'));
  await fsp.symlink('p.txt', tmpdir.resolve('sym'));
  assert.strictEqual(await fsp.readlink(tmpdir.resolve('sym')), 'p.txt');
  assert.strictEqual((await fsp.lstat(tmpdir.resolve('sym'))).isSymbolicLink(), true);
  assert.strictEqual(await fsp.realpath(tmpdir.resolve('sym')),
                     fs.realpathSync(tmpdir.resolve('p.txt')));
  await fsp.chmod(file, 0o600);
  assert.strictEqual((await fsp.stat(file)).mode & 0o777, 0o600);
  await fsp.utimes(file, 100, 200);
  assert.strictEqual((await fsp.stat(file)).mtimeMs, 200000);
  await fsp.lutimes(tmpdir.resolve('sym'), 1, 2);
  const { uid, gid } = await fsp.stat(file);
  await fsp.chown(file, uid, gid);
  await fsp.lchown(tmpdir.resolve('sym'), uid, gid);
  await fsp.truncate(file, 1);
  assert.strictEqual(await fsp.readFile(file, 'utf8'), 'x');
  assert.match(await fsp.mkdtemp(tmpdir.resolve('t-')), /t-[A-Za-z0-9]{6}$/);

  await fsp.unlink(tmpdir.resolve('hard.txt'));
  await fsp.rmdir(tmpdir.resolve('plain'));
  await fsp.rm(tmpdir.resolve('m'), { recursive: true });
  await assert.rejects(fsp.rm(tmpdir.resolve('m')), { code: 'ENOENT' });
  await fsp.rm(tmpdir.resolve('m'), { force: true });

  const dir = await fsp.opendir(tmpdir.path);
  const names = [];
  for await (const entry of dir) names.push(entry.name);
  assert.ok(names.includes('p.txt'));
})().then(common.mustCall());
