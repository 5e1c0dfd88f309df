import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { db } from '@/lib/db';
import { cancellationBlock } from './cancellation-policy';
import { fail } from '@/lib/result';

/**
 * A client cancels one of their own upcoming appointments, when the business allows
 * it and the cut-off has not passed. Marked cancelled (never deleted); the guarded
 * UPDATE re-checks tenant, owner and status. Another client's or business's id is not found.
 */
export async function cancelAppointment({
  businessId,
  clientId,
  identityId,
  appointmentId,
  reason,
  now = new Date(),
}: {
  businessId: string;
  clientId: string;
  identityId: string;
  appointmentId: string;
  reason?: string;
  now?: Date;
}) {
  const [appointment, business] = await Promise.all([
    db.appointment.findFirst({
      where: { id: appointmentId, businessId, clientId },
      select: { id: true, status: true, startsAt: true },
    }),
    db.business.findUniqueOrThrow({
      where: { id: businessId },
      select: { allowCancellation: true, cancellationCutoffHours: true, cancellationReasonRequired: true },
    }),
  ]);
  if (!appointment) return fail('not_found' as const);
  const block = cancellationBlock(appointment, business, now);
  if (block) return fail(block);
  if (business.cancellationReasonRequired && !reason?.trim()) return fail('reason_required' as const);
  const updated = await db.appointment.updateMany({
    where: { id: appointmentId, businessId, clientId, status: 'booked' },
    data: {
      status: 'cancelled',
      cancelledAt: now,
      cancelledBy: 'client',
      cancellationReason: reason?.trim().slice(0, 500) || null,
    },
  });
  if (updated.count !== 1) return fail('not_booked' as const);
  await recordAuditEvent({
    businessId,
    actorType: 'client',
    actorId: identityId,
    action: 'appointment.cancelled',
    targetType: 'appointment',
    targetId: appointmentId,
  });
  return { ok: true as const };
}
