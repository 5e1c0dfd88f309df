'use server';
import { after } from 'next/server';
import { runOffRequest } from '@/lib/jobs/off-request';
import { redirect } from 'next/navigation';
import { consumeSignInLink } from '@/lib/auth/codes/consume-sign-in-link';
import { requestCode } from '@/lib/auth/codes/request-code';
import { verifySignInCode, type TCodeError } from '@/lib/auth/codes/verify-sign-in-code';
import { completeClientSignIn } from '@/lib/auth/sessions/complete-client-sign-in';
import { ZCodeEntry, ZCodeRequest, type TCodeEntry, type TCodeRequest } from '@/lib/auth/schemas';
import { ZSlug } from '@/lib/business/schemas';
import { requestIp } from '@/lib/request-ip';
import { formField } from '@/lib/security/form-field';
import { fail, type TFailure } from '@/lib/result';

export type TCodeRequestResult =
  | { outcome: 'sent'; masked: string }
  | { outcome: 'invalid_identifier' | 'method_unavailable' | 'unavailable' | 'rate_limited' };

/** Public by design (no session yet): answers the same for known and unknown identifiers. */
export async function requestSignInCodeAction(portal: string, values: TCodeRequest): Promise<TCodeRequestResult> {
  const parsed = ZCodeRequest.safeParse(values);
  if (!ZSlug.safeParse(portal).success || !parsed.success) return { outcome: 'invalid_identifier' };
  const result = await requestCode({
    purpose: 'sign_in',
    portal,
    identifier: parsed.data.identifier,
    ip: await requestIp(),
  });
  if (result.outcome !== 'sent') return { outcome: result.outcome };
  after(() => runOffRequest(result.deliver)); // off the request path: timing tells nothing
  return { outcome: 'sent', masked: result.masked };
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
