import 'server-only';
import { db } from '@/lib/db';

/** A card's messages from the contact form, newest first (at most 50). */
export function listContactMessages({ businessId, clientId }: { businessId: string; clientId: string }) {
  return db.contactMessage.findMany({
    where: { businessId, clientId },
    select: { id: true, message: true, createdAt: true },
    orderBy: { createdAt: 'desc' },
    take: 50,
  });
}
