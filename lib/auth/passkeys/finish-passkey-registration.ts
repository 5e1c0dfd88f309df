import 'server-only';
import { verifyRegistrationResponse } from '@simplewebauthn/server';
import type { RegistrationResponseJSON } from '@simplewebauthn/server';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { passkeyAudit } from './passkey-audit';
import { db } from '@/lib/db';
import { fail, invalidInput, type TResult } from '@/lib/result';
import { consumeChallenge } from './passkey-challenges';
import { relyingParty } from './relying-party';
import { ZAddPasskey } from './schemas';
import { MAX_PASSKEYS } from './start-passkey-registration';

/**
 * Keeps the passkey the browser made, once @simplewebauthn/server verified it: the challenge we gave
 * this identity (used up), our origin and relying party, user verification. Anything else is the
 * same `refused`. The new passkey and its audit row are written together.
 */
export async function finishPasskeyRegistration(
  identityId: string,
  values: unknown,
  { businessId = null, ip, now = new Date() }: { businessId?: string | null; ip: string | null; now?: Date },
): Promise<TResult<{ passkey: { id: string; name: string } }>> {
  const parsed = ZAddPasskey.safeParse(values);
  if (!parsed.success) return invalidInput(parsed.error);
  const { origin, rpID } = relyingParty();
  let verification;
  try {
    verification = await verifyRegistrationResponse({
      response: parsed.data.response as RegistrationResponseJSON,
      expectedChallenge: (challenge) => consumeChallenge(challenge, 'register', identityId, now),
      expectedOrigin: origin,
      expectedRPID: rpID,
      requireUserVerification: true,
    });
  } catch {
    return fail('refused');
  }
  if (!verification.verified) return fail('refused');
  const { credential, credentialDeviceType, credentialBackedUp } = verification.registrationInfo;
  return db.$transaction(async (tx) => {
    if ((await tx.passkey.count({ where: { identityId } })) >= MAX_PASSKEYS) return fail('too_many');
    if (await tx.passkey.findUnique({ where: { credentialId: credential.id }, select: { id: true } }))
      return fail('refused');
    const passkey = await tx.passkey.create({
      data: {
        identityId,
        credentialId: credential.id,
        publicKey: new Uint8Array(credential.publicKey),
        counter: credential.counter,
        transports: (credential.transports ?? []).join(','),
        deviceType: credentialDeviceType,
        backedUp: credentialBackedUp,
        name: parsed.data.name,
        createdAt: now,
      },
      select: { id: true, name: true },
    });
    await recordAuditEvent(passkeyAudit('added', { ...passkey, identityId }, { businessId, ip, now }), tx);
    return { ok: true as const, passkey };
  });
}
