import 'server-only';
import { db } from '@/lib/db';
import { hashPassword } from '../../crypto/password-hash';

/**
 * Sets a client's new password in one transaction: every earlier session ends, the throttle is
 * cleared, and pending reset codes and links are revoked.
 * Callers check the proof and the rules first, and audit.
 */
export async function replacePassword(
  identityId: string,
  password: string,
  now: Date,
  extra: { mustChangePassword?: false } = {},
) {
  const passwordHash = await hashPassword(password);
  await db.$transaction([
    db.identity.update({
      where: { id: identityId },
      data: {
        passwordHash,
        passwordChangedAt: now,
        sessionsValidAfter: now,
        failedLogins: 0,
        lockedUntil: null,
        ...extra,
      },
    }),
    db.oneTimeCode.updateMany({
      where: { purpose: 'reset_password', identityId, consumedAt: null, revokedAt: null },
      data: { revokedAt: now },
    }),
    db.authToken.updateMany({
      where: { purpose: 'reset_password', identityId, consumedAt: null, revokedAt: null },
      data: { revokedAt: now },
    }),
  ]);
}
