import 'server-only';
import { redirect } from 'next/navigation';
import type { TClientUser } from './client-session-user';
import { signIn } from '../index';
import { safePortalCallback } from '../portal-callback';
import { secondFactorStep, ticketOf } from '../two-factor/second-factor-step';
import { sealTicket, type TClientTicket } from './ticket';

/**
 * After a first factor succeeded (password, code, link): the app-code step when 2FA
 * is on, otherwise the session is made. Throws Next's redirect either way.
 */
export async function completeClientSignIn(user: TClientUser, callbackUrl?: unknown): Promise<never> {
  const redirectTo = safePortalCallback(user.portal, callbackUrl);
  const step = await secondFactorStep(user, redirectTo);
  if (step) redirect(step);
  return finishClientSignIn(ticketOf(user, 'complete'), redirectTo);
}

/** Makes the session from a complete ticket (through the `client-ticket` provider). */
export async function finishClientSignIn(ticket: TClientTicket, redirectTo: string): Promise<never> {
  await signIn('client-ticket', { ticket: await sealTicket({ ...ticket, stage: 'complete' }, 60), redirectTo });
  throw new Error('unreachable: signIn redirects');
}
