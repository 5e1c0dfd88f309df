// Issue 11: the portal's public booking page — free slots, one booking per slot under
// concurrency (SQLite; PostgreSQL with two Prisma clients for two app instances), the card
// created or matched, a new client's login shown once and sent in their language.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyClientPassword } from '@/lib/auth/passwords/verify-client-password';
import { linkIdentity } from '@/lib/auth/codes/link-identity';
import { bookOnline } from '@/lib/booking/book-online';
import { updateBusinessSettings } from '@/lib/business/business-settings';
import { findPortalBusiness } from '@/lib/business/find-portal-business';
import { listFreeSlots } from '@/lib/booking/load-availability';
import { saveStaffHours } from '@/lib/booking/staff-hours';
import { addTimeOff, removeTimeOff } from '@/lib/booking/time-off';
import { db, isPostgres, type Db } from '@/lib/db';
import { createDb } from '@/lib/db-client';
import { issueFormToken } from '@/lib/public-forms/form-token';
import { seedDemo } from '../support/demo';
import { startSmtpServer } from '../support/local-smtp';

type TBusiness = NonNullable<Awaited<ReturnType<typeof findPortalBusiness>>>;
let demo: TBusiness;
let serviceId: string;
let acmeServiceId: string;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
// Monday 1 March 2027, 08:00 in Rome: the horizon (60 days) and notice (2 h) around it
const NOW = new Date('2027-03-01T07:00:00Z');
// Wednesday 10 March 2027, 10:00 in Rome (CET)
const SLOT = '2027-03-10T09:00:00.000Z';

const values = async (change: Record<string, string> = {}) => ({
  firstName: 'Giulia',
  lastName: 'Neri',
  email: 'giulia.neri@example.com',
  phone: '',
  notes: '',
  serviceId,
  startsAt: SLOT,
  formToken: await issueFormToken('booking', demo.id, NOW.getTime() - 10_000),
  website: '',
  ...change,
});
const answer = async (change: Record<string, string> = {}, extra: Partial<Parameters<typeof bookOnline>[0]> = {}) =>
  bookOnline({
    business: demo,
    values: await values(change),
    signedInClientId: null,
    locale: 'it',
    ip: null,
    now: NOW,
    ...extra,
  });
/** A booking and what follows it (the action runs that after the answer): the new login's details, if any. */
const book = async (change: Record<string, string> = {}, extra: Partial<Parameters<typeof bookOnline>[0]> = {}) => {
  const result = await answer(change, extra);
  return result.ok ? { ...result, credentials: await result.followUp() } : result;
};

beforeAll(async () => {
  smtp = await startSmtpServer();
  process.env.SMTP_URL = smtp.url;
  await seedDemo();
  await db.business.updateMany({ where: { slug: { in: ['demo', 'acme'] } }, data: { timezone: 'Europe/Rome' } });
  demo = (await findPortalBusiness('demo'))!;
  const staff = await db.staffMember.findFirstOrThrow({
    where: { businessId: demo.id },
    orderBy: { createdAt: 'asc' },
  });
  // one provider, so that one slot is one appointment
  serviceId = (
    await db.service.create({
      data: {
        businessId: demo.id,
        name: 'Consultation',
        durationMinutes: 60,
        bufferMinutes: 15,
        staff: { create: { businessId: demo.id, staffMemberId: staff.id } },
      },
    })
  ).id;
  const acme = await db.business.findUniqueOrThrow({ where: { slug: 'acme' } });
  acmeServiceId = (await db.service.create({ data: { businessId: acme.id, name: 'Acme only', durationMinutes: 30 } }))
    .id;
}, 60_000);

afterAll(async () => {
  delete process.env.SMTP_URL;
  await smtp.close();
});

describe('free slots', () => {
  it('offers the opening hours of a weekday in the business timezone, none at the weekend', async () => {
    const slots = await listFreeSlots({ business: demo, serviceId, days: ['2027-03-10', '2027-03-13'], now: NOW });
    const wednesday = slots!.get('2027-03-10')!.map((s) => s.startsAt.toISOString());
    expect(wednesday[0]).toBe('2027-03-10T08:00:00.000Z'); // 09:00 in Rome
    expect(wednesday.at(-1)).toBe('2027-03-10T16:00:00.000Z'); // 17:00, the last hour before 18:00
    expect(slots!.get('2027-03-13')).toEqual([]);
  });
});

describe('booking settings', () => {
  const day = (open: boolean, from = '09:00', to = '18:00', breakFrom = '', breakTo = '') => ({
    open,
    from,
    to,
    breakFrom,
    breakTo,
  });
  const settings = (openingHours: ReturnType<typeof day>[]) => ({
    onlineBooking: true,
    registrationMessage: true,
    bookingNoticeHours: 2,
    bookingHorizonDays: 60,
    bookingStepMinutes: 30,
    openingHours,
  });

  it('refuses a break outside the hours and a closing before opening, naming the day and field', async () => {
    const week = [
      day(true, '09:00', '18:00', '19:00', '20:00'),
      day(true, '18:00', '09:00'),
      ...Array(5).fill(day(false)),
    ];
    const result = await updateBusinessSettings({
      businessId: demo.id,
      section: 'booking',
      values: settings(week),
      staffIdentityId: 'x',
    });
    expect(result).toEqual({
      ok: false,
      error: 'invalid',
      fields: { 'openingHours.0.breakTo': 'breakInside', 'openingHours.1.to': 'intervalOrder' },
    });
  });

  it('a lunch break on Saturdays opens Saturday with no slot in the break', async () => {
    const week = [...Array(5).fill(day(true)), day(true, '09:00', '17:00', '13:00', '14:30'), day(false)];
    expect(
      await updateBusinessSettings({
        businessId: demo.id,
        section: 'booking',
        values: settings(week),
        staffIdentityId: 'x',
      }),
    ).toEqual({ ok: true });
    const business = (await findPortalBusiness('demo'))!;
    const slots = await listFreeSlots({ business, serviceId, days: ['2027-03-13'], now: NOW });
    const times = slots!.get('2027-03-13')!.map((s) => s.startsAt.toISOString().slice(11, 16));
    // Rome is UTC+1: 09:00 → 08:00Z; the last hour before the break starts at 12:00 (11:00Z); after it, 14:30
    expect(times).toEqual([
      '08:00',
      '08:30',
      '09:00',
      '09:30',
      '10:00',
      '10:30',
      '11:00',
      '13:30',
      '14:00',
      '14:30',
      '15:00',
    ]);
    // back to weekdays only for the bookings below
    await updateBusinessSettings({
      businessId: demo.id,
      section: 'booking',
      values: settings([...Array(5).fill(day(true)), day(false), day(false)]),
      staffIdentityId: 'x',
    });
  });
});

describe('booking a slot', () => {
  it('lets exactly one of 20 concurrent bookings of one slot through; the others read "just taken"', async () => {
    // on PostgreSQL half of them go through a second Prisma client, standing for a second app instance;
    // reading the booked appointments is slowed down so that every check overlaps every other
    const other = isPostgres() ? createDb(process.env.DATABASE_URL!) : db;
    const slow = (client: Db) =>
      client.$extends({
        query: {
          appointment: {
            async findMany({ args, query }) {
              await new Promise((resolve) => setTimeout(resolve, 50));
              return query(args);
            },
          },
        },
      }) as unknown as Db;
    try {
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          book({ email: `racer${i}@example.com`, firstName: `Racer ${i}` }, { database: slow(i % 2 ? other : db) }),
        ),
      );
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.fields)).toEqual(
        Array.from({ length: 19 }, () => ({ startsAt: 'slotTaken' })),
      );
      expect(
        await db.appointment.count({
          where: { businessId: demo.id, serviceId, startsAt: new Date(SLOT), status: 'booked' },
        }),
      ).toBe(1);
      // the losers left no card behind
      expect(await db.client.count({ where: { businessId: demo.id, email: { startsWith: 'racer' } } })).toBe(1);
    } finally {
      if (other !== db) await other.$disconnect();
    }
  });

  it('gives a new client a login shown once, sends it in their language, and the password signs in', async () => {
    const result = await book({ startsAt: '2027-03-11T09:00:00.000Z', email: 'Giulia.Neri@example.com' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.credentials?.login).toBe('giulia.neri@example.com');
    const password = result.credentials!.password;
    expect(password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    const card = await db.client.findFirstOrThrow({ where: { businessId: demo.id, email: 'giulia.neri@example.com' } });
    expect(card).toMatchObject({ source: 'booking', locale: 'it', firstName: 'Giulia' });
    await expect
      .poll(() => smtp.received.filter((m) => m.envelopeTo.includes('giulia.neri@example.com')).length)
      .toBe(2);
    const mine = smtp.received.filter((m) => m.envelopeTo.includes('giulia.neri@example.com'));
    const registration = mine.find((m) => m.subject === `Il tuo account da ${demo.name}`)!;
    expect(registration.text).toContain(password);
    expect(registration.text).toContain('/p/demo/sign-in');
    expect(mine.some((m) => m.subject === `Il tuo appuntamento da ${demo.name} è prenotato`)).toBe(true);
    // and the staff member it went to is told, in the business's language
    const staffEmail = (
      await db.staffMember.findFirstOrThrow({
        where: { businessId: demo.id },
        orderBy: { createdAt: 'asc' },
        select: { identity: { select: { email: true } } },
      })
    ).identity.email!;
    await expect
      .poll(
        () =>
          smtp.received.filter(
            (m) => m.envelopeTo.includes(staffEmail) && m.subject === 'Nuova prenotazione online: Giulia Neri',
          ).length,
      )
      .toBeGreaterThan(0);
    const signedIn = await verifyClientPassword({ portal: 'demo', identifier: 'giulia.neri@example.com', password });
    expect(signedIn).toMatchObject({ kind: 'client', portal: 'demo', clientId: card.id });
  });

  it('matches the card by email or phone on a second booking: no duplicate, no new login shown', async () => {
    const again = await book({ startsAt: '2027-03-12T09:00:00.000Z', firstName: 'Someone else' });
    expect(again).toMatchObject({ ok: true, credentials: null });
    expect(await db.client.count({ where: { businessId: demo.id, email: 'giulia.neri@example.com' } })).toBe(1);
    const byPhone = await book({ startsAt: '2027-03-15T09:00:00.000Z', email: '', phone: '333 123 4567' });
    expect(byPhone).toMatchObject({ ok: true });
    const phoneAgain = await book({ startsAt: '2027-03-15T11:00:00.000Z', email: '', phone: '+39 333 1234567' });
    expect(phoneAgain).toMatchObject({ ok: true, credentials: null });
    expect(await db.client.count({ where: { businessId: demo.id, phone: '+393331234567' } })).toBe(1);
  });

  it('answers the same for a new address, a client of this business and a login elsewhere: where the details went', async () => {
    const shape = (r: Awaited<ReturnType<typeof answer>>) =>
      r.ok ? { ok: r.ok, sentTo: r.sentTo, keys: Object.keys(r).sort() } : r;
    const fresh = await answer({ startsAt: '2027-03-26T09:00:00.000Z', email: 'brand.new@example.com' });
    const known = await answer({ startsAt: '2027-03-29T09:00:00.000Z', email: 'giulia.neri@example.com' });
    const elsewhere = await answer({ startsAt: '2027-03-30T09:00:00.000Z', email: 'demo.client@example.com' });
    expect(shape(fresh)).toMatchObject({ ok: true, sentTo: 'b•••w@e•••e.com' });
    expect(shape(known)).toEqual({ ...shape(fresh), sentTo: 'g•••i@e•••e.com' });
    expect(shape(elsewhere)).toEqual({ ...shape(fresh), sentTo: 'd•••t@e•••e.com' });
    for (const r of [fresh, known, elsewhere]) expect(JSON.stringify(r)).not.toMatch(/[a-z2-9]{4}-[a-z2-9]{4}-/);
    // only the new card gets a login, after the answer; a login elsewhere is never sent or shown
    expect(fresh.ok && (await fresh.followUp())).toMatchObject({ login: 'brand.new@example.com' });
    expect(known.ok && (await known.followUp())).toBeNull();
    expect(elsewhere.ok && (await elsewhere.followUp())).toBeNull();
  });

  it('a login shown to whoever booked stops working when the owner of the address proves it', async () => {
    const result = await book({ startsAt: '2027-03-16T09:00:00.000Z', email: 'victim@example.com' });
    if (!result.ok || !result.credentials) throw new Error('expected a new login');
    const card = await db.client.findFirstOrThrow({ where: { businessId: demo.id, email: 'victim@example.com' } });
    await linkIdentity({ ...card }, { kind: 'email', value: 'victim@example.com' }, new Date());
    const attempt = await verifyClientPassword({
      portal: 'demo',
      identifier: 'victim@example.com',
      password: result.credentials.password,
    });
    expect(attempt).toBeNull();
  });

  it('refuses bad input with a clear reason and writes nothing', async () => {
    const before = await Promise.all([db.appointment.count(), db.client.count()]);
    expect(await book({ startsAt: '2027-03-10T05:00:00.000Z' })).toEqual({
      ok: false,
      error: 'invalid',
      fields: { startsAt: 'slotUnavailable' },
    });
    expect(await book({ startsAt: '2027-02-25T09:00:00.000Z' })).toEqual({
      ok: false,
      error: 'invalid',
      fields: { startsAt: 'slotUnavailable' },
    });
    expect(await book({ startsAt: '2027-03-13T09:00:00.000Z' })).toEqual({
      ok: false,
      error: 'invalid',
      fields: { startsAt: 'slotUnavailable' },
    });
    expect(await book({ startsAt: 'tomorrow' })).toEqual({
      ok: false,
      error: 'invalid',
      fields: { startsAt: 'slotInvalid' },
    });
    expect(await book({ phone: '12ab', email: '' })).toMatchObject({
      ok: false,
      error: 'invalid',
      fields: { phone: 'phoneInvalid' },
    });
    expect(await book({ email: 'not-an-email' })).toMatchObject({
      ok: false,
      error: 'invalid',
      fields: { email: 'emailInvalid' },
    });
    expect(await book({ email: '', phone: '' })).toMatchObject({
      ok: false,
      error: 'invalid',
      fields: { email: 'addressRequired' },
    });
    expect(await book({ serviceId: acmeServiceId, startsAt: '2027-03-17T09:00:00.000Z' })).toEqual({
      ok: false,
      error: 'invalid',
      fields: { serviceId: 'serviceUnavailable' },
    });
    expect(await book({ website: 'http://spam.example' })).toEqual({ ok: false, error: 'formExpired' });
    expect(
      await book({
        startsAt: '2027-03-17T09:00:00.000Z',
        formToken: await issueFormToken('booking', demo.id, NOW.getTime() - 500),
      }),
    ).toEqual({ ok: false, error: 'tooFast' });
    expect(
      await book({ formToken: await issueFormToken('booking', 'another-business', NOW.getTime() - 10_000) }),
    ).toEqual({ ok: false, error: 'formExpired' });
    expect(await Promise.all([db.appointment.count(), db.client.count()])).toEqual(before);
  });

  it('caps bookings from one address at ten an hour', async () => {
    const ip = '203.0.113.77';
    const results = [];
    // Thursday, Friday, Monday: four times a day, two hours apart (the 15-minute buffer)
    const days = ['18', '19', '22'];
    for (let i = 0; i < 11; i++) {
      const startsAt = `2027-03-${days[i >> 2]}T${String(8 + 2 * (i % 4)).padStart(2, '0')}:00:00.000Z`;
      results.push(await book({ startsAt, email: `ip${i}@example.com` }, { ip }));
    }
    expect(results.slice(0, 10).every((r) => r.ok)).toBe(true);
    expect(results[10]).toEqual({ ok: false, error: 'rateLimited' });
  });
});

describe('time off', () => {
  it('a staff member’s afternoon off and a business closure take their times out of online booking', async () => {
    const staff = await db.staffMember.findFirstOrThrow({
      where: { businessId: demo.id },
      orderBy: { createdAt: 'asc' },
    });
    const times = async () =>
      (await listFreeSlots({ business: demo, serviceId, days: ['2027-03-24', '2027-03-25'], now: NOW }))!;
    expect((await times()).get('2027-03-24')).toHaveLength(17); // 09:00 … 17:00 every 30 minutes
    const afternoon = await addTimeOff({
      business: demo,
      values: {
        staffMemberId: staff.id,
        fromDate: '2027-03-24',
        fromTime: '13:00',
        toDate: '2027-03-24',
        toTime: '',
        note: 'Dentist',
      },
      staffIdentityId: 'x',
    });
    expect(afternoon).toEqual({ ok: true, clashes: 0 });
    // until 13:00 Rome (12:00Z) with the 15-minute buffer: the last start is 11:30 Rome
    expect(
      (await times())
        .get('2027-03-24')!
        .map((s) => s.startsAt.toISOString().slice(11, 16))
        .at(-1),
    ).toBe('10:30');
    const closed = await addTimeOff({
      business: demo,
      values: { staffMemberId: '', fromDate: '2027-03-25', fromTime: '', toDate: '2027-03-25', toTime: '', note: '' },
      staffIdentityId: 'x',
    });
    expect(closed).toMatchObject({ ok: true });
    expect((await times()).get('2027-03-25')).toEqual([]);
  });

  it('refuses another business’s staff member, an end before the start, and removing another business’s entry', async () => {
    const acmeStaff = await db.staffMember.findFirstOrThrow({ where: { business: { slug: 'acme' } } });
    const values = {
      staffMemberId: acmeStaff.id,
      fromDate: '2027-03-26',
      fromTime: '',
      toDate: '2027-03-26',
      toTime: '',
      note: '',
    };
    expect(await addTimeOff({ business: demo, values, staffIdentityId: 'x' })).toEqual({
      ok: false,
      error: 'invalid',
      fields: { staffMemberId: 'staffUnknown' },
    });
    expect(
      await addTimeOff({
        business: demo,
        values: { ...values, staffMemberId: '', toDate: '2027-03-25' },
        staffIdentityId: 'x',
      }),
    ).toEqual({ ok: false, error: 'invalid', fields: { toDate: 'order' } });
    const entry = await db.timeOff.findFirstOrThrow({ where: { businessId: demo.id } });
    const acme = await db.business.findUniqueOrThrow({ where: { slug: 'acme' } });
    expect(await removeTimeOff({ businessId: acme.id, timeOffId: entry.id, staffIdentityId: 'x' })).toEqual({
      ok: false,
      error: 'notFound',
    });
    expect(await db.timeOff.count({ where: { id: entry.id } })).toBe(1);
  });
});

describe('staff working hours', () => {
  it('a staff member’s own week narrows online booking inside the opening hours; “same as opening” restores it', async () => {
    const staff = await db.staffMember.findFirstOrThrow({
      where: { businessId: demo.id },
      orderBy: { createdAt: 'asc' },
    });
    const day = (open: boolean, from = '09:00', to = '18:00') => ({ open, from, to, breakFrom: '', breakTo: '' });
    // Thursdays only, 14:00 to 16:00 (Rome)
    const week = [day(false), day(false), day(false), day(true, '14:00', '16:00'), day(false), day(false), day(false)];
    expect(
      await saveStaffHours({
        businessId: demo.id,
        staffMemberId: staff.id,
        values: { sameAsOpening: false, hours: week },
        staffIdentityId: 'x',
      }),
    ).toEqual({ ok: true });
    const slots = async () =>
      (await listFreeSlots({ business: demo, serviceId, days: ['2027-04-07', '2027-04-08'], now: NOW }))!;
    let free = await slots();
    expect(free.get('2027-04-07')).toEqual([]); // Wednesday: not working
    expect(free.get('2027-04-08')!.map((s) => s.startsAt.toISOString().slice(11, 16))).toEqual([
      '12:00',
      '12:30',
      '13:00',
    ]);
    const acme = await db.business.findUniqueOrThrow({ where: { slug: 'acme' } });
    expect(
      await saveStaffHours({
        businessId: acme.id,
        staffMemberId: staff.id,
        values: { sameAsOpening: true, hours: week },
        staffIdentityId: 'x',
      }),
    ).toEqual({ ok: false, error: 'notFound' });
    await saveStaffHours({
      businessId: demo.id,
      staffMemberId: staff.id,
      values: { sameAsOpening: true, hours: week },
      staffIdentityId: 'x',
    });
    free = await slots();
    expect(free.get('2027-04-07')).toHaveLength(17);
  });
});
