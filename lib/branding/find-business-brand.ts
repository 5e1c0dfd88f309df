import 'server-only';
import { db } from '@/lib/db';

/** The public face of a business by id (name, accent colour): for its portal icon. */
export async function findBusinessBrand(businessId: string) {
  if (typeof businessId !== 'string' || businessId.length > 64) return null;
  return db.business.findUnique({
    where: { id: businessId },
    select: { name: true, accentColor: true, logoUrl: true },
  });
}
