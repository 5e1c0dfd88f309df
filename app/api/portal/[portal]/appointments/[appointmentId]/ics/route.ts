// GET /api/portal/[portal]/appointments/[appointmentId]/ics - "Add to calendar" for one appointment
import { create as contentDisposition } from 'content-disposition';
import { getPortalClient } from '@/lib/auth/guards/require-client';
import { findPortalBusiness } from '@/lib/business/find-portal-business';
import { appointmentFileName, appointmentsToIcs } from '@/lib/appointments/calendar';
import { getAppointment } from '@/lib/appointments/get-client-appointment';

export async function GET(
  _request: Request,
  { params }: RouteContext<'/api/portal/[portal]/appointments/[appointmentId]/ics'>,
) {
  const { portal, appointmentId } = await params;
  const business = await findPortalBusiness(portal);
  const client = business ? await getPortalClient(business.id) : null;
  const appointment =
    business && client ? await getAppointment({ businessId: business.id, clientId: client.id, appointmentId }) : null;
  if (!business || !appointment) return new Response('Not found', { status: 404 });
  return new Response(appointmentsToIcs([appointment], business), {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': contentDisposition(appointmentFileName(appointment, business)),
      'Cache-Control': 'private, no-store',
    },
  });
}
