import 'server-only';
import { db } from '@/lib/db';
import { disableTotp } from './enrol-totp';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';

/**
 * Scheduled turn-offs whose time has come: two-step verification goes off (sessions end)
 * and the schedule is cleared. Claimed with a conditional write, so it runs once each.
 */
export async function applyDueTwoStepTurnOffs(now = new Date(), identityId?: string) {
  const due = await db.identity.findMany({
    where: { ...(identityId ? { id: identityId } : {}), totpOffAt: { lte: now }, totpEnabledAt: { not: null } },
    select: { id: true, totpOffAt: true, totpOffBusinessId: true },
    take: 100,
  });
  let applied = 0;
  for (const identity of due) {
    const { count } = await db.identity.updateMany({
      where: { id: identity.id, totpOffAt: identity.totpOffAt },
      data: { totpOffAt: null, totpOffBusinessId: null },
    });
    if (count === 0) continue;
    await disableTotp(identity.id, { businessId: identity.totpOffBusinessId ?? undefined, now });
    applied++;
  }
  return { applied };
}

/** A second step passed with the app or a recovery code: the person has it, a scheduled turn-off is cancelled. */
export async function cancelScheduledTurnOff(identityId: string, businessId: string) {
  const { count } = await db.identity.updateMany({
    where: { id: identityId, totpOffAt: { not: null } },
    data: { totpOffAt: null, totpOffBusinessId: null },
  });
  if (count > 0)
    await recordAuditEvent({
      businessId,
      actorType: 'client',
      actorId: identityId,
      action: 'client.2fa_off_cancelled',
    });
}
