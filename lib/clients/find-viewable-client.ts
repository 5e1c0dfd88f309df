import 'server-only';
import { db } from '@/lib/db';

/** A card of this business that staff may open the portal as (not the Demo Client, which has its own door), or null. */
export async function findViewableClient(businessId: string, clientId: unknown) {
  if (typeof clientId !== 'string' || clientId.length > 64) return null;
  return db.client.findFirst({ where: { id: clientId, businessId, isDemo: false }, select: { id: true } });
}
