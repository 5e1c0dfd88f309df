// npm run bench — Portico's pages under load, as a share of what Next itself can do here.
//  1. builds the floor (bench/floor: one prerendered page, one dynamic page that reads a
//     header and renders ~40 KB) and Portico (unless BENCH_SKIP_BUILD=1 and a build exists);
//  2. seeds its own database: the demo data plus 10k clients, 200k appointments and 50k
//     invoices in Studio Demo (2,000 appointments and 500 invoices for the demo client);
//  3. serves each with its production server and drives it with autocannon (10
//     connections, BENCH_SECONDS per page): req/s, p50, p97.5, each Portico page right
//     after a run of the floor's dynamic page, its share taken against that run; a second
//     Portico server with the query log counts SQL queries per request;
//  4. runs Lighthouse (mobile, Debian's Chromium) on the portal home, sign-in and dashboard;
//  5. writes bench/results.md. Never fails on timing.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { encode } from 'next-auth/jwt';
import { createDb } from '@/lib/db-client';
import { applyMigrations } from '@/scripts/schema-engine';
import { DEMO_CREDENTIALS, seed } from '@/prisma/seed';
import { serverActionId } from '@/tests/support/server-action-id';
import { answering, startServer } from '@/tests/support/start-server';
import { queryLineCounter } from './bench-server';

const root = path.resolve(import.meta.dirname, '..');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 10;
const SECRET = 'portico-benchmark-secret-0123456789abcdef';
const next = path.join(root, 'node_modules/next/dist/bin/next');

type TEnv = Record<string, string>;

function run(label: string, command: string, args: string[], cwd = root, env: TEnv = {}) {
  console.log(`▸ ${label}`);
  const result = spawnSync(command, args, {
    cwd,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
  });
  if (result.status !== 0) throw new Error(`${label} failed`);
}

/** A production server that counts the [query] lines it prints (PORTICO_QUERY_LOG=1). */
function serve(port: number, env: TEnv, command?: string[]) {
  const { counter, onLine } = queryLineCounter((line) => line.startsWith('STDERR') && console.error(line));
  // dual stack, as the URLs below say localhost
  const server = startServer({ port, command, env: { HOST: '::', ...env }, keepLines: false, onLine });
  return { child: server.child, counter };
}

/** The floor app is built with webpack: Turbopack, inside this repository, also picks up Portico's middleware. */
function buildFloor() {
  const dir = path.join(root, 'bench/floor');
  rmSync(path.join(dir, '.next'), { recursive: true, force: true });
  run('Building the floor app', process.execPath, [next, 'build', '.', '--webpack'], dir);
  return dir;
}

async function seedLarge(url: string) {
  await applyMigrations(url);
  const db = createDb(url);
  await seed(db, { storageDir: mkdtempSync(path.join(os.tmpdir(), 'portico-bench-files-')) });
  const business = await db.business.findUniqueOrThrow({ where: { slug: 'demo' } });
  const demoClient = await db.client.findFirstOrThrow({
    where: { businessId: business.id, email: DEMO_CREDENTIALS.client.email },
  });
  const service = await db.service.findFirstOrThrow({ where: { businessId: business.id } });
  const started = Date.now();
  const CLIENTS = 10_000;
  for (let i = 0; i < CLIENTS; i += 5000)
    await db.client.createMany({
      data: Array.from({ length: 5000 }, (_, j) => ({
        id: `bench-c${i + j}`,
        businessId: business.id,
        firstName: ['Giulia', 'Marco', 'Sara', 'Luca', 'Anna'][(i + j) % 5],
        lastName: `Rossi ${i + j}`,
        email: `bench${i + j}@example.com`,
        phone: `+39333${String(1_000_000 + i + j).slice(-7)}`,
      })),
    });
  const now = Date.now();
  const APPOINTMENTS = 200_000;
  for (let i = 0; i < APPOINTMENTS; i += 10_000)
    await db.appointment.createMany({
      data: Array.from({ length: 10_000 }, (_, j) => {
        const n = i + j;
        const startsAt = new Date(now + (n % 2 ? 1 : -1) * (n + 1) * 1800_000);
        return {
          businessId: business.id,
          clientId: n < 2000 ? demoClient.id : `bench-c${n % CLIENTS}`,
          serviceId: service.id,
          startsAt,
          endsAt: new Date(startsAt.getTime() + 3600_000),
          status: 'booked',
        };
      }),
    });
  const INVOICES = 50_000;
  for (let i = 0; i < INVOICES; i += 10_000)
    await db.invoice.createMany({
      data: Array.from({ length: 10_000 }, (_, j) => {
        const n = i + j;
        return {
          businessId: business.id,
          clientId: n < 500 ? demoClient.id : `bench-c${n % CLIENTS}`,
          number: `BENCH-${n}`,
          currency: 'EUR',
          status: n % 3 ? 'open' : 'paid',
          issuedAt: new Date(now - (n % 900) * 86400_000),
          dueAt: new Date(now - ((n % 900) - 30) * 86400_000),
          subtotalMinor: 5000,
          totalMinor: 5000,
        };
      }),
    });
  const staff = await db.identity.findUniqueOrThrow({ where: { email: DEMO_CREDENTIALS.demoStaff.email } });
  await db.$disconnect();
  console.log(
    `  seeded 10k clients, 200k appointments, 50k invoices in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  return { businessId: business.id, clientId: demoClient.id, identityId: demoClient.identityId!, staffId: staff.id };
}

async function sessionCookie(token: Record<string, unknown>) {
  const now = Date.now();
  const value = await encode({
    token: { signedInAt: now, expiresAt: now + 8 * 3600_000, sid: crypto.randomUUID(), ...token },
    secret: SECRET,
    salt: 'authjs.session-token',
    maxAge: 8 * 3600,
  });
  return `authjs.session-token=${value}`;
}

/** The session cookie the first gate sets on a page view with this one (unchanged when it renews none). */
async function browserCookie(base: string, path: string, cookie: string) {
  const response = await fetch(`${base}${path}`, { headers: { cookie }, redirect: 'manual' });
  const session = response.headers.getSetCookie().find((c) => c.startsWith('authjs.session-token='));
  return session ? session.split(';')[0] : cookie;
}

type TTarget = {
  name: string;
  path: string;
  headers?: Record<string, string>;
  method?: 'GET' | 'POST';
  body?: () => string;
  floor?: boolean;
};
/** floorRps: the floor's dynamic page, measured just before this page (the share is against it) */
type TRow = {
  name: string;
  rps: number;
  p50: number;
  p975: number;
  non2xx: number;
  queries?: number;
  floorRps?: number;
};
type TLighthouse = { name: string; scores: Record<string, number>; lcp: string; tbt: string };

/** Lighthouse's mobile defaults (simulated slow 4G, 4× CPU slowdown) in Debian's Chromium. */
function lighthouse(name: string, url: string, headers: Record<string, string> = {}): TLighthouse {
  const output = path.join(os.tmpdir(), `portico-lighthouse-${process.pid}.json`);
  const result = spawnSync(
    path.join(root, 'node_modules/.bin/lighthouse'),
    [
      url,
      '--quiet',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
      '--only-categories=performance,accessibility,best-practices',
      `--extra-headers=${JSON.stringify(headers)}`,
      '--output=json',
      `--output-path=${output}`,
    ],
    { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' }, stdio: 'inherit' },
  );
  if (result.status !== 0) throw new Error(`lighthouse ${url} failed`);
  const report = JSON.parse(readFileSync(output, 'utf8')) as {
    categories: Record<string, { score: number }>;
    audits: Record<string, { displayValue?: string }>;
  };
  rmSync(output, { force: true });
  return {
    name,
    scores: Object.fromEntries(Object.entries(report.categories).map(([k, v]) => [k, Math.round(v.score * 100)])),
    lcp: report.audits['largest-contentful-paint'].displayValue ?? '',
    tbt: report.audits['total-blocking-time'].displayValue ?? '',
  };
}

function load(base: string, target: TTarget): Promise<TRow> {
  return new Promise((resolve, reject) => {
    let n = 0;
    autocannon(
      {
        url: `${base}${target.path}`,
        connections: CONNECTIONS,
        duration: SECONDS,
        headers: { 'accept-language': 'en-GB,en;q=0.9', ...target.headers },
        requests: [
          {
            method: target.method ?? 'GET',
            // a new address per request, as the trusted proxy would report (per-address limits stay out of the way)
            setupRequest: (request) => {
              n += 1;
              return {
                ...request,
                headers: {
                  ...request.headers,
                  'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
                },
                ...(target.body ? { body: target.body() } : {}),
              };
            },
          },
        ],
      },
      (error, result) => {
        if (error) return reject(error);
        resolve({
          name: target.name,
          rps: result.requests.average,
          p50: result.latency.p50,
          p975: result.latency.p97_5,
          non2xx: result.non2xx,
        });
      },
    );
  });
}

async function countQueries(base: string, counter: { queries: number }, target: TTarget, runs = 20) {
  const before = counter.queries;
  for (let i = 0; i < runs; i++) {
    const response = await fetch(`${base}${target.path}`, {
      method: target.method ?? 'GET',
      headers: { 'accept-language': 'en-GB', 'x-forwarded-for': `10.9.9.${i}`, ...target.headers },
      body: target.body?.(),
      redirect: 'manual',
    });
    await response.arrayBuffer();
  }
  await new Promise((r) => setTimeout(r, 300));
  return (counter.queries - before) / runs;
}

async function main() {
  const work = mkdtempSync(path.join(os.tmpdir(), 'portico-bench-'));
  const dbFile = path.join(work, 'bench.db');
  const url = `file:${dbFile}`;
  const floorDir = buildFloor();
  if (process.env.BENCH_SKIP_BUILD !== '1' || !existsSync(path.join(root, '.next/BUILD_ID')))
    run('Building Portico', process.execPath, [next, 'build']);
  console.log('▸ Seeding the benchmark database');
  const scope = await seedLarge(url);
  cpSync(dbFile, `${dbFile}.pristine`);

  const client = await sessionCookie({
    sub: scope.identityId,
    kind: 'client',
    businessId: scope.businessId,
    portal: 'demo',
    clientId: scope.clientId,
  });
  const staff = await sessionCookie({ sub: scope.staffId, kind: 'staff' });
  const codeAction = serverActionId('lib/actions/sign-in-codes.ts', 'requestSignInCodeAction');
  let unknown = 0;
  const targets: TTarget[] = [
    { name: 'floor, static page', path: '/', floor: true },
    { name: 'floor, dynamic page', path: '/dynamic', floor: true },
    { name: 'portal home (public)', path: '/p/demo' },
    { name: 'dashboard', path: '/p/demo/dashboard', headers: { cookie: client } },
    { name: 'schedule', path: '/p/demo/schedule', headers: { cookie: client } },
    { name: 'invoices', path: '/p/demo/invoices', headers: { cookie: client } },
    {
      name: 'code request (unknown addresses)',
      path: '/p/demo/sign-in',
      method: 'POST',
      headers: {
        'next-action': codeAction,
        'content-type': 'text/plain;charset=UTF-8',
        accept: 'text/x-component',
        origin: 'http://localhost:3901',
      },
      body: () => JSON.stringify(['demo', { identifier: `nobody-${(unknown += 1)}@example.com` }]),
    },
    { name: 'admin client search', path: '/admin/demo/clients?q=Rossi%2012', headers: { cookie: staff } },
  ];

  const rows: TRow[] = [];
  const floor = serve(3900, {}, [next, 'start', '-p', '3900', floorDir]);
  await answering('http://localhost:3900', '/');
  for (const target of targets.filter((t) => t.floor)) {
    await load('http://localhost:3900', { ...target, name: 'warm-up' });
    rows.push(await load('http://localhost:3900', target));
    console.log(`  ${target.name}: ${rows.at(-1)!.rps.toFixed(0)} req/s`);
  }
  // the floor stays up: each page is measured right after the floor's dynamic page, so a
  // machine that slows down or speeds up during the run (a shared VM does) moves both
  const floorDynamic = targets.find((t) => t.name === 'floor, dynamic page')!;

  const env = {
    DATABASE_URL: url,
    AUTH_SECRET: SECRET,
    AUTH_URL: 'http://localhost:3901',
    PORTICO_JOBS: 'off',
    PORTICO_DEMO: '0',
    TRUSTED_PROXY_HOPS: '1',
    LOG_LEVEL: 'warn',
    STORAGE_DIR: path.join(work, 'storage'),
  };
  const portico = serve(3901, env);
  await answering('http://localhost:3901');
  // a browser's cookie: the gate renews a cookie sealed at sign-in on the first page view
  // (middleware.ts), and the browser sends the renewed one from then on
  const renewed = new Map<string, string>();
  for (const target of targets.filter((t) => t.headers?.cookie)) {
    const sealed = target.headers!.cookie;
    if (!renewed.has(sealed)) renewed.set(sealed, await browserCookie('http://localhost:3901', target.path, sealed));
    target.headers = { ...target.headers, cookie: renewed.get(sealed)! };
  }
  for (const target of targets.filter((t) => !t.floor)) {
    const check = await fetch(`http://localhost:3901${target.path}`, {
      method: target.method ?? 'GET',
      headers: target.headers,
      body: target.body?.(),
      redirect: 'manual',
    });
    if (check.status !== 200) throw new Error(`${target.name} answered ${check.status}`);
    await load('http://localhost:3901', { ...target, name: 'warm-up' });
    const alongside = await load('http://localhost:3900', floorDynamic);
    rows.push({ ...(await load('http://localhost:3901', target)), floorRps: alongside.rps });
    console.log(
      `  ${target.name}: ${rows.at(-1)!.rps.toFixed(0)} req/s (floor just before: ${alongside.rps.toFixed(0)})`,
    );
  }
  floor.child.kill();
  console.log('▸ Lighthouse');
  const audits = [
    lighthouse('portal home', 'http://localhost:3901/p/demo'),
    lighthouse('sign-in', 'http://localhost:3901/p/demo/sign-in'),
    lighthouse('dashboard', 'http://localhost:3901/p/demo/dashboard', { Cookie: client }),
  ];
  portico.child.kill();

  // queries per request, on a server that logs them
  const logged = serve(3902, { ...env, LOG_LEVEL: 'info', PORTICO_QUERY_LOG: '1' });
  await answering('http://localhost:3902');
  for (const target of targets.filter((t) => !t.floor)) {
    const row = rows.find((r) => r.name === target.name)!;
    row.queries = await countQueries('http://localhost:3902', logged.counter, {
      ...target,
      headers: { ...target.headers, ...(target.headers?.origin ? { origin: 'http://localhost:3902' } : {}) },
    });
  }
  logged.child.kill();
  rmSync(work, { recursive: true, force: true });
  writeResults(rows, audits);
}

function writeResults(rows: TRow[], audits: TLighthouse[]) {
  const alongside = rows.flatMap((r) => (r.floorRps ? [r.floorRps] : []));
  const line = (r: TRow) =>
    `| ${r.name} | ${r.rps.toFixed(0)} | ${r.p50} ms | ${r.p975} ms | ${r.floorRps ? `${r.floorRps.toFixed(0)} · **${((r.rps / r.floorRps) * 100).toFixed(0)} %**` : '—'} | ${r.queries === undefined ? '—' : r.queries.toFixed(1)} | ${r.non2xx} |`;
  const text = `# Benchmark results

\`npm run bench\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC — ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, Node ${process.version}, ${os.platform()}.
Production builds (Portico with Turbopack, the floor app with webpack), autocannon with ${CONNECTIONS} connections for ${SECONDS} s per page after a warm-up, SQLite with the demo data plus 10k clients, 200k appointments and 50k invoices (2,000 appointments and 500 invoices belong to the signed-in demo client). Each Portico page is measured right after the floor's dynamic page (${alongside.length} runs of it: ${Math.min(...alongside).toFixed(0)}–${Math.max(...alongside).toFixed(0)} req/s), and its share is against that run. Signed-in pages send the session cookie a browser sends after its first page view (the one the first gate renewed; middleware.ts). Queries: SQL statements per request, counted on a second server with the query log.

| page | req/s | p50 | p97.5 | floor's dynamic page just before (req/s) · share | queries / request | non-2xx |
| --- | --- | --- | --- | --- | --- | --- |
${rows.map(line).join('\n')}

Lighthouse (mobile: simulated slow 4G and a 4× slower CPU, Debian's Chromium, on the same server):

| page | performance | accessibility | best practices | LCP | total blocking time |
| --- | --- | --- | --- | --- | --- |
${audits.map((a) => `| ${a.name} | ${a.scores.performance} | ${a.scores.accessibility} | ${a.scores['best-practices']} | ${a.lcp} | ${a.tbt} |`).join('\n')}

The code request sends a new unknown address each time (the answer is the same as for a known one; nothing is sent). Numbers from one run on one machine: compare ratios, not absolutes.
`;
  const file = path.join(root, 'bench/results.md');
  writeFileSync(file, text);
  // laid out as the repository's formatter check wants it (npm test runs that check)
  spawnSync(path.join(root, 'node_modules/.bin/prettier'), ['--write', file], { stdio: 'ignore' });
  console.log(`\n${text}`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
