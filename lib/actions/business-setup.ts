'use server';
import { redirect } from 'next/navigation';
import { after } from 'next/server';
import { getMessageLocale } from '@/lib/i18n/get-message-locale';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { completeStaffSignIn } from '@/lib/auth/sessions/complete-staff-sign-in';
import { getStaff, needsAuthenticator } from '@/lib/auth/guards/require-staff';
import {
  forgetSignUpProof,
  provenSignUpEmail,
  proveSignUpEmail,
  requestBusinessSignUpCode,
  verifyBusinessSignUpCode,
} from '@/lib/onboarding/business-sign-up';
import { createBusiness } from '@/lib/onboarding/create-business';
import { isLocale } from '@/lib/i18n/locales';
import type { TNewBusiness } from '@/lib/business/new-business-schema';
import { requestIp } from '@/lib/request-ip';
import { fail } from '@/lib/result';

/**
 * The first-run setup (public by design, and only while Portico has no business at all:
 * checked again inside the transaction that creates it). The owner is then signed in
 * and, as every owner, sent to set up the authenticator app before anything else.
 */
export async function createFirstBusinessAction(values: TNewBusiness) {
  const result = await createBusiness(values, { onlyIfNone: true });
  if (!result.ok) return result;
  await recordAuditEvent({
    businessId: result.businessId,
    actorType: 'staff',
    actorId: result.ownerIdentityId,
    action: 'business.first_run_setup',
    ip: await requestIp(),
  });
  const email = String(values.ownerEmail).trim().toLowerCase();
  return completeStaffSignIn(
    { identityId: result.ownerIdentityId, name: String(values.ownerName).trim(), email, totpEnabled: false },
    '/admin/security',
  );
}

/** A signed-in owner (of any business) adds another business, owned by them. */
export async function createAnotherBusinessAction(values: TNewBusiness) {
  const staff = await getStaff();
  if (!staff || needsAuthenticator(staff)) return fail('unauthorized');
  if (!staff.staff.some((m) => m.role === 'owner')) return fail('forbidden');
  const result = await createBusiness(values, { ownerIdentityId: staff.id });
  if (!result.ok) return result;
  redirect(`/admin/${result.slug}/clients`);
}

/** Public sign-up, step 1: a code to the owner's address (after the response; the same answer for any address). */
export async function requestBusinessSignUpCodeAction(values: { email: string }) {
  const locale = await getMessageLocale();
  const result = await requestBusinessSignUpCode({
    email: values?.email,
    locale: isLocale(locale) ? locale : 'en',
    ip: await requestIp(),
  });
  if (result.outcome !== 'sent') return { outcome: result.outcome };
  after(result.deliver);
  return { outcome: 'sent' as const };
}

/** Step 2: the code proves the address; the page then asks for the business. */
export async function verifyBusinessSignUpCodeAction(values: { email: string; code: string }) {
  const result = await verifyBusinessSignUpCode({ email: values?.email, code: values?.code });
  if (!result.ok) return fail(result.error);
  await proveSignUpEmail(result.email);
  redirect('/admin/sign-up');
}

/** Step 3: the business, owned by the proven address, then the owner is signed in and sets up the authenticator app. */
export async function createSignedUpBusinessAction(values: TNewBusiness) {
  const email = await provenSignUpEmail();
  if (!email) return fail('signUpExpired');
  const result = await createBusiness({ ...values, ownerEmail: email });
  if (!result.ok) return result;
  await forgetSignUpProof();
  await recordAuditEvent({
    businessId: result.businessId,
    actorType: 'staff',
    actorId: result.ownerIdentityId,
    action: 'business.signed_up',
    ip: await requestIp(),
  });
  return completeStaffSignIn(
    { identityId: result.ownerIdentityId, name: String(values.ownerName).trim(), email, totpEnabled: false },
    '/admin/security',
  );
}
