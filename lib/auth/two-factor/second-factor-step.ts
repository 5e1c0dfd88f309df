import 'server-only';
import { db } from '@/lib/db';
import { applyDueTwoStepTurnOffs } from './scheduled-turn-off';
import type { TClientUser } from '../sessions/client-session-user';
import { setAuthCookie } from '../../crypto/cookie-jar';
import { sealTicket, type TClientTicket } from '../sessions/ticket';

// The hand-off after a client's first factor (password, code, link, Google), in one
// place: with an authenticator app on, the proof waits in a short-lived sealed HttpOnly
// cookie scoped to the portal and the person is sent to the app-code step.
export const TWO_FACTOR_COOKIE = 'portico.2fa';
const TWO_FACTOR_TTL_S = 10 * 60;

export const ticketOf = (user: TClientUser, stage: TClientTicket['stage']): TClientTicket => ({
  stage,
  identityId: user.id,
  name: user.name,
  businessId: user.businessId,
  portal: user.portal,
  clientId: user.clientId,
  expiresAt: user.expiresAt,
  persistent: user.persistent,
  method: user.method,
});

/** The app-code step's URL when this identity has two-step verification (its cookie is set), else null. */
export async function secondFactorStep(user: TClientUser, redirectTo: string): Promise<string | null> {
  // a turn-off approved by staff whose waiting period is over takes effect now, not only at the job's next run
  await applyDueTwoStepTurnOffs(new Date(), user.id);
  const identity = await db.identity.findUnique({ where: { id: user.id }, select: { totpEnabledAt: true } });
  if (!identity?.totpEnabledAt) return null;
  await setAuthCookie(TWO_FACTOR_COOKIE, await sealTicket(ticketOf(user, 'second_factor'), TWO_FACTOR_TTL_S), {
    path: `/p/${user.portal}`,
    maxAge: TWO_FACTOR_TTL_S,
  });
  return `/p/${user.portal}/sign-in/two-factor?${new URLSearchParams({ callbackUrl: redirectTo })}`;
}
