import 'server-only';
import { db } from '@/lib/db';

/** A business's staff members by identity, with the name they go by (for an assignment's choices). */
export function listStaffNames(businessId: string) {
  return db.staffMember.findMany({
    where: { businessId },
    select: { identityId: true, displayName: true },
    orderBy: { displayName: 'asc' },
  });
}
