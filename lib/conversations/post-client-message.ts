import 'server-only';
import { db } from '@/lib/db';
import { isClientsItem, parseAbout } from './about-items';
import { fail, invalidInput, type TResult } from '@/lib/result';
import type { TClientMessaging } from '@/lib/business/schemas';
import { ZMessage } from './schemas';

/** messages one client may send in an hour */
const CLIENT_MESSAGES_PER_HOUR = 30;
/** staff hear of a client's messages at most once per conversation in this long */
const STAFF_ALERT_EVERY_MS = 10 * 60_000;

/**
 * A client writes to their business. Refused when the business turned conversations off, when it
 * lets clients only answer and staff have not written, past 30 messages an hour, and for an empty or
 * over-long text; nothing is written then. The conversation is made on the first message and
 * reopened by a new one. `alertStaff` says whether this message is the one staff are told about
 * (one email per conversation per 10 minutes, claimed by a guarded update).
 */
export async function postClientMessage(
  { business, clientId }: { business: { id: string; clientMessaging: string }; clientId: string },
  values: unknown,
  now = new Date(),
): Promise<TResult<{ conversationId: string; alertStaff: boolean }>> {
  const parsed = ZMessage.safeParse(values);
  if (!parsed.success) return invalidInput(parsed.error);
  const mode = business.clientMessaging as TClientMessaging;
  if (mode === 'off') return fail('off');
  const existing = await db.conversation.findFirst({
    where: { businessId: business.id, clientId },
    select: { id: true, messages: { where: { author: 'staff' }, select: { id: true }, take: 1 } },
  });
  if (mode === 'reply' && !existing?.messages.length) return fail('replyOnly');
  const sent = existing
    ? await db.conversationMessage.count({
        where: {
          businessId: business.id,
          conversationId: existing.id,
          author: 'client',
          createdAt: { gt: new Date(now.getTime() - 3600_000) },
        },
      })
    : 0;
  if (sent >= CLIENT_MESSAGES_PER_HOUR) return fail('rate_limited');
  // a file sent with it: the client's own upload in this business, else refused as missing
  const { body, documentId } = parsed.data;
  const about = parseAbout(parsed.data.about);
  if (about && !(await isClientsItem({ businessId: business.id, clientId }, about))) return fail('about');
  if (
    documentId &&
    !(await db.document.findFirst({
      where: { id: documentId, businessId: business.id, clientId, uploadedBy: 'client' },
      select: { id: true },
    }))
  )
    return fail('attachment');
  const conversationId = await db.$transaction(async (tx) => {
    const conversation = await tx.conversation.upsert({
      where: { clientId, businessId: business.id },
      create: { businessId: business.id, clientId, createdAt: now, lastMessageAt: now },
      update: {},
      select: { id: true },
    });
    await tx.conversationMessage.create({
      data: {
        businessId: business.id,
        conversationId: conversation.id,
        author: 'client',
        body,
        documentId: documentId ?? null,
        aboutType: about?.type ?? null,
        aboutId: about?.id ?? null,
        createdAt: now,
      },
    });
    await tx.conversation.updateMany({
      where: { id: conversation.id, businessId: business.id },
      data: { lastMessageAt: now, status: 'open', clientReadAt: now, staffUnread: { increment: 1 } },
    });
    return conversation.id;
  });
  const claimed = await db.conversation.updateMany({
    where: {
      id: conversationId,
      businessId: business.id,
      OR: [{ staffAlertedAt: null }, { staffAlertedAt: { lte: new Date(now.getTime() - STAFF_ALERT_EVERY_MS) } }],
    },
    data: { staffAlertedAt: now },
  });
  return { ok: true, conversationId, alertStaff: claimed.count === 1 };
}
