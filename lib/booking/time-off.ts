import 'server-only';
import { TZDate } from '@date-fns/tz';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { db } from '@/lib/db';
import { ZTimeOffForm } from './time-off-schema';
import { fail, invalid, invalidInput } from '@/lib/result';

/** A day and a wall-clock time in a timezone as an instant; no time: the day's start (or the next day's, `end`). */
function instant(day: string, time: string, timezone: string, end: boolean) {
  const [y, m, d] = day.split('-').map(Number);
  if (!time) return new Date(new TZDate(y, m - 1, d + (end ? 1 : 0), timezone).getTime());
  const [hh, mm] = time.split(':').map(Number);
  return new Date(new TZDate(y, m - 1, d, hh, mm, timezone).getTime());
}

/** Time off that has not ended yet, soonest first, with whose it is (at most 200). */
export function listTimeOff(businessId: string, now = new Date()) {
  return db.timeOff.findMany({
    where: { businessId, endsAt: { gt: now } },
    select: { id: true, startsAt: true, endsAt: true, note: true, staffMember: { select: { displayName: true } } },
    orderBy: { startsAt: 'asc' },
    take: 200,
  });
}

/**
 * Staff add time off: a staff member's (holiday, sick day) or the whole business's
 * (closed). Online booking stops offering those times at once; appointments already
 * booked stay and are listed for staff to move.
 */
export async function addTimeOff({
  business,
  values,
  staffIdentityId,
}: {
  business: { id: string; timezone: string };
  values: unknown;
  staffIdentityId: string;
}) {
  const parsed = ZTimeOffForm.safeParse(values);
  if (!parsed.success) return invalidInput(parsed.error);
  const form = parsed.data;
  if (form.staffMemberId) {
    const member = await db.staffMember.findFirst({
      where: { id: form.staffMemberId, businessId: business.id },
      select: { id: true },
    });
    if (!member) return invalid({ staffMemberId: 'staffUnknown' });
  }
  const startsAt = instant(form.fromDate, form.fromTime, business.timezone, false);
  const endsAt = instant(form.toDate, form.toTime, business.timezone, true);
  const created = await db.timeOff.create({
    data: {
      businessId: business.id,
      staffMemberId: form.staffMemberId || null,
      startsAt,
      endsAt,
      note: form.note || null,
    },
    select: { id: true },
  });
  const clashes = await db.appointment.count({
    where: {
      businessId: business.id,
      status: 'booked',
      startsAt: { lt: endsAt },
      endsAt: { gt: startsAt },
      ...(form.staffMemberId ? { staffMemberId: form.staffMemberId } : {}),
    },
  });
  await recordAuditEvent({
    businessId: business.id,
    actorType: 'staff',
    actorId: staffIdentityId,
    action: 'time_off.added',
    targetType: 'time_off',
    targetId: created.id,
    meta: { staffMemberId: form.staffMemberId || null, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString() },
  });
  return { ok: true as const, clashes };
}

/** Removes time off of this business (another business's id: nothing happens). */
export async function removeTimeOff({
  businessId,
  timeOffId,
  staffIdentityId,
}: {
  businessId: string;
  timeOffId: unknown;
  staffIdentityId: string;
}) {
  if (typeof timeOffId !== 'string') return fail('notFound');
  const { count } = await db.timeOff.deleteMany({ where: { id: timeOffId, businessId } });
  if (count === 0) return fail('notFound');
  await recordAuditEvent({
    businessId,
    actorType: 'staff',
    actorId: staffIdentityId,
    action: 'time_off.removed',
    targetType: 'time_off',
    targetId: timeOffId,
  });
  return { ok: true as const };
}
