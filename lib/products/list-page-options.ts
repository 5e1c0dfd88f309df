import 'server-only';
import { db } from '@/lib/db';

/** The business's restricted pages a product can open, by title. */
export function listPageOptions(businessId: string) {
  return db.restrictedPage.findMany({
    where: { businessId },
    select: { id: true, title: true },
    orderBy: { title: 'asc' },
    take: 500,
  });
}
