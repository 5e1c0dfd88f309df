// GET /api/portal/[portal]/appointments/[appointmentId]/ics - "Add to calendar" for one appointment
import { create as contentDisposition } from 'content-disposition';
import { getPortalClient } from '@/lib/auth/require-client';
import { findPortalBusiness } from '@/lib/business/find-portal-business';
import { db } from '@/lib/db';
import { appointmentsToIcs } from '@/lib/portal/calendar';

export async function GET(
  _request: Request,
  { params }: RouteContext<'/api/portal/[portal]/appointments/[appointmentId]/ics'>,
) {
  const { portal, appointmentId } = await params;
  const business = await findPortalBusiness(portal);
  const client = business ? await getPortalClient(business.id) : null;
  const appointment =
    business && client
      ? await db.appointment.findFirst({
          where: { id: appointmentId, businessId: business.id, clientId: client.id },
          select: {
            id: true,
            startsAt: true,
            endsAt: true,
            status: true,
            location: true,
            service: { select: { name: true } },
            staffMember: { select: { displayName: true } },
          },
        })
      : null;
  if (!business || !appointment) return new Response('Not found', { status: 404 });
  return new Response(appointmentsToIcs([appointment], business), {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': contentDisposition(`${business.slug}-appointment.ics`),
      'Cache-Control': 'private, no-store',
    },
  });
}
