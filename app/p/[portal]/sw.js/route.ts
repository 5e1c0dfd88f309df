// GET /p/<portal>/sw.js - the portal's service worker (lib/branding/service-worker-script.ts)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { serviceWorkerScript } from '@/lib/branding/service-worker-script';
import { findPortalBusiness } from '@/lib/business/find-portal-business';

/** this build's id: a new deployment is a new worker, whose cache replaces the old one */
function buildId() {
  try {
    return readFileSync(path.join(process.cwd(), '.next', 'BUILD_ID'), 'utf8').trim();
  } catch {
    return 'dev';
  }
}

export async function GET(_request: Request, { params }: RouteContext<'/p/[portal]/sw.js'>) {
  const business = await findPortalBusiness((await params).portal);
  if (!business) return new Response('Not found', { status: 404 });
  return new Response(serviceWorkerScript(business.slug, buildId(), `/api/branding/${business.id}/icon?size=192`), {
    headers: {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': 'no-cache',
      'Service-Worker-Allowed': `/p/${business.slug}/`,
    },
  });
}
