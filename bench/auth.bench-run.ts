// npm run bench:auth — code request and code verify for 200 clients, sequential
// and 10 concurrent, on the embedded default (SQLite); password hash time.
// Prints median and p95; asserts nothing about timing.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { it } from 'vitest';
import { applyMigrations } from '@/scripts/schema-engine';

const dir = mkdtempSync(path.join(tmpdir(), 'portico-bench-'));
process.env.DATABASE_URL = `file:${path.join(dir, 'bench.db')}`;

const CLIENTS = 200;
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const report = (label: string, xs: number[]) =>
  console.log(
    `${label.padEnd(44)} n=${String(xs.length).padStart(3)}  median ${quantile(xs, 0.5).toFixed(1).padStart(7)} ms  p95 ${quantile(xs, 0.95).toFixed(1).padStart(7)} ms`,
  );

async function timed<T>(fn: () => Promise<T>) {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

async function pool<T>(items: T[], width: number, fn: (item: T) => Promise<void>) {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: width }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await fn(item);
    }),
  );
}

it('auth benchmark', async () => {
  await applyMigrations(process.env.DATABASE_URL!);
  const { db } = await import('@/lib/db');
  const { requestCode } = await import('@/lib/auth/codes/request-code');
  const { checkCode } = await import('@/lib/auth/codes/check-code');
  const { hashCode } = await import('@/lib/auth/codes/code-crypto');
  const { hashPassword, verifyPassword } = await import('@/lib/crypto/password-hash');

  const business = await db.business.create({
    data: { slug: 'bench', name: 'Bench', loginMethods: 'email_code,password' },
  });
  await db.client.createMany({
    data: Array.from({ length: CLIENTS * 2 }, (_, i) => ({
      businessId: business.id,
      firstName: 'Client',
      lastName: String(i),
      email: `client${i}@example.com`,
    })),
  });

  // The code sent is not readable from the outside (only its HMAC is stored), so the
  // benchmark replaces it with a known one right after the request, as a reader of the email would know it.
  async function knownCode(email: string) {
    const card = await db.client.findFirstOrThrow({ where: { businessId: business.id, email } });
    const row = await db.oneTimeCode.findFirstOrThrow({ where: { clientId: card.id }, orderBy: { createdAt: 'desc' } });
    await db.oneTimeCode.update({
      where: { id: row.id },
      data: { codeHash: hashCode({ purpose: 'sign_in', businessId: business.id, clientId: card.id }, '123456') },
    });
  }

  async function run(label: string, emails: string[], width: number) {
    const requests: number[] = [];
    const verifies: number[] = [];
    const deliveries: number[] = [];
    const started = performance.now();
    await pool(emails, width, async (email) => {
      const r = await timed(() => requestCode({ purpose: 'sign_in', portal: 'bench', identifier: email }));
      requests.push(r.ms);
      if (r.value.outcome === 'sent')
        deliveries.push(
          (await timed(() => (r.value.outcome === 'sent' ? r.value.deliver() : Promise.resolve('skipped')))).ms,
        );
      await knownCode(email);
      const v = await timed(() =>
        checkCode({ purpose: 'sign_in', portal: 'bench', identifier: email, code: '123456' }),
      );
      if (!v.value.ok) throw new Error(`verify failed for ${email}`);
      verifies.push(v.ms);
    });
    const total = (performance.now() - started) / 1000;
    report(`code request, ${label}`, requests);
    report(`  code creation + email (after the response)`, deliveries);
    report(`code verify, ${label}`, verifies);
    console.log(`${''.padEnd(44)} throughput ${(emails.length / total).toFixed(0)} sign-ins/s`);
  }

  console.log(
    `\nPortico auth benchmark — SQLite (${process.env.DATABASE_URL}), ${CLIENTS} clients per run, node ${process.version}\n`,
  );
  await run(
    'sequential',
    Array.from({ length: CLIENTS }, (_, i) => `client${i}@example.com`),
    1,
  );
  await run(
    '10 concurrent',
    Array.from({ length: CLIENTS }, (_, i) => `client${CLIENTS + i}@example.com`),
    10,
  );

  // enumeration: what an unknown identifier costs, next to a known one (delivery runs after the response)
  const unknown: number[] = [];
  for (let i = 0; i < CLIENTS; i++)
    unknown.push(
      (await timed(() => requestCode({ purpose: 'sign_in', portal: 'bench', identifier: `nobody${i}@example.com` })))
        .ms,
    );
  report('code request, unknown identifier, sequential', unknown);

  const hashes: number[] = [];
  const verifiesPw: number[] = [];
  let hash = '';
  for (let i = 0; i < 10; i++) {
    const h = await timed(() => hashPassword(`correct horse battery ${i}`));
    hashes.push(h.ms);
    hash = h.value;
  }
  for (let i = 0; i < 10; i++) verifiesPw.push((await timed(() => verifyPassword('correct horse battery 9', hash))).ms);
  report('password hash (scrypt N=2^17, r=8, p=1)', hashes);
  report('password verify', verifiesPw);
  await db.$disconnect();
});
