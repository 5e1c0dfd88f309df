'use server';
import { completeClientSignIn } from '@/lib/auth/sessions/complete-client-sign-in';
import { ZResetWithLink, ZSignUp, type TResetWithLink, type TSignUp } from '@/lib/auth/passwords/password-policy';
import { type TCodeRequest } from '@/lib/auth/schemas';
import { completeSignUp, type TSignUpError } from '@/lib/auth/sign-up';
import { acceptWelcome } from '@/lib/auth/welcome';
import { ZSlug } from '@/lib/business/schemas';
import { requestPortalCode, type TCodeRequestResult } from './request-portal-code';
import { fail, type TFailure } from '@/lib/result';

// Public by design: these create a login after the person proves an address or holds a welcome link.

export async function requestSignUpCodeAction(portal: string, values: TCodeRequest): Promise<TCodeRequestResult> {
  return requestPortalCode('sign_up', portal, values);
}

export async function completeSignUpAction(
  portal: string,
  identifier: string,
  values: TSignUp,
): Promise<TFailure<TSignUpError | 'codeFormat' | 'firstNameRequired' | 'lastNameRequired'> | undefined> {
  const parsed = ZSignUp.safeParse(values);
  if (!ZSlug.safeParse(portal).success || typeof identifier !== 'string') return fail('invalid');
  if (!parsed.success) return fail(parsed.error.issues[0].message as 'codeFormat');
  const result = await completeSignUp({ portal, identifier, ...parsed.data });
  if (!result.ok) return fail(result.error);
  return completeClientSignIn(result.user);
}

export async function acceptWelcomeAction(
  portal: string,
  token: string,
  values: TResetWithLink,
): Promise<TFailure | undefined> {
  const parsed = ZResetWithLink.safeParse(values);
  if (!ZSlug.safeParse(portal).success) return fail('expired');
  if (!parsed.success) return fail(parsed.error.issues[0].message);
  const result = await acceptWelcome({ portal, token, password: parsed.data.password });
  if (!result.ok) return fail(result.error);
  return completeClientSignIn(result.user);
}
