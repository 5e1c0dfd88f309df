// An authenticator secret sealed for storage, with the key given (lib/auth/two-factor/totp.ts passes
// AUTH_SECRET's; the browser tests seal a known secret for their staff the same way).
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

// The secret must be usable, so it cannot be hashed: it is stored encrypted
// (AES-256-GCM, key derived from AUTH_SECRET).
const key = (authSecret: string) => Buffer.from(hkdfSync('sha256', authSecret, 'portico', 'totp-secret', 32));

export function sealTotpSecretWith(secret: string, authSecret: string) {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key(authSecret), iv);
  const data = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), data.toString('base64url')].join(
    '.',
  );
}

export function openTotpSecretWith(sealed: string, authSecret: string) {
  const [version, iv, tag, data] = sealed.split('.');
  if (version !== 'v1') throw new Error('unknown TOTP secret format');
  const decipher = createDecipheriv('aes-256-gcm', key(authSecret), Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
}
