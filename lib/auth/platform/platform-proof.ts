import 'server-only';
import { sessionUser } from '../sessions/session-user';
import { readAuthCookie } from '../../crypto/cookie-jar';
import { resolvePortalClient } from '../guards/require-client';
import { seal, unseal } from '../../crypto/sealed';

// After /login, the proof that this browser knows the identity's password (and, for a person
// with an authenticator app, its code), for 10 minutes: enough to choose a portal or switch
// between the person's portals.
export const PLATFORM_COOKIE = 'portico.platform';
const SALT = 'portico.platform-proof';
/** The password is proven and the app code is still to come (/login/two-factor). */
const PENDING_SALT = 'portico.platform-pending';

/** How the person proved who they are: it decides which of their portals they may enter from here. */
export type TProofMethod = 'password' | 'code' | 'session';
type TProof = { sub?: string; mfa?: boolean; via?: TProofMethod };

export const sealPlatformProof = (identityId: string, secondFactor: boolean, via: TProofMethod) =>
  seal({ sub: identityId, mfa: secondFactor, via }, SALT, 600);
export const sealPendingProof = (identityId: string, via: TProofMethod) =>
  seal({ sub: identityId, via }, PENDING_SALT, 600);

export async function readPendingProof(): Promise<{ identityId: string; via: TProofMethod } | null> {
  const proof = await unseal<TProof>(await readAuthCookie(PLATFORM_COOKIE), PENDING_SALT);
  return proof?.sub ? { identityId: proof.sub, via: proof.via ?? 'password' } : null;
}

/**
 * Who this browser has proven to be, for "Switch account": the /login proof, else a live portal
 * session (made after its second factor, when the person has one). `secondFactor` says whether
 * an app code was part of that proof, so the next portal does not ask for another.
 */
export async function provenIdentity(): Promise<{
  identityId: string;
  secondFactor: boolean;
  via: TProofMethod;
} | null> {
  const proof = await unseal<TProof>(await readAuthCookie(PLATFORM_COOKIE), SALT);
  if (proof?.sub) return { identityId: proof.sub, secondFactor: proof.mfa === true, via: proof.via ?? 'password' };
  const user = await sessionUser();
  if (user?.kind !== 'client' || !user.businessId) return null;
  const client = await resolvePortalClient(user, user.businessId);
  return client
    ? { identityId: client.identity.id, secondFactor: !!client.identity.totpEnabledAt, via: 'session' }
    : null;
}
