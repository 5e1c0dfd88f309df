// The session cookie, read and opened: by pages, actions and route handlers
// (session-user.ts) and by the first gate (middleware.ts). Edge-safe.
import type { Session } from 'next-auth';
import { decode, type JWT } from 'next-auth/jwt';
import { sessionUserFields } from '../config';

// Auth.js's own cookie names: "__Secure-" over HTTPS; a cookie too big for one is split into .0, .1, …
const SESSION_COOKIES = ['__Secure-authjs.session-token', 'authjs.session-token'];

export type TCookieJar = { get(name: string): { value: string } | undefined; has(name: string): boolean };

function readCookie(jar: TCookieJar, name: string) {
  const whole = jar.get(name)?.value;
  if (whole !== undefined) return whole;
  const chunks: string[] = [];
  for (let i = 0; jar.has(`${name}.${i}`); i += 1) chunks.push(jar.get(`${name}.${i}`)!.value);
  return chunks.join('');
}

// Opening a token costs a key derivation and a JWE decryption. A browser sends the same
// cookie until the first gate renews it (at most hourly), so what a token opened to is
// kept, by its exact text, for its lifetime. A token that does not open is not kept.
const OPENED_MAX = 1000;
const opened = new Map<string, { secret: string; token: Readonly<JWT> }>();
/** Auth.js's own allowance on `exp` */
const CLOCK_TOLERANCE_S = 15;

const unexpired = (token: JWT) => typeof token.exp === 'number' && token.exp + CLOCK_TOLERANCE_S > Date.now() / 1000;

async function open(value: string, name: string, secret: string) {
  const key = `${name}=${value}`;
  const kept = opened.get(key);
  if (kept && kept.secret === secret) {
    if (unexpired(kept.token)) return kept.token;
    opened.delete(key);
    return null;
  }
  // a token that does not open with this secret (forged, expired, from another deployment) is no session
  const token = await decode({ token: value, secret, salt: name }).catch(() => null);
  if (!token) return null;
  if (opened.size >= OPENED_MAX) opened.delete(opened.keys().next().value!);
  opened.set(key, { secret, token: Object.freeze(token) });
  return token;
}

/**
 * The session cookie of a request: absent (`null`), present but not a session (`token`
 * null: forged, expired, sealed with another secret) or its token.
 */
export async function openSessionCookie(jar: TCookieJar, secret: string) {
  for (const name of SESSION_COOKIES) {
    const value = readCookie(jar, name);
    if (value) return { token: await open(value, name, secret) };
  }
  return null;
}

/** The session's user, as Auth.js's session callback makes it from the token. */
export function userFromToken(token: JWT | null | undefined): Session['user'] | undefined {
  if (!token?.sub) return undefined;
  return { name: token.name, email: token.email, image: token.picture, ...sessionUserFields(token) };
}
