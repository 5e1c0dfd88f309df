import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { db } from '@/lib/db';

/**
 * The Auth.js user of a successful client sign-in: bound to one business and card,
 * ending after the business's session length (or 30 days when remembered).
 */
export async function clientSessionUser(
  business: { id: string; slug: string; sessionHours: number },
  card: { id: string; firstName: string; lastName: string },
  identityId: string,
  { method, remember = false, now = new Date() }: { method: string; remember?: boolean; now?: Date },
) {
  await db.client.updateMany({ where: { id: card.id, businessId: business.id }, data: { lastSignInAt: now } });
  await recordAuditEvent({
    businessId: business.id,
    actorType: 'client',
    actorId: identityId,
    action: 'client.signed_in',
    targetType: 'client',
    targetId: card.id,
    meta: { method },
  });
  return {
    id: identityId,
    name: `${card.firstName} ${card.lastName}`.trim(),
    kind: 'client' as const,
    businessId: business.id,
    portal: business.slug,
    clientId: card.id,
    expiresAt: now.getTime() + (remember ? 30 * 24 : business.sessionHours) * 3600_000,
    persistent: remember,
    method,
  };
}

export type TClientUser = Awaited<ReturnType<typeof clientSessionUser>>;

/** Narrows a user to what goes into the session (the JWT). */
export function sessionFields(user: TClientUser) {
  const { method: _method, ...fields } = user;
  return fields;
}
