// npm test — the house rules (types, lint, format, dead code: each one check), then every
// test: unit and integration (Vitest; integration on SQLite, and on PostgreSQL too when
// DATABASE_URL_POSTGRES is set), then the browser tests (Playwright + Debian's Chromium)
// against a production build on a fresh demo database. Ends with "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
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

// 0. House rules: a type error, a lint error, an unformatted file or an unused
// file, export or dependency fails the run (SKIP_CHECKS=1 skips them locally).
if (process.env.SKIP_CHECKS !== '1') {
  // route types (PageProps, LayoutProps) come from `next typegen`, before any build
  if (run(process.execPath, ['node_modules/next/dist/bin/next', 'typegen'], { NEXT_TELEMETRY_DISABLED: '1' }) !== 0)
    failures.push('next typegen');
  const checks = [
    ['typecheck', bin('tsc'), ['--noEmit']],
    ['lint', bin('eslint'), ['.']],
    ['format', bin('prettier'), ['--check', '--log-level', 'warn', '.']],
    ['knip', bin('knip'), []],
  ];
  for (const [name, command, args] of checks) {
    console.log(`\n[check] ${name}`);
    if (run(command, args) === 0) passed += 1;
    else {
      failed += 1;
      failures.push(name);
    }
  }
}

// 1. Vitest
const vitestStatus = run(bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${path.join(results, 'vitest.json')}`,
]);
if (existsSync(path.join(results, 'vitest.json'))) {
  const report = JSON.parse(readFileSync(path.join(results, 'vitest.json'), 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
}
if (vitestStatus !== 0) failures.push('vitest');

// 2. Playwright, against a production build and a fresh demo database
if (process.env.SKIP_E2E !== '1') {
  const e2eEnv = {
    DATABASE_URL: 'file:./data/e2e.db',
    STORAGE_DIR: './data/e2e-storage',
    E2E_DATABASE_URL: 'file:./data/e2e.db',
    NEXT_TELEMETRY_DISABLED: '1',
  };
  for (const f of [
    'data/e2e.db',
    'data/e2e.db-journal',
    'data/e2e.db-wal',
    'data/e2e.db-shm',
    'data/e2e-storage',
    'data/e2e-empty.db',
  ])
    rmSync(path.join(root, f), { recursive: true, force: true });
  const ready =
    run(bin('tsx'), ['scripts/db-migrate.ts'], e2eEnv) === 0 &&
    run(bin('tsx'), ['prisma/seed.ts'], e2eEnv) === 0 &&
    // a second server on an empty database, for the first-run setup
    run(bin('tsx'), ['scripts/db-migrate.ts'], { ...e2eEnv, DATABASE_URL: 'file:./data/e2e-empty.db' }) === 0 &&
    run(process.execPath, ['node_modules/next/dist/bin/next', 'build'], { NEXT_TELEMETRY_DISABLED: '1' }) === 0;
  if (!ready) {
    failures.push('e2e preparation');
    failed += 1;
  } else {
    const status = run(bin('playwright'), ['test'], e2eEnv);
    const file = path.join(results, 'e2e.json');
    if (existsSync(file)) {
      const { stats } = JSON.parse(readFileSync(file, 'utf8'));
      passed += stats.expected + stats.flaky;
      failed += stats.unexpected;
    }
    if (status !== 0) failures.push('playwright');
  }
}

if (failures.length && failed === 0) failed = failures.length; // a runner crashed before reporting
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failures.length ? 1 : 0);
