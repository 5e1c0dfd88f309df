import 'server-only';
import { db } from '@/lib/db';

/** A business's appointments between two instants (a day or a week), optionally one staff member's; bounded. */
export function listSchedule({
  businessId,
  from,
  to,
  staffMemberId,
}: {
  businessId: string;
  from: Date;
  to: Date;
  staffMemberId?: string;
}) {
  return db.appointment.findMany({
    where: { businessId, startsAt: { gte: from, lt: to }, ...(staffMemberId ? { staffMemberId } : {}) },
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      status: true,
      staffMemberId: true,
      client: { select: { id: true, firstName: true, lastName: true } },
      service: { select: { name: true } },
    },
    orderBy: { startsAt: 'asc' },
    take: 500,
  });
}

/** One appointment of this business with what its page needs; null for another business's id. */
export function getBusinessAppointment(businessId: string, appointmentId: string) {
  return db.appointment.findFirst({
    where: { id: appointmentId, businessId },
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      status: true,
      notes: true,
      cancellationReason: true,
      cancelledBy: true,
      serviceId: true,
      staffMemberId: true,
      client: { select: { id: true, firstName: true, lastName: true } },
      service: { select: { name: true } },
      staffMember: { select: { displayName: true } },
    },
  });
}
