'use server';
import { cookies } from 'next/headers';
import { signIn } from '@/lib/auth';
import { GOOGLE_PORTAL_COOKIE, sealGooglePortal } from '@/lib/auth/google-sign-in';
import { safePortalCallback } from '@/lib/auth/portal-callback';
import { findPortalBusiness } from '@/lib/business/find-portal-business';
import { parseLoginMethods } from '@/lib/business/schemas';

/** "Continue with Google" on a portal: remembers the portal, then hands over to Google. */
export async function googleSignInAction(formData: FormData): Promise<void> {
  const business = await findPortalBusiness(String(formData.get('portal') ?? ''));
  if (!business?.allowClientLogin || !parseLoginMethods(business.loginMethods).includes('google')) return;
  const redirectTo = safePortalCallback(business.slug, formData.get('callbackUrl'));
  (await cookies()).set(GOOGLE_PORTAL_COOKIE, await sealGooglePortal(business.slug, redirectTo), {
    httpOnly: true, sameSite: 'lax', path: '/', maxAge: 600, secure: (process.env.AUTH_URL ?? '').startsWith('https:'),
  });
  await signIn('google', { redirectTo });
}
