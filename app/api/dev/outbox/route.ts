// GET /api/dev/outbox?to=ADDRESS - the dev outbox as JSON, newest first (demo mode only, else 404)
import { isDemoMode } from '@/lib/env';
import { listOutbox } from '@/lib/messaging/list-outbox';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  if (!isDemoMode()) return Response.json({ error: 'not_found' }, { status: 404 });
  const to = new URL(request.url).searchParams.get('to');
  const messages = await listOutbox({ to });
  return Response.json({ messages }, { headers: { 'Cache-Control': 'no-store' } });
}
