import 'server-only';
import { fail, type TFailure } from '@/lib/result';
import type { Account, Profile, User } from 'next-auth';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { findPortalBusiness } from '@/lib/business/find-portal-business';
import { parseLoginMethods } from '@/lib/business/schemas';
import { db } from '@/lib/db';
import { clientSessionUser, sessionFields } from './sessions/client-session-user';
import { linkIdentity } from './codes/link-identity';
import { reachingIdentity, REACHABILITY_SELECT } from './reachable-card';
import { deleteAuthCookie, readAuthCookie } from '../crypto/cookie-jar';
import { normalizeEmail } from '../format/identifiers';
import { safePortalCallback } from './portal-callback';
import { seal, unseal } from '../crypto/sealed';
import { secondFactorStep } from './two-factor/second-factor-step';

// Which portal a Google sign-in is for: set by the portal's button, read back in the callback.
export const GOOGLE_PORTAL_COOKIE = 'portico.google';
const SALT = 'portico.google-portal';

export const sealGooglePortal = (portal: string, callbackUrl: string) => seal({ portal, callbackUrl }, SALT, 600);

async function readGooglePortal() {
  const value = await unseal<{ portal?: string; callbackUrl?: string }>(
    await readAuthCookie(GOOGLE_PORTAL_COOKIE),
    SALT,
  );
  return value?.portal ? { portal: value.portal, callbackUrl: value.callbackUrl } : null;
}

type TGoogleDecision =
  { ok: true; identityId: string; card: { id: string; firstName: string; lastName: string } } | TFailure;

/**
 * Maps a Google account to a card of this business (ASVS 6.8): by provider +
 * subject once linked; the first time, only by a verified email that matches the
 * card (a proof of that email, as a code would be), and never over a different Google
 * account already linked to the identity that holds it.
 */
export async function decideGoogleSignIn(
  business: { id: string },
  subject: string,
  profile: { email?: string | null; email_verified?: boolean | null },
  now = new Date(),
): Promise<TGoogleDecision> {
  const linked = await db.account.findUnique({
    where: { provider_providerAccountId: { provider: 'google', providerAccountId: subject } },
    select: { userId: true },
  });
  if (linked) {
    const card = await db.client.findFirst({
      where: { businessId: business.id, identityId: linked.userId, status: 'active' },
      select: { id: true, firstName: true, lastName: true, ...REACHABILITY_SELECT },
    });
    return card && reachingIdentity(card)
      ? {
          ok: true,
          identityId: linked.userId,
          card: { id: card.id, firstName: card.firstName, lastName: card.lastName },
        }
      : fail('not_a_client');
  }
  const email = profile.email_verified === true && profile.email ? normalizeEmail(profile.email) : null;
  if (!email) return fail('email_not_verified');
  const card = await db.client.findFirst({
    where: { businessId: business.id, email, status: 'active' },
    select: { id: true, firstName: true, lastName: true, identityId: true },
  });
  if (!card) return fail('not_a_client');
  // Google's verified email is a proof of that email like a code sent there: the card goes to the
  // identity holding it (lib/auth/codes/link-identity.ts), never to one that proved something else
  const holder = await db.identity.findUnique({ where: { email }, select: { id: true } });
  if (holder && (await db.account.count({ where: { userId: holder.id, provider: 'google' } })) > 0)
    return fail('other_google_account_linked');
  const identityId = await linkIdentity({ ...card, businessId: business.id }, { kind: 'email', value: email }, now);
  if (!identityId) return fail('card_elsewhere');
  await db.account.create({
    data: { userId: identityId, type: 'oidc', provider: 'google', providerAccountId: subject },
  });
  return { ok: true, identityId, card };
}

/**
 * Auth.js `signIn` callback for Google: `true` with the user turned into a client
 * session of the portal, or a redirect (the 2FA step, or back with an error).
 */
export async function googleSignInCallback({
  user,
  account,
  profile,
}: {
  user: User;
  account: Account | null;
  profile?: Profile;
}) {
  const target = await readGooglePortal();
  if (!account || account.provider !== 'google' || !target) return '/login';
  const business = await findPortalBusiness(target.portal);
  const back = `/p/${target.portal}/sign-in?error=google`;
  if (!business?.allowClientLogin || !parseLoginMethods(business.loginMethods).includes('google')) return back;
  const decision = await decideGoogleSignIn(business, account.providerAccountId, {
    email: profile?.email,
    email_verified: profile?.email_verified as boolean | undefined,
  });
  await deleteAuthCookie(GOOGLE_PORTAL_COOKIE);
  if (!decision.ok) {
    await recordAuditEvent({
      businessId: business.id,
      actorType: 'anonymous',
      action: 'client.sign_in_failed',
      meta: { method: 'google', reason: decision.error },
    });
    return back;
  }
  const sessionUser = await clientSessionUser(business, decision.card, decision.identityId, { method: 'google' });
  const step = await secondFactorStep(sessionUser, safePortalCallback(target.portal, target.callbackUrl));
  if (step) return step;
  Object.assign(user, sessionFields(sessionUser)); // becomes the JWT in the jwt callback
  return true;
}
