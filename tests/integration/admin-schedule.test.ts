// Issue: the admin, part 2 — services (name per language, duration, price, staff) and
// appointments booked, moved and cancelled by staff, the client told in their language.
import { beforeAll, describe, expect, it } from 'vitest';
import { bookAppointment } from '@/lib/appointments/book-appointment';
import { cancelAppointmentByStaff } from '@/lib/appointments/cancel-by-staff';
import { listSchedule } from '@/lib/appointments/list-schedule';
import { db } from '@/lib/db';
import { listServices, saveService } from '@/lib/services/save-service';
import { seedDemo } from '../support/demo';

type TBusiness = Awaited<ReturnType<typeof load>>;
let demo: TBusiness;
let acme: TBusiness;
let staffId: string; // a staff member of Studio Demo
let otherStaffId: string;
let acmeStaffId: string;
let clientId: string;
let serviceId: string;
const staffIdentityId = 'staff-under-test';
const NOW = new Date('2026-11-23T10:00:00Z');

const load = (slug: string) =>
  db.business.update({
    where: { slug },
    data: { timezone: 'Europe/Rome' },
    select: {
      id: true,
      slug: true,
      name: true,
      accentColor: true,
      timezone: true,
      defaultLocale: true,
      currency: true,
    },
  });

const booking = (values: Record<string, string> = {}) => ({
  clientId,
  serviceId,
  staffMemberId: staffId,
  date: '2027-03-10',
  time: '10:00',
  notes: '',
  ...values,
});

beforeAll(async () => {
  await seedDemo();
  [demo, acme] = await Promise.all([load('demo'), load('acme')]);
  const staff = await db.staffMember.findMany({ where: { businessId: demo.id }, orderBy: { createdAt: 'asc' } });
  [staffId, otherStaffId] = [staff[0].id, staff[1].id];
  acmeStaffId = (await db.staffMember.findFirstOrThrow({ where: { businessId: acme.id } })).id;
  clientId = (
    await db.client.create({
      data: { businessId: demo.id, firstName: 'Marta', email: 'marta.agenda@example.com', locale: 'it' },
    })
  ).id;
}, 60_000);

describe('services', () => {
  it('a name per language (the business’s own required), duration, price and who provides it', async () => {
    const missing = await saveService({
      business: { ...demo, defaultLocale: 'en' },
      values: { names: { en: '', it: 'Massaggio' }, durationMinutes: '60', price: '50', staffIds: [], active: true },
      staffIdentityId,
    });
    expect(missing).toEqual({ ok: false, error: 'invalid', fields: { 'names.en': 'nameRequired' } });
    const foreignStaff = await saveService({
      business: { ...demo, defaultLocale: 'en' },
      values: {
        names: { en: 'Massage', it: '' },
        durationMinutes: '60',
        price: '50',
        staffIds: [acmeStaffId],
        active: true,
      },
      staffIdentityId,
    });
    expect(foreignStaff).toEqual({ ok: false, error: 'invalid', fields: { staffIds: 'staffUnknown' } });
    expect(
      await saveService({
        business: { ...demo, defaultLocale: 'en' },
        values: { names: { en: 'Massage', it: '' }, durationMinutes: '3', price: '50', staffIds: [], active: true },
        staffIdentityId,
      }),
    ).toEqual({ ok: false, error: 'invalid', fields: { durationMinutes: 'duration' } });
    const saved = await saveService({
      business: { ...demo, defaultLocale: 'en' },
      values: {
        names: { en: 'Deep massage', it: 'Massaggio profondo' },
        durationMinutes: '45',
        price: '55,50',
        staffIds: [staffId],
        active: true,
      },
      staffIdentityId,
    });
    if (!saved.ok) throw new Error(JSON.stringify(saved));
    serviceId = saved.serviceId;
    const row = await db.service.findUniqueOrThrow({ where: { id: serviceId }, include: { staff: true } });
    expect(row).toMatchObject({ name: 'Deep massage', durationMinutes: 45, priceMinor: 5550 });
    expect(JSON.parse(row.names)).toEqual({ en: 'Deep massage', it: 'Massaggio profondo' });
    expect(row.staff.map((s) => s.staffMemberId)).toEqual([staffId]);
    // the list's search finds it by its name in any language
    expect((await listServices(demo.id, 'PROFONDO')).map((s) => s.id)).toEqual([serviceId]);
    expect((await listServices(acme.id, 'profondo')).map((s) => s.id)).toEqual([]);
  });
});

describe('appointments', () => {
  it('books in the business’s timezone and emails the client in Italian', async () => {
    const booked = await bookAppointment({ business: demo, values: booking(), staffIdentityId, now: NOW });
    if (!booked.ok) throw new Error(JSON.stringify(booked));
    const row = await db.appointment.findUniqueOrThrow({ where: { id: booked.appointmentId } });
    // 10:00 in Rome in November is 09:00 UTC; the service lasts 45 minutes
    expect(row.startsAt.toISOString()).toBe('2027-03-10T09:00:00.000Z');
    expect(row.endsAt.toISOString()).toBe('2027-03-10T09:45:00.000Z');
    const mail = await db.outboundMessage.findFirstOrThrow({
      where: { to: 'marta.agenda@example.com', kind: 'appointment_booked_by_staff' },
    });
    expect(mail.subject).toBe(`Il tuo appuntamento da ${demo.name}`);
    expect(mail.text).toContain('Massaggio profondo');
    const week = await listSchedule({
      businessId: demo.id,
      from: new Date('2027-03-08T00:00:00Z'),
      to: new Date('2027-03-15T00:00:00Z'),
      staffMemberId: staffId,
    });
    expect(week.map((a) => a.id)).toContain(booked.appointmentId);
  });

  it('refuses the past, an overlap for the same staff member, a staff member who does not provide it, and other businesses’ ids', async () => {
    const before = await db.appointment.count();
    const refused = async (values: Record<string, string>, business = demo) =>
      (await bookAppointment({ business, values: booking(values), staffIdentityId, now: NOW })) as unknown;
    expect(await refused({ date: '2026-11-22' })).toEqual({ ok: false, error: 'invalid', fields: { time: 'past' } });
    expect(await refused({ time: '10:30' })).toEqual({ ok: false, error: 'invalid', fields: { time: 'overlap' } });
    expect(await refused({ staffMemberId: otherStaffId, time: '10:30' })).toEqual({
      ok: false,
      error: 'invalid',
      fields: { staffMemberId: 'staffNotForService' },
    });
    expect(await refused({ staffMemberId: acmeStaffId })).toEqual({
      ok: false,
      error: 'invalid',
      fields: { staffMemberId: 'staffRequired' },
    });
    expect(await refused({}, acme)).toEqual({ ok: false, error: 'invalid', fields: { clientId: 'clientRequired' } });
    expect(await refused({ time: '25:00' })).toEqual({ ok: false, error: 'invalid', fields: { time: 'time' } });
    expect(await db.appointment.count()).toBe(before);
    // right after the first one ends is free
    expect(await refused({ time: '10:45' })).toMatchObject({ ok: true });
  });

  it('moves and cancels with a reason (never deleted); the client is told each time', async () => {
    const booked = await bookAppointment({
      business: demo,
      values: booking({ date: '2027-03-12' }),
      staffIdentityId,
      now: NOW,
    });
    if (!booked.ok) throw new Error('not booked');
    const moved = await bookAppointment({
      business: demo,
      appointmentId: booked.appointmentId,
      values: booking({ date: '2027-03-13', time: '16:00' }),
      staffIdentityId,
      now: NOW,
    });
    expect(moved).toEqual({ ok: true, appointmentId: booked.appointmentId });
    expect(
      (await db.appointment.findUniqueOrThrow({ where: { id: booked.appointmentId } })).startsAt.toISOString(),
    ).toBe('2027-03-13T15:00:00.000Z');
    const fromAcme = await cancelAppointmentByStaff({
      business: acme,
      appointmentId: booked.appointmentId,
      values: { reason: 'x' },
      staffIdentityId,
    });
    expect(fromAcme).toEqual({ ok: false, error: 'notFound' });
    expect(
      await cancelAppointmentByStaff({
        business: demo,
        appointmentId: booked.appointmentId,
        values: { reason: ' ' },
        staffIdentityId,
      }),
    ).toEqual({ ok: false, error: 'invalid', fields: { reason: 'reasonRequired' } });
    expect(
      await cancelAppointmentByStaff({
        business: demo,
        appointmentId: booked.appointmentId,
        values: { reason: 'La terapista è malata' },
        staffIdentityId,
      }),
    ).toEqual({ ok: true });
    expect(await db.appointment.findUniqueOrThrow({ where: { id: booked.appointmentId } })).toMatchObject({
      status: 'cancelled',
      cancelledBy: 'staff',
      cancellationReason: 'La terapista è malata',
    });
    const kinds = (
      await db.outboundMessage.findMany({
        where: { to: 'marta.agenda@example.com' },
        select: { kind: true, text: true },
      })
    ).map((m) => m.kind);
    expect(kinds).toEqual(expect.arrayContaining(['appointment_moved_by_staff', 'appointment_cancelled_by_staff']));
  });
});
