import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { passkeyAudit } from './passkey-audit';
import { db } from '@/lib/db';
import { fail, type TResult } from '@/lib/result';

/**
 * Removes one of the identity's own passkeys (another's id is not found): it signs no one in from
 * this instant. The removal and its audit row are written together.
 */
export async function removePasskey(
  identityId: string,
  passkeyId: unknown,
  { businessId = null, ip, now = new Date() }: { businessId?: string | null; ip: string | null; now?: Date },
): Promise<TResult<{ name: string }, 'notFound'>> {
  if (typeof passkeyId !== 'string') return fail('notFound');
  return db.$transaction(async (tx) => {
    const passkey = await tx.passkey.findFirst({ where: { id: passkeyId, identityId }, select: { name: true } });
    // nothing written when it is not found: the delete is the one write before the audit row
    const { count } = passkey ? await tx.passkey.deleteMany({ where: { id: passkeyId, identityId } }) : { count: 0 };
    if (!passkey || count !== 1) return fail('notFound');
    await recordAuditEvent(
      passkeyAudit('removed', { id: passkeyId, name: passkey.name, identityId }, { businessId, ip, now }),
      tx,
    );
    return { ok: true as const, name: passkey.name };
  });
}
