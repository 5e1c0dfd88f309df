import 'server-only';
import { db } from '@/lib/db';
import { hashPassword, verifyPassword } from '../../crypto/password-hash';
import { isLocked, lockUntil } from '../throttle';

let dummyHash: Promise<string> | undefined;
/** Verifies against a throwaway hash: an unknown account costs the same time as a known one. */
export const burnPasswordTime = async () =>
  verifyPassword('x', await (dummyHash ??= hashPassword('portico-timing-equalizer')));

type TIdentity = { id: string; passwordHash: string | null; lockedUntil: Date | null };

/**
 * The password check shared by every password sign-in, with per-account throttling:
 * 'ok', 'wrong' (counted, maybe locking) or 'locked' (a right password on a throttled
 * account is refused too). Always does the hashing work.
 */
export async function checkIdentityPassword(
  identity: TIdentity | null | undefined,
  password: string,
  now: Date,
): Promise<{ result: 'ok' | 'wrong' | 'locked' | 'none'; failures?: number }> {
  if (!identity?.passwordHash) {
    await burnPasswordTime();
    return { result: 'none' };
  }
  const ok = await verifyPassword(password, identity.passwordHash);
  if (isLocked(identity.lockedUntil, now)) return { result: 'locked' };
  if (ok) {
    await db.identity.update({ where: { id: identity.id }, data: { failedLogins: 0, lockedUntil: null } });
    return { result: 'ok' };
  }
  const { failedLogins } = await db.identity.update({
    where: { id: identity.id },
    data: { failedLogins: { increment: 1 } },
    select: { failedLogins: true },
  });
  const until = lockUntil(failedLogins, now);
  if (until) await db.identity.update({ where: { id: identity.id }, data: { lockedUntil: until } });
  return { result: until ? 'locked' : 'wrong', failures: failedLogins };
}
