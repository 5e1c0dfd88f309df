import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { db } from '@/lib/db';
import { fail, type TResult } from '@/lib/result';

/**
 * Gives a client's conversation to a staff member of the business (their client's messages then
 * alert them alone), or to nobody. Someone who is not staff here, or another business's
 * conversation, is not found.
 */
export async function assignConversation({
  businessId,
  clientId,
  staffIdentityId,
  assignee,
}: {
  businessId: string;
  clientId: string;
  staffIdentityId: string;
  assignee: unknown;
}): Promise<TResult> {
  if (assignee !== null && typeof assignee !== 'string') return fail('notFound');
  if (
    assignee &&
    !(await db.staffMember.findFirst({ where: { businessId, identityId: assignee }, select: { id: true } }))
  )
    return fail('notFound');
  const { count } = await db.conversation.updateMany({
    where: { businessId, clientId },
    data: { assignedToId: assignee || null },
  });
  if (count !== 1) return fail('notFound');
  await recordAuditEvent({
    businessId,
    actorType: 'staff',
    actorId: staffIdentityId,
    action: 'conversation.assigned',
    targetType: 'client',
    targetId: clientId,
    meta: { assignee: assignee || null },
  });
  return { ok: true };
}
