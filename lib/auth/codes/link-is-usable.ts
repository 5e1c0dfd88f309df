import 'server-only';
import { db } from '@/lib/db';
import { hashToken } from './code-crypto';

/**
 * Whether an emailed link (sign-in or password reset) can still work: of this business, not used,
 * not revoked, not expired. A read only: the landing page says at once when a link is spent,
 * instead of after the person pressed its button or typed a new password.
 */
export async function linkIsUsable({
  businessId,
  token,
  purpose,
  now = new Date(),
}: {
  businessId: string;
  token: unknown;
  purpose: 'sign_in_link' | 'reset_password';
  now?: Date;
}) {
  if (typeof token !== 'string' || token.length < 20 || token.length > 200) return false;
  const row = await db.authToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { purpose: true, businessId: true, consumedAt: true, revokedAt: true, expiresAt: true },
  });
  return (
    !!row &&
    row.purpose === purpose &&
    row.businessId === businessId &&
    !row.consumedAt &&
    !row.revokedAt &&
    !!row.expiresAt &&
    row.expiresAt > now
  );
}
