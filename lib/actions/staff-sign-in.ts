'use server';
import { completeStaffSignIn } from '@/lib/auth/sessions/complete-staff-sign-in';
import { ZStaffSignIn, type TStaffSignIn } from '@/lib/auth/schemas';
import { checkPasswordFromThisAddress } from '@/lib/auth/passwords/password-ip-limit';
import { verifyStaffPassword } from '@/lib/auth/passwords/verify-staff-password';
import { fail, type TFailure } from '@/lib/result';

export type TStaffSignInResult = TFailure<'invalid' | 'rate_limited'> | undefined;

/** Public by design (it is the sign-in): one generic error for every failure. */
export async function staffSignIn(values: TStaffSignIn, callbackUrl?: string): Promise<TStaffSignInResult> {
  const parsed = ZStaffSignIn.safeParse(values);
  if (!parsed.success) return fail('invalid');
  const checked = await checkPasswordFromThisAddress(() => verifyStaffPassword(parsed.data));
  if (checked.error) return fail(checked.error);
  return completeStaffSignIn(checked.value, callbackUrl);
}
