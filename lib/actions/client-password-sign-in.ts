'use server';
import { completeClientSignIn } from '@/lib/auth/sessions/complete-client-sign-in';
import { ZClientPasswordSignIn, type TClientPasswordSignIn } from '@/lib/auth/schemas';
import { checkPasswordFromThisAddress } from '@/lib/auth/passwords/password-ip-limit';
import { verifyClientPassword } from '@/lib/auth/passwords/verify-client-password';
import { ZSlug } from '@/lib/business/schemas';
import { fail, type TFailure } from '@/lib/result';

export type TClientSignInResult = TFailure<'invalid' | 'rate_limited'> | undefined;

/**
 * Public by design (it is the sign-in): one generic error for every failure of the
 * account; 'rate_limited' only when this address sent too many wrong passwords.
 */
export async function clientPasswordSignIn(
  portal: string,
  values: TClientPasswordSignIn,
  callbackUrl?: string,
): Promise<TClientSignInResult> {
  const slug = ZSlug.safeParse(portal);
  const parsed = ZClientPasswordSignIn.safeParse(values);
  if (!slug.success || !parsed.success) return fail('invalid');
  const checked = await checkPasswordFromThisAddress(() => verifyClientPassword({ portal: slug.data, ...parsed.data }));
  if (checked.error) return fail(checked.error);
  return completeClientSignIn(checked.value, callbackUrl); // redirects
}
