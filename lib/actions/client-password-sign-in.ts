'use server';
import { completeClientSignIn } from '@/lib/auth/complete-client-sign-in';
import { ZClientPasswordSignIn, type TClientPasswordSignIn } from '@/lib/auth/schemas';
import { withPasswordIpLimit } from '@/lib/auth/password-ip-limit';
import { verifyClientPassword } from '@/lib/auth/verify-client-password';
import { ZSlug } from '@/lib/business/schemas';
import { requestIp } from '@/lib/request-ip';

export type TClientSignInResult = { error: 'invalid' | 'rate_limited' } | undefined;

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
  if (!slug.success || !parsed.success) return { error: 'invalid' };
  const checked = await withPasswordIpLimit(await requestIp(), () =>
    verifyClientPassword({ portal: slug.data, ...parsed.data }),
  );
  if (checked.outcome !== 'ok') return { error: checked.outcome === 'rate_limited' ? 'rate_limited' : 'invalid' };
  return completeClientSignIn(checked.value, callbackUrl); // redirects
}
