import 'server-only';
import { after } from 'next/server';
import { requestCode } from '@/lib/auth/codes/request-code';
import type { TCodePurpose } from '@/lib/auth/codes/purposes';
import { ZCodeRequest, type TCodeRequest } from '@/lib/auth/schemas';
import { ZSlug } from '@/lib/business/schemas';
import { runOffRequest } from '@/lib/jobs/off-request';
import { requestIp } from '@/lib/request-ip';

export type TCodeRequestResult =
  | { outcome: 'sent'; masked: string }
  | { outcome: 'invalid_identifier' | 'method_unavailable' | 'unavailable' | 'rate_limited' };

/**
 * A code to a portal's client, for signing in, signing up or a new password. Public by design (no
 * session yet): the same answers for known and unknown identifiers, and the message leaves after
 * the response, so timing tells nothing either. Not a server action itself: each purpose has its own.
 */
export async function requestPortalCode(
  purpose: Extract<TCodePurpose, 'sign_in' | 'sign_up' | 'reset_password'>,
  portal: string,
  values: TCodeRequest,
): Promise<TCodeRequestResult> {
  const parsed = ZCodeRequest.safeParse(values);
  if (!ZSlug.safeParse(portal).success || !parsed.success) return { outcome: 'invalid_identifier' };
  const result = await requestCode({ purpose, portal, identifier: parsed.data.identifier, ip: await requestIp() });
  if (result.outcome !== 'sent') return { outcome: result.outcome };
  after(() => runOffRequest(result.deliver));
  return { outcome: 'sent', masked: result.masked };
}
