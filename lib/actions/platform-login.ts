'use server';
import { redirect } from 'next/navigation';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { auth, signOut } from '@/lib/auth';
import { deleteAuthCookie, setAuthCookie } from '@/lib/auth/cookie-jar';
import { completeClientSignIn, finishClientSignIn } from '@/lib/auth/complete-client-sign-in';
import { endThisSession } from '@/lib/auth/end-this-session';
import { choosePortal, hasAuthenticator, listIdentityPortals, verifyPlatformPassword } from '@/lib/auth/platform-login';
import {
  PLATFORM_COOKIE,
  provenIdentity,
  readPendingProof,
  sealPendingProof,
  sealPlatformProof,
} from '@/lib/auth/platform-proof';
import { safePortalCallback } from '@/lib/auth/portal-callback';
import { ticketOf } from '@/lib/auth/second-factor-step';
import { ZStaffSignIn, type TStaffSignIn } from '@/lib/auth/schemas';
import { verifySecondFactor } from '@/lib/auth/two-factor/verify-second-factor';

/** Public by design (it is the sign-in): one generic error for every failure. */
export async function platformLoginAction(values: TStaffSignIn): Promise<{ error: 'invalid' } | undefined> {
  const parsed = ZStaffSignIn.safeParse(values);
  if (!parsed.success) return { error: 'invalid' };
  const identityId = await verifyPlatformPassword(parsed.data.email, parsed.data.password);
  if (!identityId) return { error: 'invalid' };
  // a person with an authenticator app gives its code before seeing their businesses
  if (await hasAuthenticator(identityId)) {
    await setAuthCookie(PLATFORM_COOKIE, await sealPendingProof(identityId), { maxAge: 600 });
    redirect('/login/two-factor');
  }
  return proven(identityId, false);
}

/** /login/two-factor: the app code (or a recovery code) after the password. */
export async function platformTwoFactorAction(code: string): Promise<{ error: 'invalid' | 'locked' | 'expired' }> {
  const identityId = await readPendingProof();
  if (!identityId) return { error: 'expired' };
  const result = typeof code === 'string' ? await verifySecondFactor(identityId, code.slice(0, 32)) : null;
  if (!result?.ok) return { error: result?.error ?? 'invalid' };
  await recordAuditEvent({
    actorType: 'client',
    actorId: identityId,
    action: 'platform.second_factor_passed',
    meta: { method: result.method },
  });
  return proven(identityId, true);
}

/** The person is proven: straight into their only portal, else the choice (for 10 minutes). */
async function proven(identityId: string, secondFactor: boolean): Promise<never> {
  const portals = await listIdentityPortals(identityId);
  if (portals.length === 1) {
    const user = await choosePortal(identityId, portals[0].business.slug);
    if (user) return enter(user, secondFactor);
  }
  await setAuthCookie(PLATFORM_COOKIE, await sealPlatformProof(identityId, secondFactor), { maxAge: 600 });
  redirect('/login/choose');
}

/** A second factor already proven in this browser counts: no new app code for the next portal. */
async function enter(user: NonNullable<Awaited<ReturnType<typeof choosePortal>>>, secondFactor: boolean) {
  if (!secondFactor) return completeClientSignIn(user);
  return finishClientSignIn(ticketOf(user, 'complete'), safePortalCallback(user.portal, undefined));
}

export async function choosePortalAction(formData: FormData): Promise<void> {
  const proof = await provenIdentity();
  const portal = formData.get('portal');
  if (!proof || typeof portal !== 'string') redirect('/login');
  const user = await choosePortal(proof.identityId, portal);
  if (!user) redirect('/login/choose');
  await enter(user, proof.secondFactor);
}

/** "Use another account": this browser's session and /login proof end, then the sign-in form. */
export async function signInAsAnotherAction(): Promise<void> {
  const user = (await auth())?.user;
  if (user?.kind === 'client') await endThisSession({ identityId: user.id, sid: user.sid, expiresAt: user.expiresAt });
  await deleteAuthCookie(PLATFORM_COOKIE);
  await signOut({ redirectTo: '/login' });
}
