'use server';
import { AuthError } from 'next-auth';
import { signIn } from '@/lib/auth';
import { ZClientPasswordSignIn, type TClientPasswordSignIn } from '@/lib/auth/schemas';
import { ZPortalSlug } from '@/lib/business/schemas';
import { safePortalCallback } from '@/lib/auth/portal-callback';

export type TClientSignInResult = { error: 'invalid' } | undefined;

export async function clientPasswordSignIn(portal: string, values: TClientPasswordSignIn, callbackUrl?: string): Promise<TClientSignInResult> {
  const slug = ZPortalSlug.safeParse(portal);
  const parsed = ZClientPasswordSignIn.safeParse(values);
  if (!slug.success || !parsed.success) return { error: 'invalid' };
  try {
    await signIn('client-password', {
      portal: slug.data,
      identifier: parsed.data.identifier,
      password: parsed.data.password,
      remember: String(parsed.data.remember),
      redirectTo: safePortalCallback(slug.data, callbackUrl),
    });
  } catch (error) {
    if (error instanceof AuthError) return { error: 'invalid' };
    throw error; // the redirect after a successful sign-in
  }
}
