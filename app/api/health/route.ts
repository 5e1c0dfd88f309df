// Liveness: the process answers. Says nothing about the database (that is /api/ready),
// so an orchestrator does not restart every instance when PostgreSQL blips.
export const dynamic = 'force-dynamic';

export function GET() {
  return Response.json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } });
}
