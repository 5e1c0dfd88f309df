import 'server-only';
import type { Session } from 'next-auth';
import { decode } from 'next-auth/jwt';
import { cookies } from 'next/headers';
import { cache } from 'react';
import { sessionUserFields } from './config';
import { authSecret } from './secret';

// Auth.js's own cookie names: "__Secure-" over HTTPS; a cookie too big for one is split into .0, .1, …
const SESSION_COOKIES = ['__Secure-authjs.session-token', 'authjs.session-token'];

type TCookieJar = { get(name: string): { value: string } | undefined; has(name: string): boolean };

function readCookie(jar: TCookieJar, name: string) {
  const whole = jar.get(name)?.value;
  if (whole !== undefined) return whole;
  const chunks: string[] = [];
  for (let i = 0; jar.has(`${name}.${i}`); i += 1) chunks.push(jar.get(`${name}.${i}`)!.value);
  return chunks.join('');
}

/**
 * The session's user from this request's cookie, as Auth.js's `auth()` gives it, read
 * once per request. Server components, actions and route handlers only read the
 * session: `auth()` also re-seals the cookie on every call (a second JWE encryption,
 * which a page cannot even send back); middleware.ts renews it.
 */
export const sessionUser = cache(async () => sessionUserFrom(await cookies()));

/** The check itself, for a request's cookies (tests/unit/session-user.test.ts). */
export async function sessionUserFrom(jar: TCookieJar): Promise<Session['user'] | undefined> {
  for (const name of SESSION_COOKIES) {
    const value = readCookie(jar, name);
    if (!value) continue;
    // a token that does not open with this secret (forged, expired, from another deployment) is no session
    const token = await decode({ token: value, secret: authSecret(), salt: name }).catch(() => null);
    if (!token?.sub) return undefined;
    return { name: token.name, email: token.email, image: token.picture, ...sessionUserFields(token) };
  }
  return undefined;
}
