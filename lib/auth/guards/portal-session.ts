import 'server-only';
import { findPortalBusiness } from '@/lib/business/find-portal-business';
import { getPortalClient } from './require-client';

/**
 * The check under every portal entry: the business of the portal's slug and the session's client
 * of that business (a live, unrevoked session made there, or staff viewing as a client), or null.
 * Pages wrap it with a redirect to sign-in (`portalContext`), actions with `{ error }`
 * (`withPortalClient`), route handlers answer 404.
 */
export async function portalSession(portal: unknown) {
  const business = typeof portal === 'string' ? await findPortalBusiness(portal) : null;
  const client = business ? await getPortalClient(business.id) : null;
  return business && client ? { business, client } : null;
}
