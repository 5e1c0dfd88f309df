import 'server-only';
import { db } from '@/lib/db';

/** An offered product of the business, for its public page (another business's id: null). */
export function getPortalProduct(businessId: string, productId: string) {
  return db.product.findFirst({
    where: { id: productId, businessId, active: true },
    select: {
      id: true,
      name: true,
      names: true,
      description: true,
      priceMinor: true,
      currency: true,
      accessDays: true,
      page: { select: { title: true } },
    },
  });
}

/** The business's offered products for the portal home (at most 20). */
export function listPortalProducts(businessId: string) {
  return db.product.findMany({
    where: { businessId, active: true },
    select: { id: true, name: true, names: true, priceMinor: true, currency: true },
    orderBy: { name: 'asc' },
    take: 20,
  });
}
