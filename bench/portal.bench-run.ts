// npm run bench:portal — the portal's pages at two data sizes on the embedded default
// (SQLite): 1k appointments, then 10k clients and 200k appointments, for a client with
// many records. Reports p50/p95 of each page's data loading (the queries its server
// component runs) and how many queries it makes, then the same pages rendered by the
// production server (`next start` on the built app) over HTTP with a signed-in client's
// cookie: p50/p95 of the full response and the server's queries per request.
// Asserts nothing about timing. Needs a build (`npx next build`) for the HTTP part.
import { existsSync, mkdtempSync } from 'node:fs';
import { encode } from 'next-auth/jwt';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { it } from 'vitest';
import { createDb, type Db } from '@/lib/db-client';
import { applyMigrations } from '@/scripts/schema-engine';
import { SECRET, startServer } from './bench-server';

const RUNS = 30;
const q = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];

async function populate(
  db: Db,
  { clients, appointments, heavyShare }: { clients: number; appointments: number; heavyShare: number },
) {
  const business = await db.business.create({ data: { slug: 'bench', name: 'Bench', timezone: 'Europe/Rome' } });
  const service = await db.service.create({ data: { businessId: business.id, name: 'Session', durationMinutes: 60 } });
  for (let i = 0; i < clients; i += 5000) {
    await db.client.createMany({
      data: Array.from({ length: Math.min(5000, clients - i) }, (_, j) => ({
        id: `c${i + j}`,
        businessId: business.id,
        firstName: 'Client',
        lastName: String(i + j),
        email: `c${i + j}@example.com`,
      })),
    });
  }
  const heavy = 'c0';
  const now = Date.now();
  const heavyCount = Math.floor(appointments * heavyShare);
  for (let i = 0; i < appointments; i += 5000) {
    await db.appointment.createMany({
      data: Array.from({ length: Math.min(5000, appointments - i) }, (_, j) => {
        const n = i + j;
        const startsAt = new Date(now + (n % 2 ? 1 : -1) * (n + 1) * 3600_000);
        return {
          businessId: business.id,
          clientId: n < heavyCount ? heavy : `c${1 + (n % (clients - 1))}`,
          serviceId: service.id,
          startsAt,
          endsAt: new Date(startsAt.getTime() + 3600_000),
          status: 'booked',
        };
      }),
    });
  }
  for (let i = 0; i < 500; i += 100) {
    await db.invoice.createMany({
      data: Array.from({ length: 100 }, (_, j) => ({
        businessId: business.id,
        clientId: heavy,
        number: `B-${i + j}`,
        currency: 'EUR',
        status: (i + j) % 3 ? 'open' : 'paid',
        issuedAt: new Date(now - (i + j) * 86400_000),
        dueAt: new Date(now - (i + j - 30) * 86400_000),
        totalMinor: 5000,
        subtotalMinor: 5000,
      })),
    });
  }
  const identity = await db.identity.create({
    data: { email: 'c0@example.com', name: 'Client 0', sessionsValidAfter: new Date(now - 60_000) },
  });
  await db.client.update({ where: { id: heavy }, data: { identityId: identity.id } });
  return { businessId: business.id, clientId: heavy, heavyCount, identityId: identity.id };
}

async function measureHttp(file: string, scope: { businessId: string; clientId: string; identityId: string }) {
  const port = 3900;
  const { server, counter } = await startServer(file, port);
  try {
    const now = Date.now();
    const token = await encode({
      token: {
        sub: scope.identityId,
        kind: 'client',
        signedInAt: now,
        expiresAt: now + 8 * 3600_000,
        businessId: scope.businessId,
        portal: 'bench',
        clientId: scope.clientId,
      },
      secret: SECRET,
      salt: 'authjs.session-token',
      maxAge: 8 * 3600,
    });
    const headers = { cookie: `authjs.session-token=${token}`, 'accept-language': 'en' };
    for (const [name, url] of [
      ['dashboard', '/p/bench/dashboard'],
      ['schedule (upcoming, page 1)', '/p/bench/schedule'],
      ['schedule (past, page 20)', '/p/bench/schedule?view=past&page=20'],
      ['invoices (all, page 1)', '/p/bench/invoices'],
    ]) {
      const get = async () => {
        const response = await fetch(`http://localhost:${port}${url}`, { headers, redirect: 'manual' });
        await response.text();
        if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
      };
      await get(); // warm (first render compiles nothing in production, but fills caches)
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
        `  HTTP ${name.padEnd(28)} p50 ${q(times, 0.5).toFixed(2).padStart(7)} ms  p95 ${q(times, 0.95).toFixed(2).padStart(7)} ms  queries/request ${((counter.queries - before) / RUNS).toFixed(1)}`,
      );
    }
  } finally {
    server.kill();
  }
}

it('portal benchmark', async () => {
  const { listAppointments, findNextAppointment } = await import('@/lib/appointments/list-client-appointments');
  const { balanceDue, listInvoices } = await import('@/lib/invoices/list-client-invoices');
  const { latestDocuments } = await import('@/lib/documents/list-client-documents');
  console.log(`\nPortico portal benchmark — SQLite, ${RUNS} runs per page, node ${process.version}\n`);
  for (const size of [
    { clients: 1000, appointments: 1000, heavyShare: 0.2 },
    { clients: 10_000, appointments: 200_000, heavyShare: 0.025 },
  ]) {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'portico-bench-')), 'portal.db');
    await applyMigrations(`file:${file}`);
    const db = createDb(`file:${file}`, { logQueries: true });
    let queries = 0;
    (db as unknown as { $on(e: 'query', cb: () => void): void }).$on('query', () => (queries += 1));
    (globalThis as { porticoDb?: Db }).porticoDb = db; // the data functions use lib/db's client
    const started = performance.now();
    const scope = await populate(db, size);
    const seeded = ((performance.now() - started) / 1000).toFixed(1);
    const pages: Record<string, () => Promise<unknown>> = {
      dashboard: () =>
        Promise.all([findNextAppointment(scope), balanceDue(scope), latestDocuments({ ...scope, take: 3 })]),
      'schedule (upcoming, page 1)': () => listAppointments({ ...scope, scope: 'upcoming', page: 1 }),
      'schedule (past, page 20)': () => listAppointments({ ...scope, scope: 'past', page: 20 }),
      'invoices (all, page 1)': () => listInvoices({ ...scope, filter: 'all', page: 1, timezone: 'Europe/Rome' }),
    };
    console.log(
      `${size.clients} clients, ${size.appointments} appointments (${scope.heavyCount} for the measured client, 500 invoices) — seeded in ${seeded} s`,
    );
    for (const [name, load] of Object.entries(pages)) {
      await load(); // warm
      const times: number[] = [];
      queries = 0;
      for (let i = 0; i < RUNS; i++) {
        const t = performance.now();
        await load();
        times.push(performance.now() - t);
      }
      console.log(
        `  ${name.padEnd(30)} p50 ${q(times, 0.5).toFixed(2).padStart(7)} ms  p95 ${q(times, 0.95).toFixed(2).padStart(7)} ms  queries/page ${queries / RUNS}`,
      );
    }
    await db.$disconnect();
    delete (globalThis as { porticoDb?: Db }).porticoDb;
    if (existsSync('.next/BUILD_ID')) await measureHttp(file, scope);
    else console.log('  (HTTP timings skipped: run `npx next build` first)');
  }
});
