import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { db } from '@/lib/db';
import { consumeRecoveryCode } from '../recovery-codes';
import { isLocked, lockUntil } from '../throttle';
import { openTotpSecret, verifyTotp } from '../totp';

export type TSecondFactorResult =
  { ok: true; method: 'totp' | 'recovery_code' } | { ok: false; error: 'invalid' | 'locked' };

/**
 * Checks an authenticator-app code (a step already used is refused) or a recovery
 * code. Wrong answers count against the identity like wrong passwords do.
 */
export async function verifySecondFactor(
  identityId: string,
  input: string,
  { businessId, now = new Date() }: { businessId?: string; now?: Date } = {},
): Promise<TSecondFactorResult> {
  const identity = await db.identity.findUnique({
    where: { id: identityId },
    select: { totpSecret: true, totpEnabledAt: true, totpLastStep: true, failedLogins: true, lockedUntil: true },
  });
  if (!identity?.totpSecret || !identity.totpEnabledAt) return { ok: false, error: 'invalid' };
  if (isLocked(identity.lockedUntil, now)) return { ok: false, error: 'locked' };
  const typed = input.replace(/\s+/g, '');
  let method: 'totp' | 'recovery_code' | null = null;
  if (/^\d{6}$/.test(typed)) {
    const step = await verifyTotp(openTotpSecret(identity.totpSecret), typed, { now, lastStep: identity.totpLastStep });
    // record the step with a guarded update: two concurrent uses of one code cannot both pass
    if (step !== null) {
      const claimed = await db.identity.updateMany({
        where: { id: identityId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
        data: { totpLastStep: step },
      });
      if (claimed.count === 1) method = 'totp';
    }
  } else if (await consumeRecoveryCode(identityId, typed, now)) {
    method = 'recovery_code';
  }
  if (method) {
    await db.identity.update({ where: { id: identityId }, data: { failedLogins: 0, lockedUntil: null } });
    if (method === 'recovery_code')
      await recordAuditEvent({
        businessId,
        actorType: 'client',
        actorId: identityId,
        action: 'client.recovery_code_used',
      });
    return { ok: true, method };
  }
  const { failedLogins } = await db.identity.update({
    where: { id: identityId },
    data: { failedLogins: { increment: 1 } },
    select: { failedLogins: true },
  });
  const until = lockUntil(failedLogins, now);
  if (until) await db.identity.update({ where: { id: identityId }, data: { lockedUntil: until } });
  await recordAuditEvent({
    businessId,
    actorType: 'client',
    actorId: identityId,
    action: 'client.second_factor_failed',
    meta: { failures: failedLogins },
  });
  return { ok: false, error: until ? 'locked' : 'invalid' };
}
