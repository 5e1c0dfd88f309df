import 'server-only';
import { findPortalBusiness, type TPortalBusiness } from '@/lib/business/find-portal-business';
import { getPortalClient } from './require-client';

type TPortalClient = NonNullable<Awaited<ReturnType<typeof getPortalClient>>>;

/**
 * The guard of every portal server action: the business comes from the portal slug,
 * the client from a live, unrevoked session made on that business. Anything else
 * gets `{ error: 'unauthorized' }` and nothing runs.
 */
export async function withPortalClient<T>(
  portal: unknown,
  run: (ctx: { business: TPortalBusiness; client: TPortalClient }) => Promise<T>,
): Promise<T | { error: 'unauthorized' }> {
  const business = typeof portal === 'string' ? await findPortalBusiness(portal) : null;
  const client = business ? await getPortalClient(business.id) : null;
  if (!business || !client) return { error: 'unauthorized' };
  return run({ business, client });
}
