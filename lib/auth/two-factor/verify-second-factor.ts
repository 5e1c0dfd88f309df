import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { db } from '@/lib/db';
import { countSecondFactorFailure, secondFactorIpOverLimit } from '../passwords/password-ip-limit';
import { consumeRecoveryCode } from './recovery-codes';
import { isLocked, lockUntil } from '../throttle';
import { openTotpSecret, verifyTotp } from './totp';
import { cancelScheduledTurnOff } from './scheduled-turn-off';
import { fail, type TFailure } from '@/lib/result';

export type TSecondFactorResult = { ok: true; method: 'totp' | 'recovery_code' } | TFailure<'invalid' | 'locked'>;

/**
 * Checks an authenticator-app code (a step already used is refused) or a recovery
 * code. Wrong answers count against the identity on a counter of their own, with the
 * password's back-off rules (throttle.ts): a right password never resets it, only a right
 * second step does. Wrong answers from one address are capped too, across identities.
 */
export async function verifySecondFactor(
  identityId: string,
  input: string,
  { businessId, ip, now = new Date() }: { businessId?: string; ip?: string | null; now?: Date } = {},
): Promise<TSecondFactorResult> {
  const identity = await db.identity.findUnique({
    where: { id: identityId },
    select: { totpSecret: true, totpEnabledAt: true, totpLastStep: true, secondFactorLockedUntil: true },
  });
  if (!identity?.totpSecret || !identity.totpEnabledAt) return fail('invalid');
  if (isLocked(identity.secondFactorLockedUntil, now) || (await secondFactorIpOverLimit(ip, now)))
    return fail('locked');
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
    await db.identity.update({
      where: { id: identityId },
      data: { secondFactorFailures: 0, secondFactorLockedUntil: null },
    });
    // whoever passes the second step has the app or a recovery code: a turn-off waiting to happen is not needed
    if (businessId) await cancelScheduledTurnOff(identityId, businessId);
    if (method === 'recovery_code')
      await recordAuditEvent({
        businessId,
        actorType: 'client',
        actorId: identityId,
        action: 'client.recovery_code_used',
      });
    return { ok: true, method };
  }
  await countSecondFactorFailure(ip, now);
  const { secondFactorFailures: failedLogins } = await db.identity.update({
    where: { id: identityId },
    data: { secondFactorFailures: { increment: 1 } },
    select: { secondFactorFailures: true },
  });
  const until = lockUntil(failedLogins, now);
  if (until) await db.identity.update({ where: { id: identityId }, data: { secondFactorLockedUntil: until } });
  await recordAuditEvent({
    businessId,
    actorType: 'client',
    actorId: identityId,
    action: 'client.second_factor_failed',
    meta: { failures: failedLogins },
  });
  return fail(until ? 'locked' : 'invalid');
}
