'use server';
import { setAuthCookie } from '@/lib/auth/cookie-jar';
import { redirect } from 'next/navigation';
import { completeClientSignIn } from '@/lib/auth/complete-client-sign-in';
import { choosePortal, listIdentityPortals, verifyPlatformPassword } from '@/lib/auth/platform-login';
import { ZStaffSignIn, type TStaffSignIn } from '@/lib/auth/schemas';
import { PLATFORM_COOKIE, readPlatformProof, sealPlatformProof } from '@/lib/auth/platform-proof';

/** Public by design (it is the sign-in): one generic error for every failure. */
export async function platformLoginAction(values: TStaffSignIn): Promise<{ error: 'invalid' } | undefined> {
  const parsed = ZStaffSignIn.safeParse(values);
  if (!parsed.success) return { error: 'invalid' };
  const identityId = await verifyPlatformPassword(parsed.data.email, parsed.data.password);
  if (!identityId) return { error: 'invalid' };
  const portals = await listIdentityPortals(identityId);
  if (portals.length === 1) {
    const user = await choosePortal(identityId, portals[0].business.slug);
    if (user) return completeClientSignIn(user);
  }
  await setAuthCookie(PLATFORM_COOKIE, await sealPlatformProof(identityId), { maxAge: 600 });
  redirect('/login/choose');
}

export async function choosePortalAction(formData: FormData): Promise<void> {
  const identityId = await readPlatformProof();
  const portal = formData.get('portal');
  if (!identityId || typeof portal !== 'string') redirect('/login');
  const user = await choosePortal(identityId, portal);
  if (!user) redirect('/login/choose');
  await completeClientSignIn(user);
}
