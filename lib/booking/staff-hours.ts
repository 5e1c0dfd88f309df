import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { db } from '@/lib/db';
import { toOpeningHoursForm, toWeeklyHours, ZStaffHoursForm } from '../business/opening-hours-form';
import { parseWeeklyHours } from '../business/weekly-hours';
import { fail, invalidInput } from '@/lib/result';

/** A staff member's working hours in the shape of the form (none of their own: the opening hours, ticked). */
export async function getStaffHours(businessId: string, staffMemberId: string) {
  const member = await db.staffMember.findFirst({
    where: { id: staffMemberId, businessId },
    select: { id: true, displayName: true, workingHours: true, business: { select: { openingHours: true } } },
  });
  if (!member) return null;
  const own = parseWeeklyHours(member.workingHours);
  return {
    id: member.id,
    displayName: member.displayName,
    form: {
      sameAsOpening: !own,
      hours: toOpeningHoursForm(own ?? parseWeeklyHours(member.business.openingHours)),
    },
  };
}

/** Saves a staff member's week, used by online booking within the opening hours. */
export async function saveStaffHours({
  businessId,
  staffMemberId,
  values,
  staffIdentityId,
}: {
  businessId: string;
  staffMemberId: unknown;
  values: unknown;
  staffIdentityId: string;
}) {
  const parsed = ZStaffHoursForm.safeParse(values);
  if (!parsed.success) return invalidInput(parsed.error);
  const workingHours = parsed.data.sameAsOpening ? null : JSON.stringify(toWeeklyHours(parsed.data.hours));
  const { count } = await db.staffMember.updateMany({
    where: { id: typeof staffMemberId === 'string' ? staffMemberId : '', businessId },
    data: { workingHours },
  });
  if (count === 0) return fail('notFound');
  await recordAuditEvent({
    businessId,
    actorType: 'staff',
    actorId: staffIdentityId,
    action: 'staff.hours_changed',
    targetType: 'staff',
    targetId: String(staffMemberId),
  });
  return { ok: true as const };
}
