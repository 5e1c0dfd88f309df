import 'server-only';
import { clientSessionUser } from '../sessions/client-session-user';
import { checkCode, type TCodeError } from './check-code';
import { linkIdentity } from './link-identity';
import { fail } from '@/lib/result';

export type { TCodeError };

/** A sign-in code: checked and used up, then the card's identity (created on first sign-in) gets a session. */
export async function verifySignInCode({
  portal,
  identifier,
  code,
  remember = false,
  now = new Date(),
}: {
  portal: unknown;
  identifier: string;
  code: string;
  remember?: boolean;
  now?: Date;
}) {
  const result = await checkCode({ purpose: 'sign_in', portal, identifier, code, now });
  if (!result.ok) return result;
  const { business, card, proven, channel } = result;
  if (!card) return fail('invalid' as const); // sign-in codes are only ever sent to a card
  const identityId = await linkIdentity({ ...card, businessId: business.id }, proven, now);
  if (!identityId) return fail('invalid' as const);
  return {
    ok: true as const,
    user: await clientSessionUser(business, card, identityId, { method: `${channel}_code`, remember, now }),
  };
}
