import 'server-only';
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { generateSecret, generateURI, verify } from 'otplib';
import { authSecret } from './secret';

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

// The secret must be usable, so it cannot be hashed: it is stored encrypted
// (AES-256-GCM, key derived from AUTH_SECRET).
const key = () => Buffer.from(hkdfSync('sha256', authSecret(), 'portico', 'totp-secret', 32));

export function sealTotpSecret(secret: string) {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key(), iv);
  const data = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), data.toString('base64url')].join(
    '.',
  );
}

export function openTotpSecret(sealed: string) {
  const [version, iv, tag, data] = sealed.split('.');
  if (version !== 'v1') throw new Error('unknown TOTP secret format');
  const decipher = createDecipheriv('aes-256-gcm', key(), Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
}
