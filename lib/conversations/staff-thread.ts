import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { db } from '@/lib/db';
import { threadPage } from './thread-page';

/**
 * A client's conversation for staff: a page of it with the internal notes and who of the staff wrote
 * each, and when the client last read it (the "Seen by the client" receipt). Opening it marks the
 * client's messages read, and is in the audit log (who read whose messages).
 */
export async function staffThread(
  {
    businessId,
    clientId,
    staffIdentityId,
    now = new Date(),
  }: { businessId: string; clientId: string; staffIdentityId: string; now?: Date },
  before?: string,
) {
  const conversation = await db.conversation.findFirst({
    where: { businessId, clientId },
    select: { id: true, status: true, clientReadAt: true, staffUnread: true, assignedToId: true },
  });
  if (!conversation) return { conversation: null, messages: [], older: null, authors: {} as Record<string, string> };
  if (!before) {
    await db.conversation.updateMany({
      where: { id: conversation.id, businessId, clientId },
      data: { staffReadAt: now, staffUnread: 0 },
    });
    await recordAuditEvent({
      businessId,
      actorType: 'staff',
      actorId: staffIdentityId,
      action: 'conversation.read',
      targetType: 'client',
      targetId: clientId,
      createdAt: now,
    });
  }
  const page = await threadPage({ businessId, conversationId: conversation.id, before, withNotes: true });
  const ids = [...new Set(page.messages.map((m) => m.staffIdentityId).filter((id): id is string => !!id))];
  const members = ids.length
    ? await db.staffMember.findMany({
        where: { businessId, identityId: { in: ids } },
        select: { identityId: true, displayName: true },
      })
    : [];
  return { conversation, ...page, authors: Object.fromEntries(members.map((m) => [m.identityId, m.displayName])) };
}
