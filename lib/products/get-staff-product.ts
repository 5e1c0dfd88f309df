import 'server-only';
import { db } from '@/lib/db';

/** What staff see of a product: its edit form's fields. */
export const STAFF_PRODUCT_SELECT = {
  id: true,
  name: true,
  names: true,
  description: true,
  priceMinor: true,
  currency: true,
  pageId: true,
  accessDays: true,
  active: true,
} as const;

/** One product of the business for its edit form (another business's id: null). */
export function getStaffProduct(businessId: string, productId: string) {
  return db.product.findFirst({ where: { id: productId, businessId }, select: STAFF_PRODUCT_SELECT });
}
