import 'server-only';
import { decode, encode } from 'next-auth/jwt';
import { authSecret } from './secret';

/**
 * A value sealed for the browser to carry (a JWE with AUTH_SECRET, as Auth.js seals its
 * session): unreadable and tamper-proof. The salt names what it is, so one kind of
 * sealed value never opens as another.
 */
export const seal = (value: Record<string, unknown>, salt: string, maxAgeSeconds: number) =>
  encode({ token: value, secret: authSecret(), salt, maxAge: maxAgeSeconds });

/** The sealed value, or null when it is missing, tampered with, expired or sealed for another salt. */
export async function unseal<T>(token: unknown, salt: string): Promise<T | null> {
  if (typeof token !== 'string' || !token) return null;
  try {
    return ((await decode({ token, secret: authSecret(), salt })) as T | null) ?? null;
  } catch {
    return null;
  }
}
