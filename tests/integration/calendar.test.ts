import ical from 'node-ical';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { appointmentFileName, appointmentsToIcs } from '@/lib/appointments/calendar';
import {
  createCalendarFeed,
  findCalendarFeed,
  listFeedAppointments,
  openCalendarFeed,
  revokeCalendarFeed,
} from '@/lib/appointments/calendar-feed';
import { DEMO_CREDENTIALS } from '@/prisma/seed';
import { seedDemo } from '../support/demo';

let scope: { businessId: string; clientId: string; identityId: string };

beforeAll(async () => {
  await seedDemo();
  const card = await db.client.findFirstOrThrow({
    where: { email: DEMO_CREDENTIALS.client.email, business: { slug: 'demo' } },
  });
  scope = { businessId: card.businessId, clientId: card.id, identityId: card.identityId! };
}, 60_000);

describe('calendar files', () => {
  it('parse with a real iCalendar parser, times in UTC, cancelled ones marked', async () => {
    const appointments = await listFeedAppointments(scope);
    const text = appointmentsToIcs(appointments, { name: 'Studio Demo', slug: 'demo' }, 'Studio Demo');
    const events = Object.values(ical.sync.parseICS(text)).filter((e) => e?.type === 'VEVENT') as ical.VEvent[];
    expect(events).toHaveLength(appointments.length);
    const first = appointments[0];
    const parsed = events.find((e) => e.uid === `${first.id}@portico`)!;
    expect(new Date(parsed.start as unknown as string).toISOString()).toBe(first.startsAt.toISOString());
    expect(new Date(parsed.end as unknown as string).toISOString()).toBe(first.endsAt.toISOString());
    expect(String(parsed.summary)).toContain('Studio Demo');
    expect(events.some((e) => e.status === 'CANCELLED')).toBe(appointments.some((a) => a.status === 'cancelled'));
  });

  it('keeps each event’s UID when the portal address changes, and raises SEQUENCE when the appointment changes (issue 25 §4.4)', async () => {
    const [first] = await listFeedAppointments(scope);
    const uidsUnder = (slug: string) =>
      Object.values(ical.sync.parseICS(appointmentsToIcs([first], { name: 'Studio Demo', slug })))
        .filter((e) => e?.type === 'VEVENT')
        .map((e) => (e as ical.VEvent).uid);
    expect(uidsUnder('demo')).toEqual(uidsUnder('studio-demo-nuovo'));
    const sequence = (a: typeof first) =>
      Number(/^SEQUENCE:(\d+)/m.exec(appointmentsToIcs([a], { name: 'Studio Demo', slug: 'demo' }))?.[1] ?? -1);
    const moved = { ...first, updatedAt: new Date(first.updatedAt.getTime() + 3600_000) };
    expect(sequence(moved)).toBeGreaterThan(sequence(first));
    expect(
      appointmentFileName(
        { startsAt: new Date('2026-12-21T23:30:00Z'), service: { name: 'Massaggio' } },
        { name: 'Studio Demo', timezone: 'Europe/Rome' },
      ),
    ).toBe('Studio Demo - Massaggio - 2026-12-22.ics');
    // LOCATION: the business with its address, on one line
    const located = Object.values(
      ical.sync.parseICS(
        appointmentsToIcs([{ ...first, location: 'Studio Demo' }], {
          name: 'Studio Demo',
          slug: 'demo',
          legalAddress: 'Via Roma 1\n20100 Milano',
        }),
      ),
    ).find((e) => e?.type === 'VEVENT') as ical.VEvent;
    expect(String(located.location)).toBe('Studio Demo, Via Roma 1, 20100 Milano');
  });
});

describe('the personal calendar feed', () => {
  it('has a secret token that opens the client’s feed, shows the same URL again, and stops when revoked', async () => {
    expect(await findCalendarFeed(scope)).toBeNull();
    const token = await createCalendarFeed(scope);
    expect(await findCalendarFeed(scope)).toBe(token);
    expect(await createCalendarFeed(scope)).toBe(token);
    expect((await openCalendarFeed(token))?.id).toBe(scope.clientId);
    expect(await db.authToken.count({ where: { tokenHash: { contains: token } } })).toBe(0); // only the hash is stored
    await revokeCalendarFeed(scope);
    expect(await openCalendarFeed(token)).toBeNull();
    const next = await createCalendarFeed(scope);
    expect(next).not.toBe(token);
  });

  it('refuses a made-up token', async () => {
    expect(await openCalendarFeed('x'.repeat(43))).toBeNull();
    expect(await openCalendarFeed('../../etc')).toBeNull();
  });
});
