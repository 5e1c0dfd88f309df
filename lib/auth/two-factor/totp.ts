import 'server-only';
import { generateSecret, generateURI, verify } from 'otplib';
import { authSecret } from '../../crypto/secret';
import { openTotpSecretWith, sealTotpSecretWith } from './totp-seal';

// RFC 6238: SHA-1, 30 s steps, 6 digits, ±1 step, 160-bit secrets (otplib's defaults).
const TOTP_PERIOD = 30;

export const createTotpSecret = () => generateSecret({ length: 20 });

export const totpUri = ({ secret, issuer, label }: { secret: string; issuer: string; label: string }) =>
  generateURI({ secret, issuer, label });

/** The matched time step, or null. A step at or before `lastStep` is refused (no replay in its window). */
export async function verifyTotp(
  secret: string,
  token: string,
  { now = new Date(), lastStep }: { now?: Date; lastStep?: number | null } = {},
) {
  if (!/^\d{6}$/.test(token)) return null;
  const epoch = Math.floor(now.getTime() / 1000);
  const result = await verify({
    secret,
    token,
    epoch,
    epochTolerance: TOTP_PERIOD,
    ...(lastStep != null ? { afterTimeStep: lastStep } : {}),
  });
  return result.valid ? Math.floor(epoch / TOTP_PERIOD) + result.delta : null;
}

export const sealTotpSecret = (secret: string) => sealTotpSecretWith(secret, authSecret());
export const openTotpSecret = (sealed: string) => openTotpSecretWith(sealed, authSecret());
