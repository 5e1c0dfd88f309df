import 'server-only';
import { readAuthCookie } from './cookie-jar';
import { decode, encode } from 'next-auth/jwt';
import { authSecret } from './secret';

// After /login, the proof that this browser knows the identity's password, for 10
// minutes: enough to choose a portal or switch between the person's portals.
export const PLATFORM_COOKIE = 'portico.platform';
const SALT = 'portico.platform-proof';

export const sealPlatformProof = (identityId: string) =>
  encode({ token: { sub: identityId }, secret: authSecret(), salt: SALT, maxAge: 600 });

export async function readPlatformProof() {
  const token = await readAuthCookie(PLATFORM_COOKIE);
  if (!token) return null;
  try {
    return (await decode({ token, secret: authSecret(), salt: SALT }))?.sub ?? null;
  } catch {
    return null;
  }
}
