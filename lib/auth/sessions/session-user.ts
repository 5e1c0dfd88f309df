import 'server-only';
import type { Session } from 'next-auth';
import { cookies } from 'next/headers';
import { cache } from 'react';
import { authSecret } from '../../crypto/secret';
import { openSessionCookie, userFromToken, type TCookieJar } from './session-token';

/**
 * The session's user from this request's cookie, as Auth.js's `auth()` gives it, read
 * once per request. Server components, actions and route handlers only read the
 * session: `auth()` also re-seals the cookie on every call (a second JWE encryption,
 * which a page cannot even send back); middleware.ts renews it.
 */
export const sessionUser = cache(async () => sessionUserFrom(await cookies()));

/** The check itself, for a request's cookies (tests/unit/session-user.test.ts). */
export async function sessionUserFrom(jar: TCookieJar): Promise<Session['user'] | undefined> {
  return userFromToken((await openSessionCookie(jar, authSecret()))?.token);
}
