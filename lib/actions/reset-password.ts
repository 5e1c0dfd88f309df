'use server';
import { after } from 'next/server';
import { runOffRequest } from '@/lib/jobs/off-request';
import { redirect } from 'next/navigation';
import { requestCode } from '@/lib/auth/codes/request-code';
import {
  ZResetWithCode,
  ZResetWithLink,
  type TResetWithCode,
  type TResetWithLink,
} from '@/lib/auth/passwords/password-policy';
import { resetPasswordWithCode, resetPasswordWithLink, type TResetError } from '@/lib/auth/passwords/reset-password';
import { ZCodeRequest, type TCodeRequest } from '@/lib/auth/schemas';
import { ZSlug } from '@/lib/business/schemas';
import { requestIp } from '@/lib/request-ip';
import type { TCodeRequestResult } from './sign-in-codes';
import { fail, type TFailure } from '@/lib/result';

// Public by design (the person cannot sign in): the same answers for known and unknown identifiers.

export async function requestResetCodeAction(portal: string, values: TCodeRequest): Promise<TCodeRequestResult> {
  const parsed = ZCodeRequest.safeParse(values);
  if (!ZSlug.safeParse(portal).success || !parsed.success) return { outcome: 'invalid_identifier' };
  const result = await requestCode({
    purpose: 'reset_password',
    portal,
    identifier: parsed.data.identifier,
    ip: await requestIp(),
  });
  if (result.outcome !== 'sent') return { outcome: result.outcome };
  after(() => runOffRequest(result.deliver));
  return { outcome: 'sent', masked: result.masked };
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
