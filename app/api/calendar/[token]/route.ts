// GET /api/calendar/[token] - a client's personal calendar feed (the secret URL is the credential)
import { listFeedAppointments, openCalendarFeed } from '@/lib/appointments/calendar-feed';
import { appointmentsToIcs } from '@/lib/appointments/calendar';

export async function GET(_request: Request, { params }: RouteContext<'/api/calendar/[token]'>) {
  const token = (await params).token.replace(/\.ics$/, '');
  const client = await openCalendarFeed(token);
  if (!client) return new Response('Not found', { status: 404 });
  const appointments = await listFeedAppointments({ businessId: client.business.id, clientId: client.id });
  return new Response(appointmentsToIcs(appointments, client.business, client.business.name), {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Cache-Control': 'private, max-age=300',
      'Referrer-Policy': 'no-referrer',
    },
  });
}
