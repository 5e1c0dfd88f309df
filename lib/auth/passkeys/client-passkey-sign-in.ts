import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { passkeyAudit } from './passkey-audit';
import { CLIENT_CONTACT_SELECT } from '@/lib/business/client-scope';
import { findPortalBusiness } from '@/lib/business/find-portal-business';
import { parseLoginMethods } from '@/lib/business/schemas';
import { db } from '@/lib/db';
import { REACHABILITY_SELECT, reachingIdentity } from '../reachable-card';
import { clientSessionUser } from '../sessions/client-session-user';
import { verifyPasskeyAssertion } from './verify-passkey-assertion';

/**
 * A portal's passkey sign-in: the client session user and the passkey used, or null. The same null
 * when the business does not allow passkeys, the answer does not verify, or the passkey's identity
 * reaches no active card of this business (the identity rule: a card it proved a contact of, or
 * the one card of a contactless login).
 */
export async function clientPasskeySignIn(
  portal: unknown,
  response: unknown,
  { ip, now = new Date() }: { ip: string | null; now?: Date },
) {
  const business = await findPortalBusiness(portal);
  if (!business || !business.allowClientLogin || !parseLoginMethods(business.loginMethods).includes('passkey'))
    return null;
  const passkey = await verifyPasskeyAssertion(response, now);
  const cards = passkey
    ? await db.client.findMany({
        where: { businessId: business.id, identityId: passkey.identityId, status: 'active' },
        select: { ...CLIENT_CONTACT_SELECT, ...REACHABILITY_SELECT },
        orderBy: { createdAt: 'asc' },
      })
    : [];
  const card = cards.find((c) => reachingIdentity(c));
  if (!passkey || !card) {
    await recordAuditEvent({
      businessId: business.id,
      actorType: 'anonymous',
      action: 'client.sign_in_failed',
      meta: { method: 'passkey', reason: passkey ? 'no_card' : 'refused' },
      ip,
      createdAt: now,
    });
    return null;
  }
  await recordAuditEvent(passkeyAudit('used', passkey, { businessId: business.id, ip, now }));
  const user = await clientSessionUser(business, card, passkey.identityId, { method: 'passkey', now });
  return { user, business, card, passkey };
}
