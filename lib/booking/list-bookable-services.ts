import 'server-only';
import { db } from '@/lib/db';

/** The services a client can book online: offered ones, by name (one query). */
export function listBookableServices(businessId: string) {
  return db.service.findMany({
    where: { businessId, active: true },
    select: { id: true, name: true, names: true, durationMinutes: true, priceMinor: true },
    orderBy: { name: 'asc' },
    take: 200,
  });
}
