'use server';
import { deleteAuthCookie, readAuthCookie } from '@/lib/crypto/cookie-jar';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { finishClientSignIn } from '@/lib/auth/sessions/complete-client-sign-in';
import { TWO_FACTOR_COOKIE } from '@/lib/auth/two-factor/second-factor-step';
import { requestTwoStepHelp } from '@/lib/clients/two-step-help';
import { safePortalCallback } from '@/lib/auth/portal-callback';
import { openTicket } from '@/lib/auth/sessions/ticket';
import { verifySecondFactor } from '@/lib/auth/two-factor/verify-second-factor';
import { requestIp } from '@/lib/request-ip';
import { ZSlug } from '@/lib/business/schemas';
import { fail, type TFailure, type TResult } from '@/lib/result';

/** The first factor's sealed proof, for this portal only. */
async function pendingTicket(portal: string) {
  const ticket = await openTicket(await readAuthCookie(TWO_FACTOR_COOKIE, `/p/${portal}`), 'second_factor');
  return ticket && ticket.portal === portal ? ticket : null;
}

export async function verifyTwoFactorAction(
  portal: string,
  callbackUrl: string | undefined,
  code: string,
): Promise<TFailure<'invalid' | 'locked' | 'expired'> | undefined> {
  if (!ZSlug.safeParse(portal).success || typeof code !== 'string') return fail('invalid');
  const ticket = await pendingTicket(portal);
  if (!ticket) return fail('expired');
  const result = await verifySecondFactor(ticket.identityId, code.slice(0, 32), {
    businessId: ticket.businessId,
    ip: await requestIp(),
  });
  if (!result.ok) return fail(result.error);
  await deleteAuthCookie(TWO_FACTOR_COOKIE, `/p/${portal}`);
  await recordAuditEvent({
    businessId: ticket.businessId,
    actorType: 'client',
    actorId: ticket.identityId,
    action: 'client.second_factor_passed',
    meta: { method: result.method },
  });
  return finishClientSignIn(ticket, safePortalCallback(portal, callbackUrl));
}

/** "No access to the app?": the business's owners are emailed; staff see it on the card and in the admin. */
export async function requestTwoFactorHelpAction(portal: string): Promise<TResult> {
  if (!ZSlug.safeParse(portal).success) return fail('expired');
  const ticket = await pendingTicket(portal);
  if (!ticket) return fail('expired');
  await requestTwoStepHelp({ businessId: ticket.businessId, clientId: ticket.clientId, identityId: ticket.identityId });
  return { ok: true as const };
}
