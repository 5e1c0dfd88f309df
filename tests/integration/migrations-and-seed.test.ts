import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb } from '@/lib/db-client';
import { DEMO_CREDENTIALS, seed } from '@/prisma/seed';
import { applyMigrations, enginePaths } from '@/scripts/schema-engine';
import { dropDatabase, pgAdmin, postgresUrl, uniqueName } from '../support/databases';

const engine = process.env.PORTICO_TEST_ENGINE ?? 'sqlite';

async function emptyDatabase() {
  if (engine === 'postgres') {
    const name = uniqueName('portico_empty');
    await pgAdmin((c) => c.query(`CREATE DATABASE "${name}"`));
    return postgresUrl(name);
  }
  return `file:${path.join(mkdtempSync(path.join(tmpdir(), 'portico-mig-')), 'empty.db')}`;
}

const created: string[] = [];
afterAll(async () => {
  for (const url of created) await dropDatabase(url);
});

describe(`migrations (${engine})`, () => {
  it('apply from empty, then find nothing left to apply', async () => {
    const url = await emptyDatabase();
    created.push(url);
    const folders = readdirSync(enginePaths(url).migrations, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    expect(await applyMigrations(url)).toEqual(folders);
    expect(await applyMigrations(url)).toEqual([]);
    const db = createDb(url);
    try {
      // every table answers a query through the generated client
      expect(await db.business.count()).toBe(0);
      expect(await db.outboundMessage.count()).toBe(0);
      expect(await db.auditEvent.count()).toBe(0);
    } finally {
      await db.$disconnect();
    }
  });
});

describe(`demo seed (${engine})`, () => {
  it('creates both businesses with their data, and a second run changes nothing', async () => {
    const url = await emptyDatabase();
    created.push(url);
    await applyMigrations(url);
    const db = createDb(url);
    const storageDir = mkdtempSync(path.join(tmpdir(), 'portico-storage-'));
    try {
      expect((await seed(db, { storageDir })).created).toEqual(['demo', 'acme']);
      const counts = async () => ({
        businesses: await db.business.count(),
        clients: await db.client.count(),
        appointments: await db.appointment.count(),
        invoices: await db.invoice.count(),
        payments: await db.payment.count(),
        documents: await db.document.count(),
        identities: await db.identity.count(),
      });
      const first = await counts();
      expect((await seed(db, { storageDir })).created).toEqual([]);
      expect(await counts()).toEqual(first);

      const demo = await db.business.findUniqueOrThrow({ where: { slug: 'demo' } });
      expect(demo).toMatchObject({
        name: 'Studio Demo',
        defaultLocale: 'it',
        timezone: 'Europe/Rome',
        currency: 'EUR',
      });
      const acme = await db.business.findUniqueOrThrow({ where: { slug: 'acme' } });
      expect(acme).toMatchObject({ defaultLocale: 'en', timezone: 'Europe/London', currency: 'GBP' });
      expect(await db.client.count({ where: { businessId: demo.id } })).toBeGreaterThanOrEqual(30);

      // one identity, a client of both businesses
      const identity = await db.identity.findUniqueOrThrow({
        where: { email: DEMO_CREDENTIALS.client.email },
        include: { clients: true },
      });
      expect(identity.phone).toBe('+393331234567');
      expect(identity.clients.map((c) => c.businessId).sort()).toEqual([demo.id, acme.id].sort());

      const client = identity.clients.find((c) => c.businessId === demo.id)!;
      const now = new Date();
      expect(await db.appointment.count({ where: { clientId: client.id, startsAt: { lt: now } } })).toBeGreaterThan(0);
      expect(await db.appointment.count({ where: { clientId: client.id, startsAt: { gt: now } } })).toBeGreaterThan(0);
      const invoices = await db.invoice.findMany({ where: { clientId: client.id } });
      expect(invoices.some((i) => i.status === 'paid')).toBe(true);
      expect(invoices.some((i) => i.status === 'open' && i.dueAt! > now)).toBe(true);
      expect(invoices.some((i) => i.status === 'open' && i.dueAt! < now)).toBe(true);
      expect(await db.document.count({ where: { clientId: client.id } })).toBe(3);
      expect(await db.staffMember.count({ where: { businessId: demo.id, role: 'owner' } })).toBe(1);
    } finally {
      await db.$disconnect();
    }
  });
});
