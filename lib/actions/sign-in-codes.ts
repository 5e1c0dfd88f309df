'use server';
import { redirect } from 'next/navigation';
import { consumeSignInLink } from '@/lib/auth/codes/consume-sign-in-link';
import { requestPortalCode, type TCodeRequestResult } from './request-portal-code';
import { verifySignInCode, type TCodeError } from '@/lib/auth/codes/verify-sign-in-code';
import { completeClientSignIn } from '@/lib/auth/sessions/complete-client-sign-in';
import { ZCodeEntry, type TCodeEntry, type TCodeRequest } from '@/lib/auth/schemas';
import { ZSlug } from '@/lib/business/schemas';
import { formField } from '@/lib/security/form-field';
import { fail, type TFailure } from '@/lib/result';

/** Public by design (no session yet): answers the same for known and unknown identifiers. */
export async function requestSignInCodeAction(portal: string, values: TCodeRequest): Promise<TCodeRequestResult> {
  return requestPortalCode('sign_in', portal, values);
}

export async function verifySignInCodeAction(
  portal: string,
  callbackUrl: string | undefined,
  identifier: string,
  values: TCodeEntry,
): Promise<TFailure<TCodeError> | undefined> {
  const parsed = ZCodeEntry.safeParse(values);
  if (!ZSlug.safeParse(portal).success || !parsed.success || typeof identifier !== 'string') return fail('invalid');
  const result = await verifySignInCode({ portal, identifier, code: parsed.data.code, remember: parsed.data.remember });
  if (!result.ok) return fail(result.error);
  return completeClientSignIn(result.user, callbackUrl);
}

/** The button of the sign-in link's confirmation page. */
async function confirmSignInLinkAction(formData: FormData): Promise<void> {
  const portal = ZSlug.safeParse(formField(formData, 'portal'));
  const token = formField(formData, 'token');
  if (!portal.success) return;
  const user = typeof token === 'string' ? await consumeSignInLink({ portal: portal.data, token }) : null;
  if (!user) redirect(`/p/${portal.data}/sign-in/link?invalid=1`);
  await completeClientSignIn(user);
}

/** The server action behind the form (an ActionForm: useActionState passes the previous state first). */
export async function confirmSignInLinkActionForm(_previous: unknown, formData: FormData): Promise<void> {
  await confirmSignInLinkAction(formData);
}
