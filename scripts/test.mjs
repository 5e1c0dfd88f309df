// npm test — the house rules (types, lint, format, dead code: each one check), then every
// test: unit and integration (Vitest; integration on SQLite, and on PostgreSQL too when
// DATABASE_URL_POSTGRES is set), then the browser tests (Playwright + Debian's Chromium)
// against a production build on a fresh demo database. Ends with "N passed, N failed".
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const results = path.join(root, 'test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });
const bin = (name) => path.join(root, 'node_modules/.bin', name);
const run = (command, args, env = {}) =>
  spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

let passed = 0;
let failed = 0;
const failures = [];
/** how long each phase took, printed at the end */
const phases = [];
const timed = (name, work) => {
  const start = Date.now();
  const result = work();
  phases.push([name, Date.now() - start]);
  return result;
};

// 0. House rules: a type error, a lint error, an unformatted file or an unused
// file, export or dependency fails the run (SKIP_CHECKS=1 skips them locally).
if (process.env.SKIP_CHECKS !== '1') {
  // route types (PageProps, LayoutProps) come from `next typegen`, before any build
  const typegen = () =>
    run(process.execPath, ['node_modules/next/dist/bin/next', 'typegen'], { NEXT_TELEMETRY_DISABLED: '1' });
  if (timed('next typegen', typegen) !== 0) failures.push('next typegen');
  const checks = [
    ['typecheck', bin('tsc'), ['--noEmit']],
    ['format', bin('prettier'), ['--check', '--log-level', 'warn', '.']],
    ['knip', bin('knip'), []],
  ];
  for (const [name, command, args] of checks) {
    console.log(`\n[check] ${name}`);
    if (timed(name, () => run(command, args)) === 0) passed += 1;
    else {
      failed += 1;
      failures.push(name);
    }
  }
}

// Beside Vitest, which leaves part of the second core idle: first the browser tests' databases and
// production build, then the linter (type-aware, one core for minutes), which goes on beside the
// browser tests too: they wait for the build, not for the linter. Each step's output goes to its log
// (outside test-results/, which Playwright empties), printed when it is read.
const skipE2e = process.env.SKIP_E2E === '1';
// the seeded demo database each Playwright worker copies (tests/e2e/fixtures.ts), and an empty
// one for the first-run setup (tests/e2e/first-run.spec.ts)
const e2eEnv = { DATABASE_URL: 'file:./data/e2e.db', STORAGE_DIR: './data/e2e-storage', NEXT_TELEMETRY_DISABLED: '1' };

// the steps beside write their logs outside test-results/, which Playwright empties when it starts
const logs = mkdtempSync(path.join(tmpdir(), 'portico-test-'));

/** Runs a command without blocking this script; its output goes to <logs>/<log>. */
function runBeside(log, command, args, env = {}) {
  const out = openSync(path.join(logs, log), 'a');
  const child = spawn(command, args, { cwd: root, stdio: ['ignore', out, out], env: { ...process.env, ...env } });
  return new Promise((resolve) =>
    child.on('exit', (code) => {
      closeSync(out);
      resolve(code ?? 1);
    }),
  );
}

/** A step that runs beside the others, its duration added to the phases when it ends. */
async function besidePhase(name, work) {
  const start = Date.now();
  const result = await work();
  phases.push([name, Date.now() - start]);
  return result;
}

const e2ePrepared = skipE2e
  ? Promise.resolve(null)
  : besidePhase('e2e preparation: databases, next build (beside vitest)', async () => {
      mkdirSync(path.join(root, 'data'), { recursive: true });
      for (const f of readdirSync(path.join(root, 'data')))
        if (f.startsWith('e2e')) rmSync(path.join(root, 'data', f), { recursive: true, force: true });
      const log = 'e2e-preparation.log';
      return (
        (await runBeside(log, bin('tsx'), ['scripts/db-migrate.ts'], e2eEnv)) === 0 &&
        (await runBeside(log, bin('tsx'), ['prisma/seed.ts'], e2eEnv)) === 0 &&
        (await runBeside(log, bin('tsx'), ['scripts/db-migrate.ts'], {
          ...e2eEnv,
          DATABASE_URL: 'file:./data/e2e-empty.db',
        })) === 0 &&
        (await runBeside(log, process.execPath, ['node_modules/next/dist/bin/next', 'build'], {
          NEXT_TELEMETRY_DISABLED: '1',
        })) === 0
      );
    });
const linted =
  process.env.SKIP_CHECKS === '1'
    ? Promise.resolve(null)
    : e2ePrepared.then(() =>
        besidePhase('lint (beside vitest and the browser tests)', () => runBeside('eslint.log', bin('eslint'), ['.'])),
      );

// 1. Vitest (asynchronous, so the steps beside it move on)
const vitestStart = Date.now();
const vitestStatus = await new Promise((resolve) =>
  spawn(
    bin('vitest'),
    ['run', '--reporter=default', '--reporter=json', `--outputFile=${path.join(results, 'vitest.json')}`],
    { cwd: root, stdio: 'inherit' },
  ).on('exit', (code) => resolve(code ?? 1)),
);
phases.push(['vitest (unit, integration on each engine)', Date.now() - vitestStart]);
if (existsSync(path.join(results, 'vitest.json'))) {
  const report = JSON.parse(readFileSync(path.join(results, 'vitest.json'), 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
}
if (vitestStatus !== 0) failures.push('vitest');

// 2. Playwright, against the production build and the fresh demo database
if (!skipE2e) {
  if (!(await e2ePrepared)) {
    console.log(readFileSync(path.join(logs, 'e2e-preparation.log'), 'utf8'));
    failures.push('e2e preparation');
    failed += 1;
  } else {
    const status = timed('playwright', () => run(bin('playwright'), ['test'], e2eEnv));
    const file = path.join(results, 'e2e.json');
    if (existsSync(file)) {
      const { stats } = JSON.parse(readFileSync(file, 'utf8'));
      passed += stats.expected + stats.flaky;
      failed += stats.unexpected;
    }
    if (status !== 0) failures.push('playwright');
  }
}

// 3. The linter's verdict, once it is done
const lint = await linted;
if (lint !== null) {
  console.log(`\n[check] lint\n${readFileSync(path.join(logs, 'eslint.log'), 'utf8')}`);
  if (lint === 0) passed += 1;
  else {
    failed += 1;
    failures.push('lint');
  }
}

if (failures.length && failed === 0) failed = failures.length; // a runner crashed before reporting
/** [seconds, name] of every test that reported, from Vitest's and Playwright's JSON reports */
function testDurations() {
  const rows = [];
  const vitest = path.join(results, 'vitest.json');
  if (existsSync(vitest))
    for (const file of JSON.parse(readFileSync(vitest, 'utf8')).testResults)
      for (const t of file.assertionResults)
        rows.push([(t.duration ?? 0) / 1000, `${path.relative(root, file.name)} › ${t.title}`]);
  const e2e = path.join(results, 'e2e.json');
  const walk = (suite) => {
    for (const spec of suite.specs ?? [])
      for (const t of spec.tests)
        for (const r of t.results) rows.push([r.duration / 1000, `tests/e2e/${spec.file} › ${spec.title}`]);
    for (const child of suite.suites ?? []) walk(child);
  };
  if (existsSync(e2e)) for (const suite of JSON.parse(readFileSync(e2e, 'utf8')).suites) walk(suite);
  return rows.sort((a, b) => b[0] - a[0]);
}

console.log('\nthe ten slowest tests:');
for (const [seconds, name] of testDurations().slice(0, 10))
  console.log(`  ${seconds.toFixed(1).padStart(6)} s  ${name}`);
console.log('\nphases:');
for (const [name, ms] of phases) console.log(`  ${(ms / 1000).toFixed(0).padStart(5)} s  ${name}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failures.length ? 1 : 0);
