import 'server-only';
import { db } from '@/lib/db';
import { calendarAppointmentSelect } from './calendar';

/** One appointment of this client, with what a calendar entry shows; null for anyone else's id (a 404). */
export function getAppointment({
  businessId,
  clientId,
  appointmentId,
}: {
  businessId: string;
  clientId: string;
  appointmentId: string;
}) {
  return db.appointment.findFirst({
    where: { id: appointmentId, businessId, clientId },
    select: calendarAppointmentSelect,
  });
}
