import { checkReadiness } from '@/lib/ops/readiness';

// Readiness: 200 when this instance should get traffic, else 503 with the reason
// (shutting down, database unreachable, migrations pending). Public: it reveals
// nothing beyond the names of pending migrations, which are in the open source.
export const dynamic = 'force-dynamic';

export async function GET() {
  const readiness = await checkReadiness();
  return Response.json(
    { status: readiness.ready ? 'ready' : 'unavailable', ...readiness },
    { status: readiness.ready ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
}
