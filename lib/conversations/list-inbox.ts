import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db';
import { pageArgs, pageCount, ZPage } from '@/lib/format/pagination';

export const INBOX_FILTERS = ['open', 'unread', 'mine', 'closed', 'all'] as const;

/** The inbox's query string: which conversations, a search in the client's name or email, a page. */
export const ZInboxQuery = z.object({
  show: z.enum(INBOX_FILTERS).catch('open'),
  q: z.string().trim().max(100).catch(''),
  page: ZPage,
});
export type TInboxQuery = z.infer<typeof ZInboxQuery>;

/**
 * A business's conversations, the newest message first, with the client, who looks after it and the
 * unread count: two queries. "Mine" is those assigned to this staff member.
 */
export async function listInbox(businessId: string, query: TInboxQuery, staffIdentityId: string) {
  const where = {
    businessId,
    ...(query.show === 'unread' ? { staffUnread: { gt: 0 } } : {}),
    ...(query.show === 'mine' ? { assignedToId: staffIdentityId } : {}),
    ...(query.show === 'open' ? { status: 'open' } : query.show === 'closed' ? { status: 'closed' } : {}),
    ...(query.q
      ? {
          client: {
            OR: [
              { firstName: { contains: query.q } },
              { lastName: { contains: query.q } },
              { email: { contains: query.q.toLowerCase() } },
            ],
          },
        }
      : {}),
  };
  const [total, rows] = await Promise.all([
    db.conversation.count({ where }),
    db.conversation.findMany({
      where,
      select: {
        id: true,
        status: true,
        lastMessageAt: true,
        staffUnread: true,
        assignedToId: true,
        client: { select: { id: true, firstName: true, lastName: true, email: true } },
      },
      orderBy: [{ lastMessageAt: 'desc' }, { id: 'desc' }],
      ...pageArgs(query.page),
    }),
  ]);
  return { total, rows, pages: pageCount(total) };
}
