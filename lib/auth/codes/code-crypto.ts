import 'server-only';
import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { authSecret } from '../../crypto/secret';

/** 6 digits from a CSPRNG. */
export const generateCode = () => String(randomInt(0, 1_000_000)).padStart(6, '0');

/** A long random token for links (welcome, reset, sign-in link), and its stored hash. */
export function generateToken() {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashToken(token) };
}
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * A code is stored as an HMAC bound to its purpose, business and card: the same
 * digits cannot be replayed for another purpose, business or client.
 */
export function hashCode(binding: { purpose: string; businessId: string; clientId: string }, code: string) {
  return createHmac('sha256', authSecret())
    .update(`${binding.purpose}|${binding.businessId}|${binding.clientId}|${code}`)
    .digest('hex');
}

export function sameHash(a: string, b: string) {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}
