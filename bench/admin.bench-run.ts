// npm run bench:admin — the admin's client list at 10k clients on the embedded default
// (SQLite): a name search, a phone search typed in national form, a filtered page 20
// and the first page. Reports p50/p95 and queries per request (the count must not grow
// with the data), for the list's data loading and, when the production build is there
// (`npx next build`), for the whole page served by `next start` to a signed-in staff
// member, with the invoice list, the week's schedule and the Today page over 5k invoices and
// 5k appointments. Asserts nothing about timing.
import { existsSync, mkdtempSync } from 'node:fs';
import { encode } from 'next-auth/jwt';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { it } from 'vitest';
import { createDb, type Db } from '@/lib/db-client';
import { applyMigrations } from '@/scripts/schema-engine';
import { ITALIAN_NAMES } from '@/prisma/seed-data/names';
import { hashPassword } from '@/lib/crypto/password-hash';
import { SECRET, startServer } from './bench-server';
import { APPOINTMENTS, CLIENTS, INVOICES, populate, populateRecords } from './populate-clients';

const RUNS = 50;
const q = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];

it('admin client list benchmark', async () => {
  const { listClients } = await import('@/lib/clients/list-clients');
  const { ZClientListQuery } = await import('@/lib/clients/schemas');
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'portico-bench-')), 'admin.db');
  await applyMigrations(`file:${file}`);
  const db = createDb(`file:${file}`, { logQueries: true });
  let queries = 0;
  (db as unknown as { $on(e: 'query', cb: () => void): void }).$on('query', () => (queries += 1));
  (globalThis as { porticoDb?: Db }).porticoDb = db;
  process.env.DATABASE_URL = `file:${file}`;
  const business = await populate(db);
  console.log(`\nPortico admin benchmark — SQLite, ${CLIENTS} clients, ${RUNS} runs each, node ${process.version}\n`);
  const [first] = ITALIAN_NAMES[3];
  for (const [name, params] of [
    ['first page (active, by name)', {}],
    [`name search "${first.toLowerCase()}"`, { q: first.toLowerCase() }],
    ['phone search "333 100 4242"', { q: '333 100 4242' }],
    ['filtered page 20 (import, never signed in)', { source: 'import', neverSignedIn: '1', page: '20', status: 'all' }],
  ] as const) {
    const query = ZClientListQuery.parse(params);
    const result = await listClients(business, query); // warm
    const times: number[] = [];
    queries = 0;
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      await listClients(business, query);
      times.push(performance.now() - t);
    }
    console.log(
      `  ${name.padEnd(44)} p50 ${q(times, 0.5).toFixed(2).padStart(7)} ms  p95 ${q(times, 0.95).toFixed(2).padStart(7)} ms  queries/request ${(queries / RUNS).toFixed(1)}  (${result.total} matches, ${result.rows.length} shown)`,
    );
  }
  if (existsSync('.next/BUILD_ID')) await measureHttp(db, business.id, file);
  else console.log('\n  (no production build: run `npx next build` to measure the page over HTTP too)');
  await db.$disconnect();
});

/** The same lists as whole pages: session, membership and permission checks, queries and rendering. */
async function measureHttp(db: Db, businessId: string, file: string) {
  // a staff-role member (no authenticator step for this role), signed in the way Auth.js seals its session
  const identity = await db.identity.create({
    data: { email: 'bench.staff@example.com', name: 'Bench', passwordHash: await hashPassword('bench-password-2026') },
  });
  await db.staffMember.create({ data: { businessId, identityId: identity.id, role: 'staff', displayName: 'Bench' } });
  await populateRecords(db, businessId);
  console.log(
    `\n  (records for the pages below: ${INVOICES} invoices, ${APPOINTMENTS} appointments, 500 unopened uploads)`,
  );
  const port = 3901;
  const { server, counter } = await startServer(file, port);
  try {
    const now = Date.now();
    const token = await encode({
      token: { sub: identity.id, kind: 'staff', signedInAt: now, expiresAt: now + 8 * 3600_000 },
      secret: SECRET,
      salt: 'authjs.session-token',
      maxAge: 8 * 3600,
    });
    const headers = { cookie: `authjs.session-token=${token}`, 'accept-language': 'en' };
    const [first] = ITALIAN_NAMES[3];
    for (const [name, url] of [
      ['first page (active, by name)', '/admin/bench/clients'],
      [`name search "${first.toLowerCase()}"`, `/admin/bench/clients?q=${first.toLowerCase()}`],
      ['phone search "333 100 4242"', '/admin/bench/clients?q=333+100+4242'],
      [
        'filtered page 20 (import, never signed in)',
        '/admin/bench/clients?source=import&neverSignedIn=1&status=all&page=20',
      ],
      ['invoices, first page', '/admin/bench/invoices'],
      ['invoices, overdue, search "2026-0"', '/admin/bench/invoices?status=overdue&q=2026-0'],
      ['schedule, this week', '/admin/bench/schedule?view=week'],
      ['today (dashboard)', '/admin/bench/today'],
    ] as const) {
      const get = async () => {
        const response = await fetch(`http://localhost:${port}${url}`, { headers, redirect: 'manual' });
        await response.text();
        if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
      };
      await get();
      await new Promise((r) => setTimeout(r, 50));
      const times: number[] = [];
      const before = counter.queries;
      for (let i = 0; i < RUNS; i++) {
        const t = performance.now();
        await get();
        times.push(performance.now() - t);
      }
      await new Promise((r) => setTimeout(r, 100)); // the last query lines
      console.log(
        `  HTTP ${name.padEnd(44)} p50 ${q(times, 0.5).toFixed(2).padStart(7)} ms  p95 ${q(times, 0.95).toFixed(2).padStart(7)} ms  queries/request ${((counter.queries - before) / RUNS).toFixed(1)}`,
      );
    }
  } finally {
    server.kill();
  }
}
