import 'server-only';
import { generateAuthenticationOptions } from '@simplewebauthn/server';
import type { PublicKeyCredentialRequestOptionsJSON } from '@simplewebauthn/server';
import { fail, type TResult } from '@/lib/result';
import { CHALLENGE_TTL_MS, storeChallenge } from './passkey-challenges';
import { relyingParty } from './relying-party';

/**
 * The options of a passkey sign-in: no credential list (the browser offers the person's own
 * discoverable passkeys, so nothing tells whether an account exists), user verification required.
 */
export async function startPasskeySignIn({
  ip,
  now = new Date(),
}: {
  ip: string | null;
  now?: Date;
}): Promise<TResult<{ options: PublicKeyCredentialRequestOptionsJSON }, 'rate_limited'>> {
  const options = await generateAuthenticationOptions({
    rpID: relyingParty().rpID,
    userVerification: 'required',
    timeout: CHALLENGE_TTL_MS,
  });
  const stored = await storeChallenge({ challenge: options.challenge, purpose: 'authenticate', ip, now });
  return stored ? { ok: true, options } : fail('rate_limited');
}
