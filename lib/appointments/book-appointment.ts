import 'server-only';
import { TZDate } from '@date-fns/tz';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { lockSchedule } from '@/lib/appointments/lock-schedule';
import { db } from '@/lib/db';
import { ZAppointmentForm } from './appointment-schema';
import { notifyClientOfAppointment } from './notify-client-of-appointment';
import { fail, invalid, invalidInput, Refusal } from '@/lib/result';
import type { TSenderBusiness } from '@/lib/business/sender-business';

type TBusiness = TSenderBusiness;

/** A day and a wall-clock time in the business's timezone as an instant. */
function zonedInstant(date: string, time: string, timezone: string) {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  return new Date(new TZDate(y, m - 1, d, hh, mm, timezone).getTime());
}

/**
 * Staff book an appointment for a client, or move one (appointmentId): client, service
 * and staff member all of this business, the staff member one who provides the service,
 * not in the past, not overlapping another booked appointment of that staff member
 * (checked again inside the write). The client is emailed in their language.
 */
export async function bookAppointment({
  business,
  appointmentId,
  values,
  staffIdentityId,
  now = new Date(),
}: {
  business: TBusiness;
  appointmentId?: string;
  values: unknown;
  staffIdentityId: string;
  now?: Date;
}) {
  const parsed = ZAppointmentForm.safeParse(values);
  if (!parsed.success) return invalidInput(parsed.error);
  const form = parsed.data;
  const [client, service, staff] = await Promise.all([
    db.client.findFirst({
      where: { id: form.clientId, businessId: business.id, status: { not: 'archived' }, isDemo: false },
      select: { id: true },
    }),
    db.service.findFirst({
      where: { id: form.serviceId, businessId: business.id, active: true },
      select: { id: true, durationMinutes: true, staff: { select: { staffMemberId: true } } },
    }),
    db.staffMember.findFirst({ where: { id: form.staffMemberId, businessId: business.id }, select: { id: true } }),
  ]);
  if (!client) return invalid({ clientId: 'clientRequired' });
  if (!service) return invalid({ serviceId: 'serviceRequired' });
  if (!staff) return invalid({ staffMemberId: 'staffRequired' });
  if (service.staff.length && !service.staff.some((s) => s.staffMemberId === staff.id))
    return invalid({ staffMemberId: 'staffNotForService' });
  const startsAt = zonedInstant(form.date, form.time, business.timezone);
  const endsAt = new Date(startsAt.getTime() + service.durationMinutes * 60_000);
  if (startsAt <= now) return invalid({ time: 'past' });
  try {
    const id = await db.$transaction(async (tx) => {
      await lockSchedule(tx, business.id);
      if (appointmentId) {
        const existing = await tx.appointment.findFirst({
          where: { id: appointmentId, businessId: business.id, status: 'booked' },
          select: { clientId: true },
        });
        if (!existing) throw new Refusal(fail('notFound'));
        if (existing.clientId !== client.id) throw new Refusal(invalid({ clientId: 'clientFixed' }));
      }
      const clash = await tx.appointment.findFirst({
        where: {
          businessId: business.id,
          staffMemberId: staff.id,
          status: 'booked',
          startsAt: { lt: endsAt },
          endsAt: { gt: startsAt },
          ...(appointmentId ? { NOT: { id: appointmentId } } : {}),
        },
        select: { id: true },
      });
      if (clash) throw new Refusal(invalid({ time: 'overlap' }));
      const data = {
        serviceId: service.id,
        staffMemberId: staff.id,
        startsAt,
        endsAt,
        notes: form.notes.trim() || null,
      };
      if (appointmentId) {
        await tx.appointment.update({ where: { id: appointmentId, businessId: business.id }, data });
        return appointmentId;
      }
      return (
        await tx.appointment.create({
          data: { ...data, businessId: business.id, clientId: client.id },
          select: { id: true },
        })
      ).id;
    });
    await recordAuditEvent({
      businessId: business.id,
      actorType: 'staff',
      actorId: staffIdentityId,
      action: appointmentId ? 'appointment.moved' : 'appointment.booked',
      targetType: 'client',
      targetId: client.id,
      meta: { appointmentId: id, startsAt: startsAt.toISOString() },
    });
    await notifyClientOfAppointment({ business, appointmentId: id, kind: appointmentId ? 'moved' : 'booked' });
    return { ok: true as const, appointmentId: id };
  } catch (error) {
    if (error instanceof Refusal) return error.failure;
    throw error;
  }
}
