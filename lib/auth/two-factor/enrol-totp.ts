import 'server-only';
import QRCode from 'qrcode';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { db } from '@/lib/db';
import { replaceRecoveryCodes } from './recovery-codes';
import { createTotpSecret, openTotpSecret, sealTotpSecret, totpUri, verifyTotp } from './totp';

/** A new pending secret (not active until confirmed), with its QR code and key to type. */
export async function startTotpEnrolment(identityId: string, { issuer, label }: { issuer: string; label: string }) {
  const identity = await db.identity.findUniqueOrThrow({ where: { id: identityId }, select: { totpEnabledAt: true } });
  if (identity.totpEnabledAt) return null;
  const secret = createTotpSecret();
  await db.identity.update({
    where: { id: identityId },
    data: { totpSecret: sealTotpSecret(secret), totpLastStep: null },
  });
  const uri = totpUri({ secret, issuer, label });
  return { secret, uri, qrSvg: await QRCode.toString(uri, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }) };
}

/**
 * Confirms enrolment with a code from the app: turns 2FA on, returns 10 recovery
 * codes (shown once, stored hashed) and ends every session (the person signs in again with 2FA).
 */
export async function confirmTotpEnrolment(
  identityId: string,
  code: string,
  { businessId, now = new Date() }: { businessId?: string; now?: Date } = {},
) {
  const identity = await db.identity.findUniqueOrThrow({
    where: { id: identityId },
    select: { totpSecret: true, totpEnabledAt: true },
  });
  if (!identity.totpSecret || identity.totpEnabledAt) return null;
  const step = await verifyTotp(openTotpSecret(identity.totpSecret), code.replace(/\s+/g, ''), { now });
  if (step === null) return null;
  const enabled = await db.identity.updateMany({
    where: { id: identityId, totpEnabledAt: null },
    data: {
      totpEnabledAt: now,
      totpLastStep: step,
      sessionsValidAfter: now,
      secondFactorFailures: 0,
      secondFactorLockedUntil: null,
    },
  });
  if (enabled.count !== 1) return null;
  const codes = await replaceRecoveryCodes(identityId);
  await recordAuditEvent({ businessId, actorType: 'client', actorId: identityId, action: 'client.2fa_enabled' });
  return codes;
}

/** Turns 2FA off (callers first check a fresh proof); ends every session. */
export async function disableTotp(
  identityId: string,
  { businessId, now = new Date() }: { businessId?: string; now?: Date } = {},
) {
  await db.$transaction([
    db.identity.update({
      where: { id: identityId },
      data: {
        totpSecret: null,
        totpEnabledAt: null,
        totpLastStep: null,
        sessionsValidAfter: now,
        secondFactorFailures: 0,
        secondFactorLockedUntil: null,
      },
    }),
    db.recoveryCode.deleteMany({ where: { identityId } }),
  ]);
  await recordAuditEvent({ businessId, actorType: 'client', actorId: identityId, action: 'client.2fa_disabled' });
}
