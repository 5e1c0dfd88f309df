// Issue: the admin, part 2 — the dashboard ("what needs me today") shows this business's
// items only, today's in its own timezone.
import { beforeAll, describe, expect, it } from 'vitest';
import { businessToday } from '@/lib/today/business-today';
import { db } from '@/lib/db';
import { seedDemo } from '../support/demo';

let demo: { id: string; timezone: string };
let acme: { id: string; timezone: string };
const NOW = new Date('2026-11-23T10:00:00Z');

beforeAll(async () => {
  await seedDemo();
  await db.business.updateMany({ where: { slug: { in: ['demo', 'acme'] } }, data: { timezone: 'Europe/Rome' } });
  [demo, acme] = await Promise.all(
    ['demo', 'acme'].map((slug) =>
      db.business.findUniqueOrThrow({ where: { slug }, select: { id: true, timezone: true } }),
    ),
  );
}, 60_000);

async function itemsOf(businessId: string, marker: string) {
  const client = await db.client.create({ data: { businessId, firstName: marker, email: `${marker}@example.com` } });
  // 23:30 in Rome on the 23rd (22:30 UTC) is today; 00:30 on the 24th (23:30 UTC) is not
  for (const at of ['2026-11-23T22:30:00Z', '2026-11-23T23:30:00Z'])
    await db.appointment.create({
      data: {
        businessId,
        clientId: client.id,
        startsAt: new Date(at),
        endsAt: new Date(new Date(at).getTime() + 1800_000),
      },
    });
  await db.document.create({
    data: {
      businessId,
      clientId: client.id,
      title: `${marker} upload`,
      fileName: 'a.pdf',
      mimeType: 'application/pdf',
      sizeBytes: 1,
      storageKey: `${marker}-key`,
      uploadedBy: 'client',
    },
  });
  await db.invoice.create({
    data: {
      businessId,
      clientId: client.id,
      number: `${marker}-1`,
      currency: 'EUR',
      status: 'open',
      issuedAt: new Date('2026-10-01'),
      dueOn: '2026-11-01',
      totalMinor: 5000,
    },
  });
  await db.outboundMessage.create({
    data: {
      businessId,
      channel: 'email',
      kind: 'welcome',
      locale: 'en',
      to: `${marker}@example.com`,
      text: 'x',
      status: 'failed',
      error: 'refused',
      createdAt: new Date('2026-11-22T10:00:00Z'),
    },
  });
  await db.contactMessage.create({
    data: { businessId, clientId: client.id, message: `${marker} asks`, createdAt: new Date('2026-11-22T10:00:00Z') },
  });
  await db.order.create({
    data: {
      businessId,
      firstName: marker,
      email: `${marker}@example.com`,
      amountMinor: 100,
      currency: 'EUR',
      provider: 'manual',
    },
  });
  return client.id;
}

describe('today', () => {
  it('lists today’s appointments, new uploads, overdue invoices and failed messages of this business only', async () => {
    const mine = await itemsOf(demo.id, 'todaymine');
    await itemsOf(acme.id, 'todaytheirs');
    const today = await businessToday(demo, NOW);
    expect(today.appointments.filter((a) => a.client.id === mine)).toHaveLength(1);
    expect(today.appointments.some((a) => a.client.firstName === 'todaytheirs')).toBe(false);
    expect(today.uploads.map((u) => u.title)).toContain('todaymine upload');
    expect(today.uploads.map((u) => u.title)).not.toContain('todaytheirs upload');
    expect(today.invoices.map((i) => i.number)).toContain('todaymine-1');
    expect(today.invoices.map((i) => i.number)).not.toContain('todaytheirs-1');
    expect(today.messages.map((m) => m.to)).toContain('todaymine@example.com');
    expect(today.messages.map((m) => m.to)).not.toContain('todaytheirs@example.com');
    expect(today.contacts.map((c) => c.message)).toEqual(['todaymine asks']);
    expect(today.pendingTransfers).toBe(1);
    // once opened, an upload is no longer new
    await db.document.updateMany({ where: { title: 'todaymine upload' }, data: { seenByStaffAt: NOW } });
    expect((await businessToday(demo, NOW)).uploads.map((u) => u.title)).not.toContain('todaymine upload');
  });
});
