'use server';
import { AuthError } from 'next-auth';
import { signIn } from '@/lib/auth';
import { ZStaffSignIn, type TStaffSignIn } from '@/lib/auth/schemas';

export type TStaffSignInResult = { error: 'invalid' } | undefined;

/** Only same-site paths under /admin: never an open redirect. */
function safeCallback(value: unknown) {
  return typeof value === 'string' && /^\/admin(\/[\w\-/]*)?$/.test(value) ? value : '/admin';
}

export async function staffSignIn(values: TStaffSignIn, callbackUrl?: string): Promise<TStaffSignInResult> {
  const parsed = ZStaffSignIn.safeParse(values);
  if (!parsed.success) return { error: 'invalid' };
  try {
    await signIn('staff-password', { ...parsed.data, redirectTo: safeCallback(callbackUrl) });
  } catch (error) {
    if (error instanceof AuthError) return { error: 'invalid' };
    throw error; // the redirect after a successful sign-in
  }
}
