import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { todayIn } from '@/lib/time/calendar-day';
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
      expect(invoices.some((i) => i.status === 'open' && i.dueOn! >= todayIn('Europe/Rome', now))).toBe(true);
      expect(invoices.some((i) => i.status === 'open' && i.dueOn! < todayIn('Europe/Rome', now))).toBe(true);
      expect(await db.document.count({ where: { clientId: client.id } })).toBe(3);
      expect(await db.staffMember.count({ where: { businessId: demo.id, role: 'owner' } })).toBe(1);
    } finally {
      await db.$disconnect();
    }
  });
});

describe(`the proven-identities migration (${engine}, issue 24)`, () => {
  it('keeps what was proven, gives back what was not, and unlinks cards the identity never proved', async () => {
    const url = await emptyDatabase();
    created.push(url);
    const migration = readdirSync(enginePaths(url).migrations).find((name) => name.endsWith('_proven_identities'))!;
    await applyMigrations(url, { before: migration });
    const db = createDb(url);
    const t = '2026-12-01T09:00:00.000+00:00';
    const run = (sql: string) => db.$executeRawUnsafe(sql);
    try {
      await run(
        `INSERT INTO "Business" ("id","slug","name","updatedAt") VALUES ('x','x','X','${t}'), ('y','y','Y','${t}')`,
      );
      const identity = (id: string, email: string | null, emailAt: boolean, phone: string | null, phoneAt: boolean) =>
        run(
          `INSERT INTO "Identity" ("id","email","emailVerifiedAt","phone","phoneVerifiedAt","sessionsValidAfter","createdAt","updatedAt")
           VALUES ('${id}', ${email ? `'${email}'` : 'NULL'}, ${emailAt ? `'${t}'` : 'NULL'}, ${phone ? `'${phone}'` : 'NULL'}, ${phoneAt ? `'${t}'` : 'NULL'}, '${t}', '${t}', '${t}')`,
        );
      const card = (id: string, business: string, identityId: string, email: string | null, phone: string | null) =>
        run(
          `INSERT INTO "Client" ("id","businessId","identityId","firstName","email","phone","createdAt","updatedAt")
           VALUES ('${id}','${business}','${identityId}','N', ${email ? `'${email}'` : 'NULL'}, ${phone ? `'${phone}'` : 'NULL'}, '${t}', '${t}')`,
        );
      // the booking takeover's aftermath: the attacker's unproven email beside the victim's proven phone
      await identity('taken', 'attacker@example.com', false, '+393330000001', true);
      await card('x-booked', 'x', 'taken', 'attacker@example.com', '+393330000001');
      await card('y-victim', 'y', 'taken', null, '+393330000001');
      // a staff reset's login: nothing proven
      await identity('reset', 'victim@example.com', false, '+393330000002', false);
      await card('x-reset', 'x', 'reset', 'victim@example.com', '+393330000002');
      // a clean identity, and one whose card staff since changed to another address
      await identity('clean', 'clean@example.com', true, null, false);
      await card('y-clean', 'y', 'clean', 'clean@example.com', null);
      await identity('moved', 'moved@example.com', true, null, false);
      await card('x-moved', 'x', 'moved', 'other@example.com', null);
      // staff signed in with the email of their invite
      await identity('staff', 'owner@example.com', false, null, false);
      await run(
        `INSERT INTO "StaffMember" ("id","businessId","identityId","role","displayName") VALUES ('s','x','staff','owner','O')`,
      );

      await applyMigrations(url);
      const identities = Object.fromEntries(
        (await db.identity.findMany({ include: { clients: { select: { id: true } } } })).map((i) => [i.id, i]),
      );
      expect(identities.taken).toMatchObject({ email: null, phone: '+393330000001' });
      expect(identities.taken.clients.map((c) => c.id).sort()).toEqual(['x-booked', 'y-victim']);
      expect(identities.taken.sessionsValidAfter.getTime()).toBeGreaterThan(Date.parse(t));
      expect(identities.reset).toMatchObject({ email: null, phone: null, clients: [{ id: 'x-reset' }] });
      expect(identities.clean).toMatchObject({ email: 'clean@example.com', clients: [{ id: 'y-clean' }] });
      expect(identities.clean.sessionsValidAfter.getTime()).toBe(Date.parse(t));
      expect(identities.moved.clients).toEqual([]);
      expect(identities.staff.email).toBe('owner@example.com');
      expect(identities.staff.emailVerifiedAt).not.toBeNull();
      // the cards keep every address that was written on them
      expect(await db.client.findUniqueOrThrow({ where: { id: 'x-reset' } })).toMatchObject({
        email: 'victim@example.com',
        phone: '+393330000002',
      });
    } finally {
      await db.$disconnect();
    }
  });
});
