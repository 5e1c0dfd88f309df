'use server';
import { AuthError } from 'next-auth';
import { after } from 'next/server';
import { signIn } from '@/lib/auth';
import { CodeSignInError } from '@/lib/auth/code-errors';
import { requestSignInCode } from '@/lib/auth/codes/request-sign-in-code';
import type { TCodeError } from '@/lib/auth/codes/verify-sign-in-code';
import { safePortalCallback } from '@/lib/auth/portal-callback';
import { ZCodeEntry, ZCodeRequest, type TCodeEntry, type TCodeRequest } from '@/lib/auth/schemas';
import { ZPortalSlug } from '@/lib/business/schemas';
import { requestIp } from '@/lib/request-ip';

export type TCodeRequestResult = { outcome: 'sent'; masked: string } | { outcome: 'invalid_identifier' | 'method_unavailable' | 'unavailable' | 'rate_limited' };

/** Public by design (no session yet): answers the same for known and unknown identifiers. */
export async function requestSignInCodeAction(portal: string, values: TCodeRequest): Promise<TCodeRequestResult> {
  const parsed = ZCodeRequest.safeParse(values);
  if (!ZPortalSlug.safeParse(portal).success || !parsed.success) return { outcome: 'invalid_identifier' };
  const result = await requestSignInCode({ portal, identifier: parsed.data.identifier, ip: await requestIp() });
  if (result.outcome !== 'sent') return { outcome: result.outcome };
  if (result.deliver) after(result.deliver); // after the response: timing tells nothing
  return { outcome: 'sent', masked: result.masked };
}

export async function verifySignInCodeAction(portal: string, identifier: string, values: TCodeEntry, callbackUrl?: string): Promise<{ error: TCodeError } | undefined> {
  const parsed = ZCodeEntry.safeParse(values);
  if (!ZPortalSlug.safeParse(portal).success || !parsed.success) return { error: 'invalid' };
  try {
    await signIn('client-code', { portal, identifier, code: parsed.data.code, remember: String(parsed.data.remember), redirectTo: safePortalCallback(portal, callbackUrl) });
  } catch (error) {
    if (error instanceof CodeSignInError) return { error: error.code as TCodeError };
    if (error instanceof AuthError) return { error: 'invalid' };
    throw error; // the redirect after a successful sign-in
  }
}

/** The button of the sign-in link's confirmation page. */
export async function confirmSignInLinkAction(formData: FormData): Promise<void> {
  const portal = ZPortalSlug.safeParse(formData.get('portal'));
  const token = formData.get('token');
  if (!portal.success || typeof token !== 'string') return;
  try {
    await signIn('client-link', { portal: portal.data, token, redirectTo: safePortalCallback(portal.data, undefined) });
  } catch (error) {
    if (error instanceof AuthError) {
      const { redirect } = await import('next/navigation');
      redirect(`/p/${portal.data}/sign-in/link?invalid=1`);
    }
    throw error;
  }
}
