import 'server-only';
import { setAuthCookie } from '../../crypto/cookie-jar';
import { redirect } from 'next/navigation';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { signIn } from '../index';
import { sealStaffTicket, type TStaffTicket } from './ticket';

export const STAFF_TWO_FACTOR_COOKIE = 'portico.staff-2fa';

/** Only /admin paths: never an open redirect. */
export const safeAdminCallback = (value: unknown) =>
  typeof value === 'string' && /^\/admin(\/[\w\-/]*)?$/.test(value) ? value : '/admin';

/** After the password: the app code when 2FA is on, else the session (owners and admins are then sent to enrol). */
export async function completeStaffSignIn(
  staff: { identityId: string; name: string; email: string; totpEnabled: boolean },
  callbackUrl?: unknown,
): Promise<never> {
  const ticket: TStaffTicket = {
    stage: staff.totpEnabled ? 'second_factor' : 'complete',
    identityId: staff.identityId,
    name: staff.name,
    email: staff.email,
  };
  if (staff.totpEnabled) {
    await setAuthCookie(STAFF_TWO_FACTOR_COOKIE, await sealStaffTicket(ticket, 600), { path: '/admin', maxAge: 600 });
    redirect(`/admin/sign-in/two-factor?${new URLSearchParams({ callbackUrl: safeAdminCallback(callbackUrl) })}`);
  }
  return finishStaffSignIn(ticket, safeAdminCallback(callbackUrl));
}

export async function finishStaffSignIn(ticket: TStaffTicket, redirectTo: string): Promise<never> {
  await recordAuditEvent({ actorType: 'staff', actorId: ticket.identityId, action: 'staff.signed_in' });
  await signIn('staff-ticket', { ticket: await sealStaffTicket({ ...ticket, stage: 'complete' }, 60), redirectTo });
  throw new Error('unreachable: signIn redirects');
}
