// npm run bench:enumeration — does the page asked for right after "Forgot password" tell a
// known address from an unknown one? (issue 24, finding 4: 160 ms against 37 ms median before
// the work moved off the request path.) On the existing production build and a fresh demo
// database: for each round, ask for a reset code for a client's address or for an address
// nobody has (alternating), then at once load the sign-in page; report the medians and the
// 90th percentiles of both, for the code request and for the page after it. Prints numbers;
// never fails on timing.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDb } from '@/lib/db-client';
import { applyMigrations } from '@/scripts/schema-engine';
import { seed } from '@/prisma/seed';
import { serverActionId } from '@/tests/support/server-action-id';
import { answering, startServer } from '@/tests/support/start-server';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
const PORT = 3190;
const origin = `http://localhost:${PORT}`;

const dir = mkdtempSync(path.join(os.tmpdir(), 'portico-enum-'));
const url = `file:${path.join(dir, 'bench.db')}`;
await applyMigrations(url);
const db = createDb(url);
await seed(db, { storageDir: path.join(dir, 'storage') });
// five codes per card an hour: each round asks for another client's address
const known = (
  await db.client.findMany({
    where: { business: { slug: 'demo' }, email: { not: null }, status: 'active', isDemo: false },
    select: { email: true },
  })
).map((c) => c.email!);
await db.$disconnect();

const server = startServer({
  port: PORT,
  env: {
    DATABASE_URL: url,
    STORAGE_DIR: path.join(dir, 'storage'),
    AUTH_SECRET: 'portico-benchmark-secret-0123456789abcdef',
    AUTH_URL: origin,
    PORTICO_DEMO: '1',
    // each round comes from its own address, as if through our proxy: the hourly cap per address stays out of it
    TRUSTED_PROXY_HOPS: '1',
    LOG_LEVEL: 'warn',
  },
  keepLines: false,
});
await answering(origin);

const action = serverActionId('lib/actions/reset-password.ts', 'requestResetCodeAction');
const ms = async (run: () => Promise<Response>) => {
  const started = performance.now();
  const response = await run();
  await response.arrayBuffer();
  return performance.now() - started;
};
const samples = {
  known: { ask: [] as number[], next: [] as number[] },
  unknown: { ask: [] as number[], next: [] as number[] },
};
// warm the pages and the action up
for (let i = 0; i < 3; i++) await ms(() => fetch(`${origin}/p/demo/sign-in`));

for (let round = 0; round < ROUNDS * 2; round++) {
  const kind = round % 2 === 0 ? 'known' : 'unknown';
  const identifier = kind === 'known' ? known[(round >> 1) % known.length] : `nobody-${round}@example.com`;
  const address = `198.18.${round >> 8}.${round & 255}`;
  samples[kind].ask.push(
    await ms(() =>
      fetch(`${origin}/p/demo/forgot-password`, {
        method: 'POST',
        headers: {
          'Next-Action': action,
          'Content-Type': 'text/plain;charset=UTF-8',
          Accept: 'text/x-component',
          Origin: origin,
          'X-Forwarded-For': address,
        },
        body: JSON.stringify(['demo', { identifier }]),
      }),
    ),
  );
  samples[kind].next.push(
    await ms(() => fetch(`${origin}/p/demo/sign-in`, { headers: { 'X-Forwarded-For': address } })),
  );
  // let the previous round's work (if any) finish before the next one
  await new Promise((resolve) => setTimeout(resolve, 2000));
}
server.child.kill('SIGTERM');
await server.exited;

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
const row = (label: string, values: number[]) =>
  `| ${label} | ${quantile(values, 0.5).toFixed(1)} | ${quantile(values, 0.9).toFixed(1)} |`;
console.log(`\n${ROUNDS} rounds each, milliseconds\n`);
console.log('| request | median | p90 |');
console.log('| --- | --- | --- |');
console.log(row('reset code, known address', samples.known.ask));
console.log(row('reset code, unknown address', samples.unknown.ask));
console.log(row('sign-in page right after, known', samples.known.next));
console.log(row('sign-in page right after, unknown', samples.unknown.next));
