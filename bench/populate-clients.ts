// The benchmark data set: one business with 10k clients (names, emails, phones, sources,
// archived and never-signed-in ones), shared by the admin benchmarks.
import type { Db } from '@/lib/db-client';
import { ITALIAN_NAMES } from '@/prisma/seed-data/names';

export const CLIENTS = 10_000;

/** Fills a new business "bench" with CLIENTS clients; returns its id and country. */
export async function populate(db: Db) {
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

export const INVOICES = 5_000;
export const APPOINTMENTS = 5_000;

/** Records for the admin's other lists: invoices (every status), appointments over ±30 days, unopened uploads. */
export async function populateRecords(db: Db, businessId: string) {
  const clients = await db.client.findMany({ where: { businessId }, select: { id: true }, take: INVOICES });
  const staff = await db.staffMember.findMany({ where: { businessId }, select: { id: true } });
  const statuses = ['open', 'paid', 'void', 'draft', 'open'];
  const day = 86_400_000;
  await db.invoice.createMany({
    data: clients.map((c, n) => ({
      businessId,
      clientId: c.id,
      number: statuses[n % 5] === 'draft' ? null : `2026-${String(n + 1).padStart(5, '0')}`,
      currency: 'EUR',
      status: statuses[n % 5],
      issuedAt: new Date(Date.now() - (n % 90) * day),
      dueAt: new Date(Date.now() + ((n % 60) - 30) * day),
      subtotalMinor: 10_000,
      taxMinor: 2_200,
      totalMinor: 12_200,
      paidMinor: statuses[n % 5] === 'paid' ? 12_200 : 0,
    })),
  });
  await db.appointment.createMany({
    data: Array.from({ length: APPOINTMENTS }, (_, n) => {
      const startsAt = new Date(Date.now() + (Math.floor(n / 80) - 30) * day + (n % 80) * 6 * 60_000);
      return {
        businessId,
        clientId: clients[n % clients.length].id,
        staffMemberId: staff.length ? staff[n % staff.length].id : null,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 45 * 60_000),
      };
    }),
  });
  await db.document.createMany({
    data: clients.slice(0, 500).map((c, n) => ({
      businessId,
      clientId: c.id,
      title: `Upload ${n}`,
      fileName: `upload-${n}.pdf`,
      mimeType: 'application/pdf',
      sizeBytes: 1000,
      storageKey: `bench/${c.id}/${n}`,
      uploadedBy: 'client',
    })),
  });
}
