import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { generatePassword } from '@/lib/auth/passwords/generate-password';
import { maskDestination, type TIdentifier } from '@/lib/format/identifiers';
import { hashPassword } from '@/lib/crypto/password-hash';
import { notifyClientOfAppointment } from '@/lib/appointments/notify-client-of-appointment';
import { matchOrCreateCard } from '@/lib/clients/match-or-create-card';
import { db, type Db } from '@/lib/db';
import { checkVisitor } from '@/lib/public-forms/check-visitor';
import { ZBookingForm } from '@/lib/public-forms/public-form-schemas';
import { zonedDay } from '@/lib/time/zoned-day';
import { alertStaffOfBooking } from './alert-staff-of-booking';
import { freeSlotsOfDay } from './compute-slots';
import { loadSlotInput } from './load-availability';
import { lockSchedule } from '../appointments/lock-schedule';
import { sendRegistrationMessage } from './send-registration-message';
import { fail, invalid, Refusal } from '@/lib/result';

// an address may book this many times an hour, across businesses
const BOOKINGS_PER_IP_HOUR = 10;

export type TOnlineBookingBusiness = {
  id: string;
  slug: string;
  name: string;
  accentColor: string;
  timezone: string;
  country: string;
  defaultLocale: string;
  sessionHours: number;
  onlineBooking: boolean;
  openingHours: string;
  bookingNoticeHours: number;
  bookingHorizonDays: number;
  bookingStepMinutes: number;
  registrationMessage: boolean;
};

/**
 * A booking from the portal's public page (seed 000, seed 001): the slot must still be
 * free when written — the check and the write hold one lock per business (PostgreSQL: a
 * transaction advisory lock, so two app instances cannot both book it; SQLite: the one
 * serialised writer) — and the booking creates or matches the card (email, then phone).
 * A brand-new person also gets a login: a generated password, returned once for the
 * thank-you page and sent as the registration message when the business has it on.
 */
export async function bookOnline({
  business,
  values,
  signedInClientId,
  locale,
  ip,
  now = new Date(),
  database = db,
}: {
  business: TOnlineBookingBusiness;
  values: unknown;
  /** the portal's signed-in client: the booking is theirs, whatever the form says */
  signedInClientId: string | null;
  locale: string;
  ip: string | null;
  now?: Date;
  /** the Prisma client of the check-and-write (tests stand for a second app instance with another) */
  database?: Db;
}) {
  if (!business.onlineBooking) return fail('bookingClosed');
  const visitor = await checkVisitor(ZBookingForm, values, {
    purpose: 'booking',
    business,
    ip,
    limit: ['appointment.booked_online', BOOKINGS_PER_IP_HOUR],
    now,
  });
  if (!visitor.ok) return visitor;
  const { form, email, phone } = visitor;

  const startsAt = new Date(form.startsAt);
  const day = zonedDay(startsAt, business.timezone);
  try {
    const booked = await database.$transaction(
      async (tx) => {
        await lockSchedule(tx, business.id);
        const input = await loadSlotInput({ business, serviceId: form.serviceId, days: [day], now, tx });
        if (!input) throw new Refusal(invalid({ serviceId: 'serviceUnavailable' }));
        const slot = freeSlotsOfDay(day, input).find((s) => s.startsAt.getTime() === startsAt.getTime());
        if (!slot) {
          // offered when nothing is booked: someone else was quicker; otherwise it never was a slot
          const offered = freeSlotsOfDay(day, { ...input, busy: [] }).some(
            (s) => s.startsAt.getTime() === startsAt.getTime(),
          );
          throw new Refusal(invalid({ startsAt: offered ? 'slotTaken' : 'slotUnavailable' }));
        }
        // the staff member with the fewest bookings that day takes it
        const load = (id: string) => input.busy.filter((b) => b.staffMemberId === id).length;
        const staffMemberId = [...slot.staffIds].sort((a, b) => load(a) - load(b))[0];

        let card: {
          id: string;
          identityId: string | null;
          firstName: string;
          lastName: string;
          email: string | null;
          phone: string | null;
        };
        let created = false;
        if (signedInClientId) {
          const own = await tx.client.findFirst({
            where: { id: signedInClientId, businessId: business.id, status: 'active' },
            select: { id: true, identityId: true, firstName: true, lastName: true, email: true, phone: true },
          });
          if (!own) throw new Refusal(fail('formExpired'));
          card = own;
        } else {
          const matched = await matchOrCreateCard(tx, {
            businessId: business.id,
            details: { firstName: form.firstName, lastName: form.lastName, email, phone },
            source: 'booking',
            locale,
          });
          card = matched.card;
          created = matched.created;
        }
        const appointment = await tx.appointment.create({
          data: {
            businessId: business.id,
            clientId: card.id,
            serviceId: form.serviceId,
            staffMemberId,
            startsAt,
            endsAt: new Date(startsAt.getTime() + input.durationMinutes * 60_000),
            notes: form.notes.trim() || null,
          },
          select: { id: true },
        });
        return { card, created, appointmentId: appointment.id };
      },
      { maxWait: 20_000, timeout: 20_000 },
    );

    await recordAuditEvent({
      businessId: business.id,
      actorType: signedInClientId ? 'client' : 'anonymous',
      actorId: booked.card.identityId,
      action: 'appointment.booked_online',
      targetType: 'client',
      targetId: booked.card.id,
      meta: { appointmentId: booked.appointmentId, startsAt: startsAt.toISOString(), newCard: booked.created },
      ip,
      createdAt: now,
    });
    const typed: TIdentifier | null = email
      ? { kind: 'email', value: email }
      : phone
        ? { kind: 'phone', value: phone }
        : null;
    return {
      ok: true as const,
      appointmentId: booked.appointmentId,
      card: booked.card,
      /**
       * The visitor's answer is the same whoever the address belongs to (a new card, a client of
       * this business, a login elsewhere): the details went to this address.
       */
      sentTo: signedInClientId || !typed ? null : maskDestination(typed),
      /**
       * What differs by who the address belongs to runs after the answer (the action hands it to
       * `after`), so neither the answer nor its timing tells: a new card's login (seed 000's
       * registration message carries it, when the business sends one), the confirmation, the
       * staff alert. Resolves to the new login's details, for tests.
       */
      followUp: async () => {
        const credentials =
          booked.created && business.registrationMessage
            ? await createLogin({ ...booked.card, businessId: business.id }, now)
            : null;
        await notifyClientOfAppointment({ business, appointmentId: booked.appointmentId, kind: 'bookedOnline' });
        await alertStaffOfBooking(business, booked.appointmentId);
        if (credentials) await sendRegistrationMessage({ business, card: booked.card, locale, ...credentials });
        return credentials && { login: credentials.login, password: credentials.password };
      },
    };
  } catch (error) {
    if (error instanceof Refusal) return error.failure;
    throw error;
  }
}

/**
 * A login for a new card, its password sent by the registration message (seed 000). It was made from what a visitor
 * typed, so it holds no contact point: it opens this card only, and stops working when the owner
 * of the card's email or phone proves it (lib/auth/codes/link-identity.ts). Whether the address
 * is someone's login elsewhere changes nothing here.
 */
async function createLogin(
  card: {
    id: string;
    businessId: string;
    firstName: string;
    lastName: string;
    email: string | null;
    phone: string | null;
  },
  now: Date,
) {
  const password = generatePassword();
  const identity = await db.identity.create({
    data: {
      name: `${card.firstName} ${card.lastName}`.trim(),
      passwordHash: await hashPassword(password),
      passwordChangedAt: now,
    },
    select: { id: true },
  });
  const linked = await db.client.updateMany({
    where: { id: card.id, businessId: card.businessId, identityId: null },
    data: { identityId: identity.id },
  });
  if (linked.count !== 1) {
    await db.identity.delete({ where: { id: identity.id } });
    return null;
  }
  return { login: (card.email ?? card.phone)!, password, identityId: identity.id };
}
