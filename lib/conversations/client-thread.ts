import 'server-only';
import { db } from '@/lib/db';
import type { TClientAt } from '@/lib/business/client-scope';
import { threadPage } from './thread-page';

/**
 * The client's conversation in the portal: a page of its messages (no internal notes) and when
 * staff last read it (the "Read by" receipt). Opening it marks staff's messages read.
 */
export async function clientThread({ businessId, clientId, now = new Date() }: TClientAt, before?: string) {
  const conversation = await db.conversation.findFirst({
    where: { businessId, clientId },
    select: { id: true, status: true, staffReadAt: true, clientUnread: true },
  });
  if (!conversation) return { conversation: null, messages: [], older: null };
  if (conversation.clientUnread > 0 || !before)
    await db.conversation.updateMany({
      where: { id: conversation.id, businessId, clientId },
      data: { clientReadAt: now, clientUnread: 0 },
    });
  const page = await threadPage({ businessId, conversationId: conversation.id, before, withNotes: false });
  return { conversation, ...page };
}
