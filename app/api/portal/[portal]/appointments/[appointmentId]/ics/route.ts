// GET /api/portal/[portal]/appointments/[appointmentId]/ics - "Add to calendar" for one appointment
import { create as contentDisposition } from 'content-disposition';
import { appointmentFileName, appointmentsToIcs } from '@/lib/appointments/calendar';
import { getAppointment } from '@/lib/appointments/get-client-appointment';
import { portalSession } from '@/lib/auth/guards/portal-session';

export async function GET(
  _request: Request,
  { params }: RouteContext<'/api/portal/[portal]/appointments/[appointmentId]/ics'>,
) {
  const { portal, appointmentId } = await params;
  const session = await portalSession(portal);
  const appointment = session
    ? await getAppointment({ businessId: session.business.id, clientId: session.client.id, appointmentId })
    : null;
  if (!session || !appointment) return new Response('Not found', { status: 404 });
  const { business } = session;
  return new Response(appointmentsToIcs([appointment], business), {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': contentDisposition(appointmentFileName(appointment, business)),
      'Cache-Control': 'private, no-store',
    },
  });
}
