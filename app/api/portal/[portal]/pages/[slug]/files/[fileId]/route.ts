// GET /api/portal/[portal]/pages/[slug]/files/[fileId] - a restricted page's file, while the client's access is current
// (a signed-in client, or a visitor holding the page's pass)
import { fileResponse } from '@/lib/storage/file-response';
import { getPortalClient } from '@/lib/auth/guards/require-client';
import { findPortalBusiness } from '@/lib/business/find-portal-business';
import { findRestrictedPage } from '@/lib/pages/page-code';
import { pagePassClient } from '@/lib/pages/page-pass';
import { findPageFile } from '@/lib/pages/restricted-pages';
import { storage } from '@/lib/storage/storage';

export async function GET(
  _request: Request,
  { params }: RouteContext<'/api/portal/[portal]/pages/[slug]/files/[fileId]'>,
) {
  const { portal, slug, fileId } = await params;
  const business = await findPortalBusiness(portal);
  const client = business ? await getPortalClient(business.id) : null;
  // a signed-in client, else this browser's pass for the page (opened by a one-time password)
  const page = business && !client ? await findRestrictedPage(business.id, slug) : null;
  const viewerId = client?.id ?? (business && page ? await pagePassClient(business.id, page.id) : null);
  const file =
    business && viewerId ? await findPageFile({ businessId: business.id, clientId: viewerId, slug, fileId }) : null;
  const body = file ? await storage().read(file.storageKey) : null;
  if (!file || !body) return new Response('Not found', { status: 404 });
  return fileResponse(file, body);
}
