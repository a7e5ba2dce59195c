'use strict';

// The JSON work of tools/bench/http.sh's `json` case outside HTTP, rt against node:
// JSON.stringify and JSON.parse of json_page.js, and the stringify of one 3 000-character
// string, which isolates the engine's string escaping.
//   node tools/bench/json.js [path/to/rt]     runs both and prints ops/s and rt/node
//   <runtime> tools/bench/json.js --worker    measures the runtime it runs in (JSON lines)

const { measure, report, main } = require('./harness');

function worker() {
  const page = require('./json_page');
  const text = JSON.stringify(page);
  const long = { text: 'lorem ipsum dolor sit amet '.repeat(111).slice(0, 3000) };
  let sink = 0;
  const cases = [
    ['JSON.stringify(page)', () => { sink += JSON.stringify(page).length; }],
    ['JSON.stringify(3000-char string)', () => { sink += JSON.stringify(long).length; }],
    ['JSON.parse(page)', () => { sink += JSON.parse(text).users.length; }],
  ];
  for (const [name, fn] of cases) report(name, measure(fn));
  if (sink === 0) console.error('unreachable');
}

main(__filename, worker);
