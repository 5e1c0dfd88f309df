import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { db } from '@/lib/db';
import { fail, type TResult } from '@/lib/result';

/** Closes or reopens a client's conversation (a client's new message reopens it too). */
export async function setConversationStatus({
  businessId,
  clientId,
  staffIdentityId,
  status,
}: {
  businessId: string;
  clientId: string;
  staffIdentityId: string;
  status: 'open' | 'closed';
}): Promise<TResult> {
  const { count } = await db.conversation.updateMany({ where: { businessId, clientId }, data: { status } });
  if (count !== 1) return fail('notFound');
  await recordAuditEvent({
    businessId,
    actorType: 'staff',
    actorId: staffIdentityId,
    action: status === 'closed' ? 'conversation.closed' : 'conversation.reopened',
    targetType: 'client',
    targetId: clientId,
  });
  return { ok: true };
}
