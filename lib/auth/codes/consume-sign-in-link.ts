import 'server-only';
import { db } from '@/lib/db';
import { clientSessionUser } from '../sessions/client-session-user';
import { hashToken } from './code-crypto';
import { findPortalBusiness } from '@/lib/business/find-portal-business';
import { linkIdentity } from './link-identity';

/**
 * Signs in with the link of a sign-in email (after the person pressed the button on
 * the confirmation page: a mail scanner following the link uses nothing up).
 * Single use, bound to its business, expires with its code; using it revokes the code.
 */
export async function consumeSignInLink({
  portal,
  token,
  now = new Date(),
}: {
  portal: unknown;
  token: string;
  now?: Date;
}) {
  const business = await findPortalBusiness(portal);
  if (!business?.allowClientLogin || typeof token !== 'string' || token.length < 20) return null;
  const row = await db.authToken.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!row || row.purpose !== 'sign_in_link' || row.businessId !== business.id || !row.clientId) return null;
  const consumed = await db.authToken.updateMany({
    where: { id: row.id, consumedAt: null, revokedAt: null, expiresAt: { gt: now } },
    data: { consumedAt: now },
  });
  if (consumed.count !== 1) return null;
  const card = await db.client.findFirst({
    where: { id: row.clientId, businessId: business.id, status: 'active' },
    select: { id: true, firstName: true, lastName: true, email: true, identityId: true },
  });
  if (!card?.email) return null;
  await db.oneTimeCode.updateMany({
    where: { purpose: 'sign_in', businessId: business.id, clientId: card.id, consumedAt: null, revokedAt: null },
    data: { revokedAt: now },
  });
  const identityId = await linkIdentity(
    { ...card, businessId: business.id },
    { kind: 'email', value: card.email },
    now,
  );
  if (!identityId) return null;
  return clientSessionUser(business, card, identityId, { method: 'email_link', now });
}
