'use server';
import { after } from 'next/server';
import { runOffRequest } from '@/lib/jobs/off-request';
import { redirect } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { signOut } from '@/lib/auth';
import { deleteAuthCookie, setAuthCookie } from '@/lib/crypto/cookie-jar';
import { completeClientSignIn, finishClientSignIn } from '@/lib/auth/sessions/complete-client-sign-in';
import { endThisSession } from '@/lib/auth/sessions/end-this-session';
import { sessionUser } from '@/lib/auth/sessions/session-user';
import { requestPlatformCode, verifyPlatformCode } from '@/lib/auth/platform/platform-code';
import {
  choosePortal,
  hasAuthenticator,
  listIdentityPortals,
  verifyPlatformPassword,
} from '@/lib/auth/platform/platform-login';
import {
  PLATFORM_COOKIE,
  provenIdentity,
  readPendingProof,
  sealPendingProof,
  sealPlatformProof,
  type TProofMethod,
} from '@/lib/auth/platform/platform-proof';
import { safePortalCallback } from '@/lib/auth/portal-callback';
import { ticketOf } from '@/lib/auth/two-factor/second-factor-step';
import {
  ZCodeEntry,
  ZCodeRequest,
  ZStaffSignIn,
  type TCodeEntry,
  type TCodeRequest,
  type TStaffSignIn,
} from '@/lib/auth/schemas';
import { verifySecondFactor } from '@/lib/auth/two-factor/verify-second-factor';
import { messageLocale } from '@/lib/i18n/locales';
import { requestIp } from '@/lib/request-ip';
import { checkPasswordFromThisAddress } from '@/lib/auth/passwords/password-ip-limit';
import type { TCodeRequestResult } from './request-portal-code';
import { formField } from '@/lib/security/form-field';
import { fail, type TFailure } from '@/lib/result';

/** Public by design (it is the sign-in): one generic error for every failure. */
export async function platformLoginAction(
  values: TStaffSignIn,
): Promise<TFailure<'invalid' | 'rate_limited'> | undefined> {
  const parsed = ZStaffSignIn.safeParse(values);
  if (!parsed.success) return fail('invalid');
  const checked = await checkPasswordFromThisAddress(() =>
    verifyPlatformPassword(parsed.data.email, parsed.data.password),
  );
  if (checked.error) return fail(checked.error);
  return firstFactorPassed(checked.value, 'password');
}

// numbers typed without +code are read in the reader's region (en-GB: United Kingdom)
const readerCountry = async () => new Intl.Locale(await getLocale()).region ?? 'GB';

/** /login by code, first step. Public by design: the same answer for every address. */
export async function requestPlatformCodeAction(values: TCodeRequest): Promise<TCodeRequestResult> {
  const parsed = ZCodeRequest.safeParse(values);
  if (!parsed.success) return { outcome: 'invalid_identifier' };
  const result = await requestPlatformCode({
    identifier: parsed.data.identifier,
    country: await readerCountry(),
    locale: messageLocale(await getLocale()),
    ip: await requestIp(),
  });
  if (result.outcome !== 'sent') return { outcome: result.outcome };
  after(() => runOffRequest(result.deliver)); // off the request path: its timing tells nothing
  return { outcome: 'sent', masked: result.masked };
}

/** /login by code, second step: one answer for every failure. */
export async function verifyPlatformCodeAction(
  identifier: string,
  values: TCodeEntry,
): Promise<TFailure<'invalid' | 'codeFormat'>> {
  const parsed = ZCodeEntry.safeParse(values);
  if (!parsed.success) return fail('codeFormat');
  if (typeof identifier !== 'string') return fail('invalid');
  const result = await verifyPlatformCode({ identifier, code: parsed.data.code, country: await readerCountry() });
  if (!result.ok) return fail('invalid');
  return firstFactorPassed(result.identityId, 'code');
}

/** A person with an authenticator app gives its code before seeing their businesses. */
async function firstFactorPassed(identityId: string, via: TProofMethod): Promise<never> {
  if (await hasAuthenticator(identityId)) {
    await setAuthCookie(PLATFORM_COOKIE, await sealPendingProof(identityId, via), { maxAge: 600 });
    redirect('/login/two-factor');
  }
  return proven(identityId, false, via);
}

/** /login/two-factor: the app code (or a recovery code) after the first factor. */
export async function platformTwoFactorAction(code: string): Promise<TFailure<'invalid' | 'locked' | 'expired'>> {
  const pending = await readPendingProof();
  if (!pending) return fail('expired');
  const result =
    typeof code === 'string'
      ? await verifySecondFactor(pending.identityId, code.slice(0, 32), { ip: await requestIp() })
      : null;
  if (!result?.ok) return fail(result?.error ?? 'invalid');
  await recordAuditEvent({
    actorType: 'client',
    actorId: pending.identityId,
    action: 'platform.second_factor_passed',
    meta: { method: result.method },
  });
  return proven(pending.identityId, true, pending.via);
}

/** The person is proven: straight into their only portal, else the choice (for 10 minutes). */
async function proven(identityId: string, secondFactor: boolean, via: TProofMethod): Promise<never> {
  const portals = await listIdentityPortals(identityId, via);
  if (portals.length === 1) {
    const user = await choosePortal(identityId, portals[0].business.slug, via);
    if (user) return enter(user, secondFactor);
  }
  await setAuthCookie(PLATFORM_COOKIE, await sealPlatformProof(identityId, secondFactor, via), { maxAge: 600 });
  redirect('/login/choose');
}

/** A second factor already proven in this browser counts: no new app code for the next portal. */
async function enter(user: NonNullable<Awaited<ReturnType<typeof choosePortal>>>, secondFactor: boolean) {
  if (!secondFactor) return completeClientSignIn(user);
  return finishClientSignIn(ticketOf(user, 'complete'), safePortalCallback(user.portal, undefined));
}

async function choosePortalAction(formData: FormData): Promise<void> {
  const proof = await provenIdentity();
  const portal = formField(formData, 'portal');
  if (!proof || typeof portal !== 'string') redirect('/login');
  const user = await choosePortal(proof.identityId, portal, proof.via);
  if (!user) redirect('/login/choose');
  await enter(user, proof.secondFactor);
}

/** "Use another account": this browser's session and /login proof end, then the sign-in form. */
export async function signInAsAnotherAction(): Promise<void> {
  const user = await sessionUser();
  if (user?.kind === 'client') await endThisSession({ identityId: user.id, sid: user.sid, expiresAt: user.expiresAt });
  await deleteAuthCookie(PLATFORM_COOKIE);
  await signOut({ redirectTo: '/login' });
}

/** The server action behind the form (an ActionForm: useActionState passes the previous state first). */
export async function choosePortalActionForm(_previous: unknown, formData: FormData): Promise<void> {
  await choosePortalAction(formData);
}
