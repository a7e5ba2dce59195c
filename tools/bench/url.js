'use strict';

// WHATWG URL parsing and reads, rt against node.
//   node tools/bench/url.js [path/to/rt]     runs both and prints ops/s and rt/node
//   <runtime> tools/bench/url.js --worker    measures the runtime it runs in (JSON lines)
// One operation is one pass over 100k mixed URLs. A ratio above 1 means rt is faster.
// BENCH_MS (default 1000) is the time per case, BENCH_ROUNDS (default 3) the runs per runtime.

const COUNT = 100000;
const { measure: measureFor, report, main } = require('./harness');
const measure = (fn) => measureFor(fn, Number(process.env.BENCH_MS || 1000));

// CPU time (user + system) in ms: steadier than wall time on a shared machine.

// [input, base] pairs of the kinds a server meets, plus the rarer forms.
function sampleURLs() {
  const hosts = [
    'example.com', 'api.example.org', 'localhost', '127.0.0.1', 'Sub.Domain.Example.NET',
    '[::1]', '[2001:db8::ff00:42:8329]', '10.0.0.254',
  ];
  const paths = ['/', '/index.html', '/api/v1/users/42', '/a/b/../c/./d', '/static/js/app.min.js',
                 '/search', '/%7Euser/file%20name.txt', '/deep/nested/path/to/resource'];
  const queries = ['', '?q=1', '?page=2&sort=desc&filter=active', '?a=b%20c&d=e+f', '?x'];
  const hashes = ['', '#top', '#section-2'];
  const out = [];
  for (let i = 0; out.length < COUNT; i++) {
    const host = hosts[i % hosts.length];
    const path = paths[(i >> 3) % paths.length];
    const query = queries[(i >> 1) % queries.length];
    const hash = hashes[(i >> 2) % hashes.length];
    switch (i % 8) {
      case 0: case 1: case 2:
        out.push([`http${i & 1 ? 's' : ''}://${host}${i % 5 ? '' : ':8080'}${path}${query}${hash}`,
                  undefined]);
        break;
      case 3:
        out.push([`${path}${query}${hash}`, `https://${host}/base/dir/file`]);
        break;
      case 4:
        out.push([`../other${query}`, `http://${host}/a/b/c`]);
        break;
      case 5:
        out.push([`file:///home/user${path}`, undefined]);
        break;
      case 6:
        out.push([`git+ssh://git@github.com/org/repo${i}.git${hash}`, undefined]);
        break;
      default:
        out.push([`HTTP://User:Pass@${host}${path}${query}`, undefined]);
    }
  }
  return out;
}

function worker() {
  const inputs = sampleURLs();
  let sink = 0;
  const parse = () => {
    for (let i = 0; i < inputs.length; i++) {
      const [input, base] = inputs[i];
      const url = base === undefined ? new URL(input) : new URL(input, base);
      sink += url.pathname.length;
    }
  };
  const urls = inputs.map(([input, base]) => new URL(input, base));
  const readHref = () => {
    for (let i = 0; i < urls.length; i++) sink += urls[i].href.length;
  };
  const readParam = () => {
    for (let i = 0; i < inputs.length; i++) {
      const [input, base] = inputs[i];
      const value = new URL(input, base).searchParams.get('page');
      if (value !== null) sink += value.length;
    }
  };
  const results = [
    ['new URL() x100k', measure(parse)],
    ['url.href x100k', measure(readHref)],
    ['new URL().searchParams.get x100k', measure(readParam)],
  ];
  for (const [name, ops] of results) report(name, ops);
  if (sink === 0) console.log('');
}

main(__filename, worker);
