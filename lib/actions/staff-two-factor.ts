'use server';
import { deleteAuthCookie, readAuthCookie } from '@/lib/crypto/cookie-jar';
import { signOut } from '@/lib/auth';
import {
  finishStaffSignIn,
  safeAdminCallback,
  STAFF_TWO_FACTOR_COOKIE,
} from '@/lib/auth/sessions/complete-staff-sign-in';
import { getStaff, mustUseAuthenticator } from '@/lib/auth/guards/require-staff';
import { openStaffTicket } from '@/lib/auth/sessions/ticket';
import { confirmTotpEnrolment, disableTotp, startTotpEnrolment } from '@/lib/auth/two-factor/enrol-totp';
import { verifySecondFactor } from '@/lib/auth/two-factor/verify-second-factor';
import { requestIp } from '@/lib/request-ip';
import { fail, type TFailure } from '@/lib/result';

/** The staff sign-in's second step (after the password, proven in a sealed cookie). */
export async function verifyStaffTwoFactorAction(
  callbackUrl: string | undefined,
  code: string,
): Promise<TFailure<'invalid' | 'locked' | 'expired'> | undefined> {
  const ticket = await openStaffTicket(await readAuthCookie(STAFF_TWO_FACTOR_COOKIE, '/admin'), 'second_factor');
  if (!ticket) return fail('expired');
  const result = await verifySecondFactor(ticket.identityId, String(code).slice(0, 32), { ip: await requestIp() });
  if (!result.ok) return fail(result.error);
  await deleteAuthCookie(STAFF_TWO_FACTOR_COOKIE, '/admin');
  return finishStaffSignIn(ticket, safeAdminCallback(callbackUrl));
}

// The staff member's own authenticator app, from /admin/security (session checked in each).

export async function startStaffTotpAction() {
  const staff = await getStaff();
  if (!staff) return fail('unauthorized' as const);
  const started = await startTotpEnrolment(staff.id, { issuer: 'Portico', label: staff.email ?? staff.id });
  return started ? { qrSvg: started.qrSvg, secret: started.secret } : fail('already_enabled');
}

export async function confirmStaffTotpAction(code: string) {
  const staff = await getStaff();
  if (!staff) return fail('unauthorized' as const);
  const codes = await confirmTotpEnrolment(staff.id, String(code).slice(0, 12));
  return codes ? { recoveryCodes: codes } : fail('invalid');
}

/** Owners cannot turn it off: the app code is required for them. */
export async function disableStaffTotpAction(code: string) {
  const staff = await getStaff();
  if (!staff) return fail('unauthorized' as const);
  if (mustUseAuthenticator(staff)) return fail('required' as const);
  const proof = await verifySecondFactor(staff.id, String(code).slice(0, 32), { ip: await requestIp() });
  if (!proof.ok) return fail('invalid' as const);
  await disableTotp(staff.id);
  await signOut({ redirectTo: '/admin/sign-in' });
  return { ok: true as const };
}
