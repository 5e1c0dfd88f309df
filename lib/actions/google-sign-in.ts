'use server';
import { setAuthCookie } from '@/lib/crypto/cookie-jar';
import { signIn } from '@/lib/auth';
import { GOOGLE_PORTAL_COOKIE, sealGooglePortal } from '@/lib/auth/google-sign-in';
import { safePortalCallback } from '@/lib/auth/portal-callback';
import { findPortalBusiness } from '@/lib/business/find-portal-business';
import { parseLoginMethods } from '@/lib/business/schemas';
import { formField } from '@/lib/security/form-field';

/** "Continue with Google" on a portal: remembers the portal, then hands over to Google. */
async function googleSignInAction(formData: FormData): Promise<void> {
  const business = await findPortalBusiness(String(formField(formData, 'portal') ?? ''));
  if (!business?.allowClientLogin || !parseLoginMethods(business.loginMethods).includes('google')) return;
  const redirectTo = safePortalCallback(business.slug, formField(formData, 'callbackUrl'));
  await setAuthCookie(GOOGLE_PORTAL_COOKIE, await sealGooglePortal(business.slug, redirectTo), { maxAge: 600 });
  await signIn('google', { redirectTo });
}

/** The server action behind the form (an ActionForm: useActionState passes the previous state first). */
export async function googleSignInActionForm(_previous: unknown, formData: FormData): Promise<void> {
  await googleSignInAction(formData);
}
