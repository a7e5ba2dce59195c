// Copies undici's fetch closure into rt's lib/, rewriting requires to rt ids.
// Usage: (cd /tmp && npm pack undici@6.24.1 && mkdir -p undici-pack &&
//         tar -xzf undici-6.24.1.tgz -C undici-pack) && node tools/vendor_undici.js
// (UNDICI_SRC overrides the unpacked package folder.)
const fs = require('fs'), path = require('path');
const src = process.env.UNDICI_SRC || '/tmp/undici-pack/package';
const dst = path.join(__dirname, '..', 'lib', 'internal', 'deps', 'undici');
const base = 'internal/deps/undici';
const nodeMap = { 'util/types': 'util/types' };
const skip = /^lib\/web\/(websocket|eventsource)\//;
const seen = new Set();
// The only changes beyond require ids; each says why.
const patches = [
  { file: 'lib/web/fetch/index.js',
    from: "typeof __UNDICI_IS_NODE__ !== 'undefined' || typeof esbuildDetection !== 'undefined'", to: 'true',
    why: "the runtime's own fetch sends `user-agent: node`, as Node's bundle does" },
  { file: 'lib/web/fetch/index.js', from: 'const markResourceTiming = performance.markResourceTiming',
    to: 'const markResourceTiming = performance.markResourceTiming ?? (() => {})',
    why: "rt's perf_hooks has no performance.markResourceTiming yet, so fetches add no resource timing entries" },
];
function resolve(from, id) {
  let p = path.resolve(path.dirname(from), id);
  if (fs.existsSync(p + '.js')) p += '.js';
  else if (fs.existsSync(p + '/index.js')) p += '/index.js';
  return p;
}
function visit(f) {
  const rel = path.relative(src, f);
  if (seen.has(rel) || skip.test(rel)) return;
  seen.add(rel);
  let text = fs.readFileSync(f, 'utf8');
  const deps = [];
  text = text.replace(/require\(\s*['"]([^'"]+)['"]\s*\)/g, (m, id) => {
    if (id.startsWith('.')) {
      const p = resolve(f, id);
      deps.push(p);
      return `require('${base}/${path.relative(src, p).replace(/\.js$/, '')}')`;
    }
    if (id.startsWith('node:')) { const n = id.slice(5); return `require('${nodeMap[n] || n}')`; }
    throw new Error(`unexpected require ${id} in ${rel}`);
  });
  let note = "only its require() ids changed, to rt's lib ids";
  const own = patches.filter((p) => p.file === rel);
  for (const p of own) {
    const before = text;
    text = text.split(p.from).join(p.to);
    if (text === before) throw new Error(`patch did not apply to ${rel}: ${p.from}`);
  }
  if (own.length) {
    note = "its require() ids changed to rt's lib ids, and:\n" +
      own.map((p) => `// - \`${p.from}\` became \`${p.to}\`: ${p.why}`).join('\n');
  }
  if (rel !== 'index-fetch.js') {
    const header = `// undici 6.24.1 ${rel} (MIT, see LICENSE); ${note}.\n`;
    fs.mkdirSync(path.dirname(path.join(dst, rel)), { recursive: true });
    fs.writeFileSync(path.join(dst, rel), header + text);
  }
  for (const d of deps) visit(d);
}
visit(path.join(src, 'index-fetch.js'));
fs.copyFileSync(path.join(src, 'LICENSE'), path.join(dst, 'LICENSE'));
console.log([...seen].sort().join('\n'), seen.size);
