// npm run bench:admin — the admin's client list at 10k clients on the embedded default
// (SQLite): a name search, a phone search typed in national form, a filtered page 20
// and the first page. Reports p50/p95 of the list's data loading and its queries per
// request (the count must not grow with the data). Asserts nothing about timing.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { it } from 'vitest';
import { createDb, type Db } from '@/lib/db-client';
import { applyMigrations } from '@/scripts/schema-engine';
import { ITALIAN_NAMES } from '@/prisma/seed-data/names';

const RUNS = 50;
const CLIENTS = 10_000;
const q = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];

async function populate(db: Db) {
  const business = await db.business.create({ data: { slug: 'bench', name: 'Bench', country: 'IT' } });
  const sources = ['manual', 'booking', 'import', 'self_signup'];
  for (let i = 0; i < CLIENTS; i += 2000) {
    await db.client.createMany({
      data: Array.from({ length: Math.min(2000, CLIENTS - i) }, (_, j) => {
        const n = i + j;
        const [firstName, lastName] = ITALIAN_NAMES[n % ITALIAN_NAMES.length];
        return {
          businessId: business.id,
          firstName,
          lastName: `${lastName}${n % 7 ? '' : ` ${n}`}`,
          email: `client${n}@example.com`,
          phone: `+39333${String(1_000_000 + n).slice(-7)}`,
          source: sources[n % sources.length],
          status: n % 20 ? 'active' : 'archived',
          lastSignInAt: n % 3 ? null : new Date(Date.now() - n * 60_000),
        };
      }),
    });
  }
  return { id: business.id, country: 'IT' };
}

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
  await db.$disconnect();
});
