// The first gate, on the edge runtime. Who may open a page is decided in `authorized`
// (lib/auth/config.ts), which returns a redirect Response for a missing or wrong
// session — a Response is honoured even though a handler is passed to Auth.js, whereas a
// plain `false` would be ignored by next-auth when a handler is given and leave
// protected pages open (tests/e2e/admin.spec.ts proves the gate holds).
// The gate tells the server which portal a request is for, so the locale can fall back
// to that business's default, and sets every page's security headers
// (Content-Security-Policy with a per-response nonce, HSTS over HTTPS). A server action
// whose body cannot be decoded gets a 400 here, not a 500 from Next. Every server entry
// point checks the session and the business again.
//
// Renewal: Auth.js renews (re-seals) the session cookie, and a session without "remember
// me" gets a cookie that ends with the browser (applySessionCookieLifetime). It does so
// for a cookie sealed elsewhere (at sign-in), for one it renewed over an hour ago and for
// one that does not open (which it clears). Between renewals the browser sends the same
// cookie, and the gate reads it without Auth.js: sealing a new cookie on every page
// (a key derivation and a JWE encryption) was most of the gate's work.
import NextAuth from 'next-auth';
import type { JWT } from 'next-auth/jwt';
import { NextResponse, type NextFetchEvent, type NextRequest } from 'next/server';
import { authConfig } from '@/lib/auth/config';
import { applySessionCookieLifetime, SESSION_ONLY_HEADER } from '@/lib/auth/sessions/session-cookie-lifetime';
import { openSessionCookie, userFromToken } from '@/lib/auth/sessions/session-token';
import { ADMIN_PATH_HEADER, PORTAL_HEADER, PORTAL_PATH_HEADER } from '@/lib/i18n/portal-header';
import { contentSecurityPolicy, newNonce } from '@/lib/security/content-security-policy';
import { isUnreadableAction } from '@/lib/security/unreadable-action';

const RENEW_AFTER_S = 3600;

async function firstGate(request: NextRequest, sessionOnly: boolean) {
  if (await isUnreadableAction(request))
    return NextResponse.json({ error: 'bad_request' }, { status: 400, headers: { 'Cache-Control': 'no-store' } });
  const headers = new Headers(request.headers);
  // a nonce per response: Next puts it on its scripts when the request carries the policy
  const csp = contentSecurityPolicy(newNonce(), { dev: process.env.NODE_ENV === 'development' });
  headers.set('Content-Security-Policy', csp);
  headers.delete(PORTAL_HEADER); // never trust a client-sent value
  headers.delete(PORTAL_PATH_HEADER);
  headers.delete(ADMIN_PATH_HEADER);
  if (request.nextUrl.pathname.startsWith('/admin/'))
    headers.set(ADMIN_PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  const portal = /^\/p\/([^/]+)/.exec(request.nextUrl.pathname)?.[1];
  if (portal) {
    headers.set(PORTAL_HEADER, portal);
    headers.set(PORTAL_PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  }
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', csp);
  // HTTPS only where the request came over HTTPS (directly or as the proxy says)
  if (request.nextUrl.protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https')
    response.headers.set('Strict-Transport-Security', 'max-age=63072000; includeSubDomains');
  if (sessionOnly) response.headers.set(SESSION_ONLY_HEADER, '1');
  return response;
}

// Auth.js's gate, which renews the cookie: the tokens it seals are marked as such.
const renewingGate = NextAuth({
  ...authConfig,
  callbacks: {
    ...authConfig.callbacks,
    jwt: (params) => ({ ...authConfig.callbacks.jwt(params), renewedAtGate: true }),
  },
}).auth(async (request) => firstGate(request, !!request.auth?.user && !request.auth.user.persistent));

const renewedRecently = (token: JWT) =>
  token.renewedAtGate === true && typeof token.iat === 'number' && token.iat > Date.now() / 1000 - RENEW_AFTER_S;

export default async function middleware(request: NextRequest, event: NextFetchEvent) {
  const secret = process.env.AUTH_SECRET;
  const cookie = secret ? await openSessionCookie(request.cookies, secret) : undefined;
  if (cookie === undefined || (cookie && !(cookie.token && renewedRecently(cookie.token)))) {
    // Auth.js appends its renewed session cookie after the handler: its lifetime is set here.
    const response = await renewingGate(request, event as never);
    return response instanceof Response ? applySessionCookieLifetime(response) : response;
  }
  const user = userFromToken(cookie?.token);
  const verdict = authConfig.callbacks.authorized({
    auth: user ? { user, expires: new Date(cookie!.token!.exp! * 1000).toISOString() } : null,
    request,
  });
  return verdict instanceof Response ? verdict : firstGate(request, false);
}

export const config = {
  // every page (the first gate acts on /admin and /p only); not the API, Next's assets or icons
  matcher: ['/((?!api/|_next/static|_next/image|favicon\\.ico|icon\\.svg).*)'],
};
