import 'server-only';
import { db } from '@/lib/db';
import { THREAD_PAGE } from './schemas';

/**
 * One page of a conversation's messages, newest first, from before the cursor (a message id of this
 * conversation): at most THREAD_PAGE rows and whether older ones remain, whatever the thread's length.
 * Staff see their internal notes; the client never does.
 */
export async function threadPage({
  businessId,
  conversationId,
  before,
  withNotes,
}: {
  businessId: string;
  conversationId: string;
  before?: string;
  withNotes: boolean;
}) {
  const cursor =
    typeof before === 'string'
      ? await db.conversationMessage.findFirst({
          where: { id: before, businessId, conversationId },
          select: { createdAt: true, id: true },
        })
      : null;
  const rows = await db.conversationMessage.findMany({
    where: {
      businessId,
      conversationId,
      ...(withNotes ? {} : { author: { in: ['client', 'staff'] } }),
      ...(cursor
        ? { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] }
        : {}),
    },
    select: {
      id: true,
      author: true,
      body: true,
      createdAt: true,
      staffIdentityId: true,
      aboutType: true,
      aboutId: true,
      document: { select: { id: true, fileName: true, mimeType: true, sizeBytes: true } },
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: THREAD_PAGE + 1,
  });
  return { messages: rows.slice(0, THREAD_PAGE), older: rows.length > THREAD_PAGE ? rows[THREAD_PAGE - 1].id : null };
}
