import 'server-only';
import { db } from '@/lib/db';

/** The staff of a business (for filters and the staff page), by name. */
export function listBusinessStaff(businessId: string) {
  return db.staffMember.findMany({
    where: { businessId },
    select: { id: true, identityId: true, displayName: true, role: true },
    orderBy: { displayName: 'asc' },
  });
}
