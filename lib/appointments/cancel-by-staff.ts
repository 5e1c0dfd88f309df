import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { db } from '@/lib/db';
import { ZCancelForm } from './appointment-schema';
import { notifyClientOfAppointment } from './notify-client-of-appointment';
import { fail, invalidInput } from '@/lib/result';
import type { TSenderBusiness } from '@/lib/business/sender-business';

/** Staff cancel a booked appointment with a reason: marked cancelled (never deleted), the client told. */
export async function cancelAppointmentByStaff({
  business,
  appointmentId,
  values,
  staffIdentityId,
  now = new Date(),
}: {
  business: TSenderBusiness;
  appointmentId: string;
  values: unknown;
  staffIdentityId: string;
  now?: Date;
}) {
  const parsed = ZCancelForm.safeParse(values);
  if (!parsed.success) return invalidInput(parsed.error);
  const { count } = await db.appointment.updateMany({
    where: { id: appointmentId, businessId: business.id, status: 'booked' },
    data: { status: 'cancelled', cancelledAt: now, cancelledBy: 'staff', cancellationReason: parsed.data.reason },
  });
  if (count === 0) return fail('notFound');
  await recordAuditEvent({
    businessId: business.id,
    actorType: 'staff',
    actorId: staffIdentityId,
    action: 'appointment.cancelled_by_staff',
    targetType: 'appointment',
    targetId: appointmentId,
  });
  await notifyClientOfAppointment({ business, appointmentId, kind: 'cancelled' });
  return { ok: true as const };
}
