import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { db } from '@/lib/db';
import { isClientsItem, parseAbout } from './about-items';
import { fail, invalidInput, type TResult } from '@/lib/result';
import { ZMessage } from './schemas';

/** messages one staff member may send in an hour, across clients */
const STAFF_MESSAGES_PER_HOUR = 200;

/**
 * Staff write to a client of their business, or add an internal note that only staff see. Another
 * business's client is not found; an empty or over-long text, or past 200 an hour, writes nothing.
 * A message (not a note) counts as unread for the client, who is then told (`notifyClient`).
 */
export async function postStaffMessage(
  {
    businessId,
    clientId,
    staffIdentityId,
    note,
  }: { businessId: string; clientId: string; staffIdentityId: string; note: boolean },
  values: unknown,
  now = new Date(),
): Promise<TResult<{ conversationId: string; notifyClient: boolean }>> {
  const parsed = ZMessage.safeParse(values);
  if (!parsed.success) return invalidInput(parsed.error);
  const client = await db.client.findFirst({ where: { id: clientId, businessId }, select: { id: true } });
  if (!client) return fail('notFound');
  const sent = await db.conversationMessage.count({
    where: { businessId, staffIdentityId, createdAt: { gt: new Date(now.getTime() - 3600_000) } },
  });
  if (sent >= STAFF_MESSAGES_PER_HOUR) return fail('rate_limited');
  // a file sent with it: one of this client's documents in this business
  const { body, documentId } = parsed.data;
  const about = parseAbout(parsed.data.about);
  if (about && !(await isClientsItem({ businessId, clientId }, about))) return fail('about');
  if (
    documentId &&
    !(await db.document.findFirst({ where: { id: documentId, businessId, clientId }, select: { id: true } }))
  )
    return fail('attachment');
  const conversationId = await db.$transaction(async (tx) => {
    const conversation = await tx.conversation.upsert({
      where: { clientId, businessId },
      create: { businessId, clientId, createdAt: now, lastMessageAt: now },
      update: {},
      select: { id: true },
    });
    const message = await tx.conversationMessage.create({
      data: {
        businessId,
        conversationId: conversation.id,
        author: note ? 'note' : 'staff',
        staffIdentityId,
        body,
        documentId: documentId ?? null,
        aboutType: about?.type ?? null,
        aboutId: about?.id ?? null,
        createdAt: now,
      },
      select: { id: true },
    });
    await tx.conversation.updateMany({
      where: { id: conversation.id, businessId },
      data: note
        ? { staffReadAt: now }
        : { lastMessageAt: now, staffReadAt: now, staffUnread: 0, clientUnread: { increment: 1 } },
    });
    await recordAuditEvent(
      {
        businessId,
        actorType: 'staff',
        actorId: staffIdentityId,
        action: note ? 'conversation.noted' : 'conversation.replied',
        targetType: 'client',
        targetId: clientId,
        meta: { messageId: message.id },
        createdAt: now,
      },
      tx,
    );
    return conversation.id;
  });
  return { ok: true, conversationId, notifyClient: !note };
}
