import 'server-only';
import { cookies } from 'next/headers';

// Portico's own short-lived auth cookies (2FA step, platform proof, Google portal):
// HttpOnly, SameSite=Lax, and over HTTPS with the prefix browsers enforce
// (__Host- for path "/", __Secure- for a path-scoped one). Plain http (local dev
// and tests on localhost) cannot carry Secure cookies, so no prefix there.
const isSecure = () => (process.env.AUTH_URL ?? '').startsWith('https:');

export const cookieName = (base: string, path = '/') =>
  isSecure() ? `${path === '/' ? '__Host-' : '__Secure-'}${base}` : base;

export async function setAuthCookie(
  base: string,
  value: string,
  { path = '/', maxAge }: { path?: string; maxAge: number },
) {
  (await cookies()).set(cookieName(base, path), value, {
    httpOnly: true,
    sameSite: 'lax',
    secure: isSecure(),
    path,
    maxAge,
  });
}

export async function readAuthCookie(base: string, path = '/') {
  return (await cookies()).get(cookieName(base, path))?.value;
}

export async function deleteAuthCookie(base: string, path = '/') {
  (await cookies()).delete({ name: cookieName(base, path), path });
}
