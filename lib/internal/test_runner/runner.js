'use strict';

// `rt --test [paths...]`: finds test files, runs each in its own child process with
// the TAP reporter, and prints one combined TAP report with summed counts.

const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const kSummaryKeys = ['tests', 'suites', 'pass', 'fail', 'cancelled', 'skipped', 'todo'];

// Node 20's rules: *.test.js, *-test.js, *_test.js, test-*.js, test.js (each also
// .cjs/.mjs), and any .js/.cjs/.mjs file below a directory named `test`.
function isTestFile(name, underTestDir) {
  const m = /^(.*)\.(?:c|m)?js$/.exec(name);
  if (m === null) return false;
  if (underTestDir) return true;
  const stem = m[1];
  return stem === 'test' || stem.startsWith('test-') || /(?:\.|-|_)test$/.test(stem);
}

function findTestFiles(dir, underTestDir, out) {
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === 'node_modules') continue;
      findTestFiles(full, underTestDir || entry.name === 'test', out);
    } else if (entry.isFile() && isTestFile(entry.name, underTestDir)) {
      out.push(full);
    }
  }
  return out;
}

// Returns the list of files to run, or null (after reporting) if a path is missing.
function resolveFiles(args) {
  const cwd = process.cwd();
  if (args.length === 0) return findTestFiles(cwd, false, []);
  const files = [];
  for (const arg of args) {
    const full = path.resolve(cwd, arg);
    let stat;
    try {
      stat = fs.statSync(full);
    } catch {
      process.stderr.write(`Could not find '${full}'\n`);
      return null;
    }
    if (stat.isDirectory()) findTestFiles(full, path.basename(full) === 'test', files);
    else files.push(full);
  }
  return files;
}

const kTapLine = /^(?:(?:not )?ok \d+|# |1\.\.\d+|TAP version |Bail out!|\s|$)/;

// Reads one child's TAP output: its top-level test points (renumbered by the caller),
// the lines belonging to each, and the summary counts.
function parseChildTap(stdout) {
  const lines = stdout.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const items = [];  // { kind: 'point', ok, rest, lines } | { kind: 'comment', text }
  const counts = { __proto__: null };
  let pending = [];  // '# Subtest:' and nested lines before the next top-level point
  let last = null;
  let inYaml = false;
  for (const line of lines) {
    const point = /^(not ok|ok) \d+(.*)$/.exec(line);
    const summary = /^# (tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) (\S+)$/.exec(line);
    if (inYaml) {
      last.after.push(line);
      if (line === '  ...') inYaml = false;
    } else if (point !== null) {
      last = { kind: 'point', ok: point[1] === 'ok', rest: point[2], before: pending, after: [] };
      items.push(last);
      pending = [];
    } else if (summary !== null) {
      if (summary[1] !== 'duration_ms') counts[summary[1]] = Number(summary[2]);
    } else if (line.startsWith('TAP version ') || /^1\.\.\d+$/.test(line)) {
      // Replaced by the combined report's own plan.
    } else if (line === '  ---' && last !== null && last.after.length === 0 &&
               pending.length === 0) {
      last.after.push(line);  // The YAML block of the last top-level point.
      inYaml = true;
    } else if (!kTapLine.test(line)) {
      items.push({ kind: 'comment', text: line });  // Stray output (console.log).
    } else {
      pending.push(line);
    }
  }
  for (const line of pending) items.push({ kind: 'comment', text: line.replace(/^# /, '') });
  return { items, counts };
}

function yamlString(s) {
  return `'${String(s).replace(/'/g, "''")}'`;
}

function run(args) {
  const start = process.hrtime.bigint();
  const files = resolveFiles(args);
  if (files === null) {
    process.exitCode = 1;
    return;
  }
  const out = ['TAP version 13'];
  const totals = { __proto__: null };
  for (const key of kSummaryKeys) totals[key] = 0;
  let n = 0;
  const childArgs = ['--test-reporter=tap'];
  if (process.execArgv.includes('--test-only')) childArgs.push('--test-only');

  for (const file of files) {
    const fileStart = process.hrtime.bigint();
    const child = spawnSync(process.execPath, [...childArgs, file], {
      encoding: 'utf8',
      env: { ...process.env, NODE_TEST_CONTEXT: 'child' },
      maxBuffer: Infinity,
    });
    const fileMs = Number(process.hrtime.bigint() - fileStart) / 1e6;
    const stderr = child.stderr || '';
    for (const line of stderr.split('\n')) {
      if (line !== '') out.push(`# ${line}`);
    }
    const { items, counts } = parseChildTap(child.stdout || '');
    let points = 0;
    for (const item of items) {
      if (item.kind === 'comment') {
        out.push(item.text.startsWith('# ') ? item.text : `# ${item.text}`);
        continue;
      }
      points++;
      out.push(...item.before);
      out.push(`${item.ok ? 'ok' : 'not ok'} ${++n}${item.rest}`, ...item.after);
    }
    for (const key of kSummaryKeys) totals[key] += counts[key] || 0;
    const failedExit = child.status !== 0 || child.signal !== null;
    // A file that reported no tests, or exited badly without a failing test, is
    // itself reported as a test.
    if (points === 0 || (failedExit && !(counts.fail > 0))) {
      totals.tests++;
      const ok = !failedExit;
      if (ok) totals.pass++;
      else totals.fail++;
      out.push(`# Subtest: ${file}`, `${ok ? 'ok' : 'not ok'} ${++n} - ${file}`, '  ---',
               `  duration_ms: ${fileMs}`);
      if (!ok) {
        out.push(`  location: ${yamlString(`${file}:1:1`)}`,
                 "  failureType: 'testCodeFailure'",
                 `  exitCode: ${child.status === null ? '~' : child.status}`,
                 `  signal: ${child.signal === null ? '~' : yamlString(child.signal)}`,
                 "  error: 'test failed'",
                 "  code: 'ERR_TEST_FAILURE'");
      }
      out.push('  ...');
    }
  }
  out.push(`1..${n}`);
  for (const key of kSummaryKeys) out.push(`# ${key} ${totals[key]}`);
  out.push(`# duration_ms ${Number(process.hrtime.bigint() - start) / 1e6}`);
  process.stdout.write(out.join('\n') + '\n');
  if (totals.fail > 0 || totals.cancelled > 0) process.exitCode = 1;
}

module.exports = { run, findTestFiles, isTestFile };
