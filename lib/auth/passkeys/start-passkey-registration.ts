import 'server-only';
import { generateRegistrationOptions } from '@simplewebauthn/server';
import type { AuthenticatorTransportFuture, PublicKeyCredentialCreationOptionsJSON } from '@simplewebauthn/server';
import { db } from '@/lib/db';
import { fail, type TResult } from '@/lib/result';
import { CHALLENGE_TTL_MS, storeChallenge } from './passkey-challenges';
import { relyingParty } from './relying-party';
import { passkeyUserHandle } from './user-handle';

/** passkeys one person may keep */
export const MAX_PASSKEYS = 20;

/**
 * The options of a new passkey for a signed-in identity: a discoverable credential (the browser
 * offers it without a typed name) with user verification required, none of the person's own
 * passkeys again, no attestation (we trust the key, not the maker).
 */
export async function startPasskeyRegistration(
  identityId: string,
  {
    rpName,
    userName,
    displayName,
    ip,
    now = new Date(),
  }: {
    rpName: string;
    userName: string;
    displayName: string;
    ip: string | null;
    now?: Date;
  },
): Promise<TResult<{ options: PublicKeyCredentialCreationOptionsJSON }, 'too_many' | 'rate_limited'>> {
  const existing = await db.passkey.findMany({
    where: { identityId },
    select: { credentialId: true, transports: true },
  });
  if (existing.length >= MAX_PASSKEYS) return fail('too_many');
  const { rpID } = relyingParty();
  const options = await generateRegistrationOptions({
    rpName,
    rpID,
    userName,
    userDisplayName: displayName,
    userID: passkeyUserHandle(identityId),
    attestationType: 'none',
    timeout: CHALLENGE_TTL_MS,
    excludeCredentials: existing.map((p) => ({
      id: p.credentialId,
      transports: p.transports ? (p.transports.split(',') as AuthenticatorTransportFuture[]) : undefined,
    })),
    authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
  });
  const stored = await storeChallenge({ challenge: options.challenge, purpose: 'register', identityId, ip, now });
  return stored ? { ok: true, options } : fail('rate_limited');
}
