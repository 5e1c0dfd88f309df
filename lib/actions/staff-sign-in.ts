'use server';
import { completeStaffSignIn } from '@/lib/auth/complete-staff-sign-in';
import { ZStaffSignIn, type TStaffSignIn } from '@/lib/auth/schemas';
import { verifyStaffPassword } from '@/lib/auth/verify-staff-password';

export type TStaffSignInResult = { error: 'invalid' } | undefined;

/** Public by design (it is the sign-in): one generic error for every failure. */
export async function staffSignIn(values: TStaffSignIn, callbackUrl?: string): Promise<TStaffSignInResult> {
  const parsed = ZStaffSignIn.safeParse(values);
  if (!parsed.success) return { error: 'invalid' };
  const staff = await verifyStaffPassword(parsed.data);
  if (!staff) return { error: 'invalid' };
  return completeStaffSignIn(staff, callbackUrl);
}
