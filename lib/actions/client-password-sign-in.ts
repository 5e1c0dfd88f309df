'use server';
import { completeClientSignIn } from '@/lib/auth/complete-client-sign-in';
import { ZClientPasswordSignIn, type TClientPasswordSignIn } from '@/lib/auth/schemas';
import { verifyClientPassword } from '@/lib/auth/verify-client-password';
import { ZSlug } from '@/lib/business/schemas';

export type TClientSignInResult = { error: 'invalid' } | undefined;

/** Public by design (it is the sign-in): one generic error for every failure. */
export async function clientPasswordSignIn(
  portal: string,
  values: TClientPasswordSignIn,
  callbackUrl?: string,
): Promise<TClientSignInResult> {
  const slug = ZSlug.safeParse(portal);
  const parsed = ZClientPasswordSignIn.safeParse(values);
  if (!slug.success || !parsed.success) return { error: 'invalid' };
  const user = await verifyClientPassword({ portal: slug.data, ...parsed.data });
  if (!user) return { error: 'invalid' };
  return completeClientSignIn(user, callbackUrl); // redirects
}
