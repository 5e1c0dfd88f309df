import 'server-only';
import { redirect } from 'next/navigation';
import type { Session } from 'next-auth';
import { cache } from 'react';
import { db } from '@/lib/db';
import { sessionUser } from '../sessions/session-user';
import { isLiveSession, portalSignInPath } from '../config';
import { PORTAL_CLIENT_SELECT } from '../portal-client-select';
import { reachingIdentity } from '../reachable-card';
import { resolveViewAs } from './view-as';

/**
 * The signed-in client of this portal, checked on the server, or null: a live
 * client session made on THIS business, not revoked (sessionsValidAfter), for an
 * active card that still belongs to the identity through a contact it proved (cardReachable). For a staff session it is the
 * client they are viewing the portal as (read-only, `viewAs` set), if any.
 */
export const getPortalClient = cache(async (businessId: string) => {
  const user = await sessionUser();
  if (user?.kind === 'staff') return resolveViewAs(businessId);
  return resolvePortalClient(user, businessId);
});

/** The check itself, for a session's user (separate from reading the cookie, so it can be tested). */
export async function resolvePortalClient(user: Session['user'] | undefined, businessId: string, now = Date.now()) {
  if (!isLiveSession(user, now) || user.kind !== 'client' || user.businessId !== businessId || !user.clientId)
    return null;
  const client = await db.client.findFirst({
    where: {
      id: user.clientId,
      businessId,
      identityId: user.id,
      status: 'active',
      // this browser signed out ("Sign out"): its session is over, the person's others are not
      identity: { endedSessions: { none: { sid: user.sid ?? '' } } },
    },
    select: PORTAL_CLIENT_SELECT,
  });
  if (!client?.identity || user.signedInAt < client.identity.sessionsValidAfter.getTime()) return null;
  // the card must still carry a contact this identity proved (staff may have changed it)
  if (!reachingIdentity(client)) return null;
  return { ...client, identity: client.identity, viewAs: null };
}

/**
 * Like getPortalClient, but sends a visitor without that portal's session to its
 * sign-in page, and a client of a business that requires 2FA to the security page
 * until they have turned it on.
 */
export async function requireClient(
  business: { id: string; slug: string; requireClient2fa?: boolean },
  { allowPending2fa = false } = {},
) {
  const client = await getPortalClient(business.id);
  if (!client) redirect(portalSignInPath(business.slug));
  if (client.viewAs) return client;
  // a password made by staff is used once: the client chooses their own first
  if (client.identity.mustChangePassword) redirect(`/p/${business.slug}/choose-password`);
  if (!allowPending2fa && !client.identity.totpEnabledAt) {
    // the portal's business row carries it (findPortalBusiness); read it only when it was not passed
    const requireClient2fa =
      business.requireClient2fa ??
      (await db.business.findUniqueOrThrow({ where: { id: business.id }, select: { requireClient2fa: true } }))
        .requireClient2fa;
    if (requireClient2fa) redirect(`/p/${business.slug}/security`);
  }
  return client;
}
