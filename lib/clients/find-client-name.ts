import 'server-only';
import { db } from '@/lib/db';

/** A client of this business by id, with its name and language (another business's id is not found). */
export function findClientName({ businessId, clientId }: { businessId: string; clientId: string }) {
  return db.client.findFirst({
    where: { id: clientId, businessId },
    select: { id: true, firstName: true, lastName: true, locale: true },
  });
}
