import 'server-only';
import { verifyAuthenticationResponse } from '@simplewebauthn/server';
import type { AuthenticationResponseJSON, AuthenticatorTransportFuture } from '@simplewebauthn/server';
import { db } from '@/lib/db';
import { consumeChallenge } from './passkey-challenges';
import { relyingParty } from './relying-party';
import { ZAuthenticationResponse } from './schemas';
import { handleNames } from './user-handle';

/**
 * The passkey a sign-in answer proves, or null. @simplewebauthn/server checks the signature with the
 * stored key, our origin and relying party, user verification, the counter (a cloned key's lower
 * counter is refused), and the challenge through `consumeChallenge`: handed out by us, unexpired,
 * used once. A user handle naming another identity is refused too. Every refusal is the same null.
 */
export async function verifyPasskeyAssertion(response: unknown, now = new Date()) {
  const parsed = ZAuthenticationResponse.safeParse(response);
  if (!parsed.success) return null;
  const passkey = await db.passkey.findUnique({
    where: { credentialId: parsed.data.id },
    select: {
      id: true,
      name: true,
      identityId: true,
      credentialId: true,
      publicKey: true,
      counter: true,
      transports: true,
    },
  });
  if (!passkey || !handleNames(parsed.data.response.userHandle, passkey.identityId)) return null;
  const { origin, rpID } = relyingParty();
  let verification;
  try {
    verification = await verifyAuthenticationResponse({
      response: parsed.data as AuthenticationResponseJSON,
      expectedChallenge: (challenge) => consumeChallenge(challenge, 'authenticate', null, now),
      expectedOrigin: origin,
      expectedRPID: rpID,
      credential: {
        id: passkey.credentialId,
        publicKey: new Uint8Array(passkey.publicKey),
        counter: passkey.counter,
        transports: passkey.transports ? (passkey.transports.split(',') as AuthenticatorTransportFuture[]) : undefined,
      },
      requireUserVerification: true,
    });
  } catch {
    return null;
  }
  if (!verification.verified) return null;
  const { newCounter, credentialBackedUp } = verification.authenticationInfo;
  // guarded by the counter read above: of two answers racing with counters, one moves it
  const { count } = await db.passkey.updateMany({
    where: { id: passkey.id, counter: passkey.counter },
    data: { counter: newCounter, backedUp: credentialBackedUp, lastUsedAt: now },
  });
  return count === 1 ? { id: passkey.id, name: passkey.name, identityId: passkey.identityId } : null;
}
