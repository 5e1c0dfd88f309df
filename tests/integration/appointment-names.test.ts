import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createDb } from '@/lib/db-client';
import { findNextAppointment, listAppointments } from '@/lib/appointments/list-client-appointments';
import { saveService } from '@/lib/services/save-service';
import { DEMO_CREDENTIALS } from '@/prisma/seed';
import { seedDemo } from '../support/demo';

let scope: { businessId: string; clientId: string };
let business: { id: string; defaultLocale: string; currency: string };
let ownerId: string;

beforeAll(async () => {
  await seedDemo();
  business = await db.business.findUniqueOrThrow({ where: { slug: 'acme' } });
  const client = await db.client.findFirstOrThrow({
    where: { businessId: business.id, email: DEMO_CREDENTIALS.client.email },
  });
  scope = { businessId: business.id, clientId: client.id };
  ownerId = (await db.identity.findUniqueOrThrow({ where: { email: DEMO_CREDENTIALS.acmeOwner.email } })).id;
}, 60_000);

/** SQL statements `fn` sends, through a client that counts them standing in for the app's. */
async function queriesOf(fn: () => Promise<unknown>) {
  let count = 0;
  const counted = createDb(process.env.DATABASE_URL!, { logQueries: true });
  (counted as unknown as { $on(e: 'query', cb: () => void): void }).$on('query', () => (count += 1));
  const globalDb = globalThis as { porticoDb?: unknown };
  const previous = globalDb.porticoDb;
  globalDb.porticoDb = counted;
  try {
    await fn();
  } finally {
    globalDb.porticoDb = previous;
    await counted.$disconnect();
  }
  return count;
}

describe('service and staff names on the portal’s appointment cards', () => {
  it('come with the appointments, in two queries for a page once the names are known', async () => {
    const first = await listAppointments({ ...scope, scope: 'past', page: 1 });
    expect(first.items.length).toBeGreaterThan(0);
    expect(first.items.every((a) => a.service?.name)).toBe(true);
    expect(await queriesOf(() => listAppointments({ ...scope, scope: 'past', page: 1 }))).toBe(2);
    expect(await queriesOf(() => findNextAppointment(scope))).toBe(1);
  });

  it('show a service renamed by staff at once', async () => {
    const { items } = await listAppointments({ ...scope, scope: 'past', page: 1 });
    const appointment = await db.appointment.findUniqueOrThrow({
      where: { id: items[0].id },
      include: { service: { include: { staff: true } } },
    });
    const service = appointment.service!;
    const saved = await saveService({
      business,
      serviceId: service.id,
      staffIdentityId: ownerId,
      values: {
        names: { en: 'Sports massage (90 min)' },
        durationMinutes: String(service.durationMinutes),
        bufferMinutes: '0',
        price: '60',
        staffIds: service.staff.map((s) => s.staffMemberId),
        active: true,
      },
    });
    expect(saved.ok).toBe(true);
    const again = await listAppointments({ ...scope, scope: 'past', page: 1 });
    expect(again.items.find((a) => a.id === appointment.id)?.service?.name).toBe('Sports massage (90 min)');
  });

  it('load a service made since (an id not known yet)', async () => {
    const service = await db.service.create({
      data: { businessId: business.id, name: 'Brand new', durationMinutes: 30 },
    });
    const startsAt = new Date(Date.now() - 3 * 3600_000);
    const made = await db.appointment.create({
      data: { ...scope, serviceId: service.id, startsAt, endsAt: new Date(+startsAt + 1800_000) },
    });
    const { items } = await listAppointments({ ...scope, scope: 'past', page: 1 });
    expect(items.find((a) => a.id === made.id)?.service?.name).toBe('Brand new');
  });
});
