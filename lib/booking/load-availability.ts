import 'server-only';
import { db } from '@/lib/db';
import { endOfZonedDay, startOfZonedDay } from '@/lib/time/zoned-day';
import { freeSlotsOfDay, type TSlot, type TSlotInput } from './compute-slots';
import { parseWeeklyHours } from '../business/weekly-hours';

export type TBookingBusiness = {
  id: string;
  timezone: string;
  openingHours: string;
  bookingNoticeHours: number;
  bookingHorizonDays: number;
  bookingStepMinutes: number;
};

// the longest buffer an earlier appointment may push into the first day
const MAX_BUFFER_MS = 12 * 3600_000;

/**
 * Everything the free slots of a service over some calendar days depend on, in four
 * queries whatever the size of the business: the service and who provides it (nobody
 * ticked: every staff member), their working hours, time off and booked appointments
 * (each extended by its own service's buffer). `db` may be a transaction.
 */
export async function loadSlotInput({
  business,
  serviceId,
  days,
  now,
  tx = db,
}: {
  business: TBookingBusiness;
  serviceId: string;
  days: string[];
  now: Date;
  tx?: Pick<typeof db, 'service' | 'staffMember' | 'timeOff' | 'appointment'>;
}): Promise<TSlotInput | null> {
  const service = await tx.service.findFirst({
    where: { id: serviceId, businessId: business.id, active: true },
    select: { durationMinutes: true, bufferMinutes: true, staff: { select: { staffMemberId: true } } },
  });
  if (!service || days.length === 0) return null;
  const from = startOfZonedDay(days[0], business.timezone);
  const until = endOfZonedDay(days[days.length - 1], business.timezone);
  const staffIds = service.staff.map((s) => s.staffMemberId);
  const [staff, timeOff, booked] = await Promise.all([
    tx.staffMember.findMany({
      where: { businessId: business.id, ...(staffIds.length ? { id: { in: staffIds } } : {}) },
      select: { id: true, workingHours: true },
      orderBy: { createdAt: 'asc' },
    }),
    tx.timeOff.findMany({
      where: { businessId: business.id, startsAt: { lt: until }, endsAt: { gt: from } },
      select: { staffMemberId: true, startsAt: true, endsAt: true },
    }),
    tx.appointment.findMany({
      where: {
        businessId: business.id,
        status: 'booked',
        staffMemberId: { not: null },
        startsAt: { lt: until },
        endsAt: { gt: new Date(from.getTime() - MAX_BUFFER_MS) },
      },
      select: { staffMemberId: true, startsAt: true, endsAt: true, service: { select: { bufferMinutes: true } } },
    }),
  ]);
  return {
    timezone: business.timezone,
    openingHours: parseWeeklyHours(business.openingHours) ?? {},
    staff: staff.map((s) => ({ id: s.id, hours: parseWeeklyHours(s.workingHours) })),
    timeOff,
    busy: booked.map((a) => ({
      staffMemberId: a.staffMemberId,
      startsAt: a.startsAt,
      endsAt: new Date(a.endsAt.getTime() + (a.service?.bufferMinutes ?? 0) * 60_000),
    })),
    durationMinutes: service.durationMinutes,
    bufferMinutes: service.bufferMinutes,
    stepMinutes: business.bookingStepMinutes,
    earliest: new Date(now.getTime() + business.bookingNoticeHours * 3600_000),
    latest: new Date(now.getTime() + business.bookingHorizonDays * 24 * 3600_000),
  };
}

/** The free slots of a service for each of the given calendar days (empty days included). */
export async function listFreeSlots(args: Parameters<typeof loadSlotInput>[0]) {
  const input = await loadSlotInput(args);
  if (!input) return null;
  return new Map<string, TSlot[]>(args.days.map((day) => [day, freeSlotsOfDay(day, input)]));
}
