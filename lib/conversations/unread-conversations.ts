import 'server-only';
import { db } from '@/lib/db';

/** How many of a business's conversations have a message staff have not read (the admin's badge). */
export function unreadConversations(businessId: string) {
  return db.conversation.count({ where: { businessId, staffUnread: { gt: 0 } } });
}
