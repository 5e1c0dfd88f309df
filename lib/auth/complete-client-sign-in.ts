import 'server-only';
import { redirect } from 'next/navigation';
import { db } from '@/lib/db';
import type { TClientUser } from './client-session-user';
import { setAuthCookie } from './cookie-jar';
import { signIn } from './index';
import { safePortalCallback } from './portal-callback';
import { sealTicket, type TClientTicket } from './ticket';

export const TWO_FACTOR_COOKIE = 'portico.2fa';
const TWO_FACTOR_TTL_S = 10 * 60;

const ticketOf = (user: TClientUser, stage: TClientTicket['stage']): TClientTicket => ({
  stage,
  identityId: user.id,
  name: user.name,
  businessId: user.businessId,
  portal: user.portal,
  clientId: user.clientId,
  expiresAt: user.expiresAt,
  method: user.method,
});

/**
 * After a first factor succeeded (password, code, link): with 2FA on, the proof is
 * kept in a short-lived sealed HttpOnly cookie and the person is asked for the app
 * code; otherwise the session is made. Throws Next's redirect either way.
 */
export async function completeClientSignIn(user: TClientUser, callbackUrl?: unknown): Promise<never> {
  const redirectTo = safePortalCallback(user.portal, callbackUrl);
  const identity = await db.identity.findUnique({ where: { id: user.id }, select: { totpEnabledAt: true } });
  if (identity?.totpEnabledAt) {
    await setAuthCookie(TWO_FACTOR_COOKIE, await sealTicket(ticketOf(user, 'second_factor'), TWO_FACTOR_TTL_S), {
      path: `/p/${user.portal}`,
      maxAge: TWO_FACTOR_TTL_S,
    });
    redirect(`/p/${user.portal}/sign-in/two-factor?${new URLSearchParams({ callbackUrl: redirectTo })}`);
  }
  return finishClientSignIn(ticketOf(user, 'complete'), redirectTo);
}

/** Makes the session from a complete ticket (through the `client-ticket` provider). */
export async function finishClientSignIn(ticket: TClientTicket, redirectTo: string): Promise<never> {
  await signIn('client-ticket', { ticket: await sealTicket({ ...ticket, stage: 'complete' }, 60), redirectTo });
  throw new Error('unreachable: signIn redirects');
}
