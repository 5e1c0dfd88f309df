import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { cancelAppointment } from '@/lib/appointments/cancel-appointment';
import { getInvoice } from '@/lib/invoices/get-client-invoice';
import { findNextAppointment, listAppointments } from '@/lib/appointments/list-client-appointments';
import { findClientDocument, listDocuments } from '@/lib/documents/list-client-documents';
import { listInvoices } from '@/lib/invoices/list-client-invoices';
import { listPayments } from '@/lib/invoices/list-client-payments';
import { DEMO_CREDENTIALS } from '@/prisma/seed';
import { seedDemo } from '../support/demo';

type TScope = { businessId: string; clientId: string };
let mine: TScope; // the demo client at Studio Demo
let sameBusiness: TScope; // another client of Studio Demo
let otherBusiness: TScope; // the same person at Acme Physio
let identityId: string;

beforeAll(async () => {
  await seedDemo();
  const identity = await db.identity.findUniqueOrThrow({
    where: { email: DEMO_CREDENTIALS.client.email },
    include: { clients: { include: { business: true } } },
  });
  identityId = identity.id;
  const demoCard = identity.clients.find((c) => c.business.slug === 'demo')!;
  const acmeCard = identity.clients.find((c) => c.business.slug === 'acme')!;
  mine = { businessId: demoCard.businessId, clientId: demoCard.id };
  otherBusiness = { businessId: acmeCard.businessId, clientId: acmeCard.id };
  const other = await db.client.findFirstOrThrow({
    where: { businessId: demoCard.businessId, NOT: { id: demoCard.id } },
  });
  sameBusiness = { businessId: demoCard.businessId, clientId: other.id };
}, 60_000);

describe('isolation: another client or business never sees a record', () => {
  it('invoices', async () => {
    const { items } = await listInvoices({ ...mine, filter: 'all', page: 1, timezone: 'Europe/Rome' });
    expect(items.length).toBe(3);
    const id = items[0].id;
    expect(await getInvoice({ ...mine, invoiceId: id })).not.toBeNull();
    expect(await getInvoice({ ...sameBusiness, invoiceId: id })).toBeNull();
    expect(await getInvoice({ ...otherBusiness, invoiceId: id })).toBeNull();
    expect(
      await getInvoice({ businessId: otherBusiness.businessId, clientId: mine.clientId, invoiceId: id }),
    ).toBeNull();
  });

  it('documents', async () => {
    const { items } = await listDocuments({ ...mine, page: 1 });
    expect(items.length).toBe(3);
    expect(await findClientDocument({ ...mine, documentId: items[0].id })).not.toBeNull();
    expect(await findClientDocument({ ...sameBusiness, documentId: items[0].id })).toBeNull();
    expect(await findClientDocument({ ...otherBusiness, documentId: items[0].id })).toBeNull();
  });

  it('payments and appointments are listed only for their owner', async () => {
    const theirs = await db.payment.create({
      data: { ...sameBusiness, amountMinor: 999, currency: 'EUR', method: 'cash', paidAt: new Date() },
    });
    const payments = await listPayments({ ...mine, page: 1 });
    expect(payments.items).toHaveLength(2);
    expect(payments.items.map((p) => p.id)).not.toContain(theirs.id);
    expect((await listPayments({ ...sameBusiness, page: 1 })).items.map((p) => p.id)).toEqual([theirs.id]);
    const upcoming = await listAppointments({ ...mine, scope: 'upcoming', page: 1 });
    expect(upcoming.items.length).toBe(3);
    const acme = await listAppointments({ ...otherBusiness, scope: 'upcoming', page: 1 });
    expect(acme.items.map((a) => a.id).some((id) => upcoming.items.some((u) => u.id === id))).toBe(false);
  });
});

describe('invoice statuses and the balance due', () => {
  it('derives overdue and totals what is open', async () => {
    const all = await listInvoices({ ...mine, filter: 'all', page: 1, timezone: 'Europe/Rome' });
    expect(all.items.map((i) => i.displayStatus).sort()).toEqual(['open', 'overdue', 'paid']);
    expect((await listInvoices({ ...mine, filter: 'overdue', page: 1, timezone: 'Europe/Rome' })).items).toHaveLength(
      1,
    );
    expect((await listInvoices({ ...mine, filter: 'open', page: 1, timezone: 'Europe/Rome' })).items).toHaveLength(1);
    const open = all.items.filter((i) => i.status === 'open').reduce((sum, i) => sum + i.totalMinor - i.paidMinor, 0);
    expect(all.balanceDue).toEqual([{ currency: 'EUR', amountMinor: open }]);
  });
});

describe('cancelling an appointment', () => {
  it('is allowed before the cut-off, marks it cancelled (not deleted), and only once', async () => {
    const next = (await findNextAppointment(mine))!;
    const now = new Date(next.startsAt.getTime() - 25 * 3600_000);
    expect(await cancelAppointment({ ...sameBusiness, identityId, appointmentId: next.id, now })).toEqual({
      ok: false,
      error: 'not_found',
    });
    expect(await cancelAppointment({ ...otherBusiness, identityId, appointmentId: next.id, now })).toEqual({
      ok: false,
      error: 'not_found',
    });
    expect(
      await cancelAppointment({ ...mine, identityId, appointmentId: next.id, reason: ' Influenza ', now }),
    ).toEqual({ ok: true });
    const row = await db.appointment.findUniqueOrThrow({ where: { id: next.id } });
    expect(row).toMatchObject({ status: 'cancelled', cancelledBy: 'client', cancellationReason: 'Influenza' });
    expect(await cancelAppointment({ ...mine, identityId, appointmentId: next.id, now })).toEqual({
      ok: false,
      error: 'not_booked',
    });
  });

  it('is refused after the cut-off (one second either side) and when the business does not allow it', async () => {
    const next = (await findNextAppointment(mine))!;
    const cutoff = next.startsAt.getTime() - 24 * 3600_000;
    expect(
      await cancelAppointment({ ...mine, identityId, appointmentId: next.id, now: new Date(cutoff + 1000) }),
    ).toEqual({ ok: false, error: 'cutoff' });
    await db.business.update({ where: { id: mine.businessId }, data: { allowCancellation: false } });
    expect(
      await cancelAppointment({ ...mine, identityId, appointmentId: next.id, now: new Date(cutoff - 1000) }),
    ).toEqual({ ok: false, error: 'not_allowed' });
    await db.business.update({ where: { id: mine.businessId }, data: { allowCancellation: true } });
    expect(
      await cancelAppointment({ ...mine, identityId, appointmentId: next.id, now: new Date(cutoff - 1000) }),
    ).toEqual({ ok: true });
  });
});
