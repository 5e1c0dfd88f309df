import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { db } from '@/lib/db';
import { checkIdentityPassword } from './identity-password';
import { replacePassword } from './replace-password';
import type { TPasswordError } from './password-policy';
import { passwordProblem } from './reset-password';
import { fail, type TFailure } from '@/lib/result';

/** How recent a code sign-in must be to set a first password without one to confirm. */
const FRESH_SIGN_IN_MS = 15 * 60_000;

export type TChangePasswordError = TPasswordError | 'wrongPassword' | 'locked' | 'signInAgain';

/**
 * A signed-in client changes their password. Proof: the current password, or (for a person who
 * signs in with codes and has none) a sign-in made within the last 15 minutes. Every session ends
 * (the caller makes this browser's again), reset codes and links are revoked.
 */
export async function changeOwnPassword({
  identityId,
  businessId,
  current,
  password,
  signedInAt,
  now = new Date(),
}: {
  identityId: string;
  businessId: string;
  current: unknown;
  password: unknown;
  signedInAt: number;
  now?: Date;
}): Promise<{ ok: true } | TFailure<TChangePasswordError>> {
  const identity = await db.identity.findUnique({
    where: { id: identityId },
    select: { id: true, passwordHash: true, lockedUntil: true },
  });
  if (!identity) return fail('signInAgain');
  if (identity.passwordHash) {
    const check = await checkIdentityPassword(identity, typeof current === 'string' ? current : '', now);
    if (check.result !== 'ok') return fail(check.result === 'locked' ? 'locked' : 'wrongPassword');
  } else if (now.getTime() - signedInAt > FRESH_SIGN_IN_MS) {
    return fail('signInAgain');
  }
  const problem = passwordProblem(password);
  if (problem) return fail(problem);
  await replacePassword(identityId, password as string, now, { mustChangePassword: false });
  await recordAuditEvent({ businessId, actorType: 'client', actorId: identityId, action: 'client.password_changed' });
  return { ok: true };
}

/** Whether the person has a password (else the Security page offers to choose one). */
export async function hasOwnPassword(identityId: string) {
  const identity = await db.identity.findUnique({ where: { id: identityId }, select: { passwordHash: true } });
  return !!identity?.passwordHash;
}
