import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { parseLoginMethods } from '@/lib/business/schemas';
import { db } from '@/lib/db';
import { clientSessionUser } from '../sessions/client-session-user';
import { normalizeEmail } from '../../format/identifiers';
import { checkIdentityPassword } from '../passwords/identity-password';
import { reachingIdentity, REACHABILITY_SELECT } from '../reachable-card';
import type { TProofMethod } from './platform-proof';

/**
 * The platform sign-in (/login, seed 004): one email and password, then the person
 * chooses among the portals where they are an active client. Null for every failure.
 */
export async function verifyPlatformPassword(email: string, password: string, now = new Date()) {
  const normalized = normalizeEmail(email);
  const identity = normalized
    ? await db.identity.findUnique({
        where: { email: normalized },
        select: { id: true, passwordHash: true, lockedUntil: true },
      })
    : null;
  const { result } = await checkIdentityPassword(identity, password.slice(0, 128), now);
  if (result !== 'ok') {
    if (identity)
      await recordAuditEvent({
        actorType: 'client',
        actorId: identity.id,
        action: 'platform.sign_in_failed',
        meta: { result },
      });
    return null;
  }
  return identity!.id;
}

/**
 * The portals this identity may enter from /login: only cards that carry a contact it proved
 * (cardReachable). With a password, those that take passwords;
 * with a code, those that take codes; from a live portal session (Switch account), every one
 * that lets clients sign in.
 */
export async function listIdentityPortals(identityId: string, via: TProofMethod = 'password') {
  const cards = await db.client.findMany({
    where: { identityId, status: 'active', business: { allowClientLogin: true } },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      ...REACHABILITY_SELECT,
      business: {
        select: {
          id: true,
          slug: true,
          name: true,
          accentColor: true,
          logoUrl: true,
          loginMethods: true,
          sessionHours: true,
        },
      },
    },
    orderBy: { business: { name: 'asc' } },
  });
  return cards.filter((c) => {
    if (!reachingIdentity(c)) return false;
    const methods = parseLoginMethods(c.business.loginMethods);
    if (via === 'password') return methods.includes('password');
    if (via === 'code') return methods.includes('email_code') || methods.includes('sms_code');
    return true;
  });
}

/** The session user for the chosen portal, or null when it is not one of this identity's. */
export async function choosePortal(
  identityId: string,
  portal: string,
  via: TProofMethod = 'password',
  now = new Date(),
) {
  const card = (await listIdentityPortals(identityId, via)).find((c) => c.business.slug === portal);
  return card
    ? clientSessionUser(card.business, card, identityId, {
        method: via === 'password' ? 'password' : `platform_${via}`,
        now,
      })
    : null;
}

/** Whether the person signs in with an authenticator app as their second step. */
export async function hasAuthenticator(identityId: string) {
  const identity = await db.identity.findUnique({ where: { id: identityId }, select: { totpEnabledAt: true } });
  return !!identity?.totpEnabledAt;
}

/** Who is choosing a portal: the name and email shown on /login/choose. */
export async function identitySummary(identityId: string) {
  const identity = await db.identity.findUnique({
    where: { id: identityId },
    select: { name: true, email: true, clients: { select: { firstName: true, lastName: true }, take: 1 } },
  });
  if (!identity) return null;
  const card = identity.clients[0];
  return { name: identity.name ?? (card ? `${card.firstName} ${card.lastName}`.trim() : ''), email: identity.email };
}
