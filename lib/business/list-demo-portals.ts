import 'server-only';
import { db } from '@/lib/db';
import { isDemoMode } from '@/lib/env';

/** In demo mode, the portals to try from the home page; outside it, none are listed. */
export async function listDemoPortals() {
  if (!isDemoMode()) return [];
  return db.business.findMany({ select: { slug: true, name: true }, orderBy: { name: 'asc' }, take: 20 });
}
