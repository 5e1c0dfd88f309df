'use server';
import { redirect } from 'next/navigation';
import {
  ZResetWithCode,
  ZResetWithLink,
  type TResetWithCode,
  type TResetWithLink,
} from '@/lib/auth/passwords/password-policy';
import { resetPasswordWithCode, resetPasswordWithLink, type TResetError } from '@/lib/auth/passwords/reset-password';
import { type TCodeRequest } from '@/lib/auth/schemas';
import { ZSlug } from '@/lib/business/schemas';
import { requestPortalCode, type TCodeRequestResult } from './request-portal-code';
import { fail, type TFailure } from '@/lib/result';

// Public by design (the person cannot sign in): the same answers for known and unknown identifiers.

export async function requestResetCodeAction(portal: string, values: TCodeRequest): Promise<TCodeRequestResult> {
  return requestPortalCode('reset_password', portal, values);
}

const done = (portal: string) => redirect(`/p/${portal}/sign-in?method=password&reset=1`);

export async function resetWithCodeAction(
  portal: string,
  identifier: string,
  values: TResetWithCode,
): Promise<TFailure<TResetError | 'codeFormat'> | undefined> {
  const parsed = ZResetWithCode.safeParse(values);
  if (!ZSlug.safeParse(portal).success || typeof identifier !== 'string') return fail('invalid');
  if (!parsed.success) return fail(parsed.error.issues[0].message as TResetError);
  const result = await resetPasswordWithCode({ portal, identifier, ...parsed.data });
  if (!result.ok) return fail(result.error);
  done(portal);
}

export async function resetWithLinkAction(
  portal: string,
  token: string,
  values: TResetWithLink,
): Promise<TFailure<TResetError> | undefined> {
  const parsed = ZResetWithLink.safeParse(values);
  if (!ZSlug.safeParse(portal).success) return fail('invalid');
  if (!parsed.success) return fail(parsed.error.issues[0].message as TResetError);
  const result = await resetPasswordWithLink({ portal, token, password: parsed.data.password });
  if (!result.ok) return fail(result.error);
  done(portal);
}
