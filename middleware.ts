// The first gate, on the edge runtime. Auth.js decides in `authorized`
// (lib/auth/config.ts), which returns a redirect Response for a missing or wrong
// session — a Response is honoured even though a handler is passed here, whereas a
// plain `false` would be ignored by next-auth when a handler is given and leave
// protected pages open (tests/e2e/admin.spec.ts proves the gate holds).
// The handler tells the server which portal a request is for, so the locale can
// fall back to that business's default, and sets every page's security headers
// (Content-Security-Policy with a per-response nonce, HSTS over HTTPS). A server
// action whose body cannot be decoded gets a 400 here, not a 500 from Next. A session
// without "remember me" keeps a cookie that ends with the browser. Every
// server entry point checks the session and the business again.
import NextAuth from 'next-auth';
import { NextResponse, type NextFetchEvent, type NextRequest } from 'next/server';
import { authConfig } from '@/lib/auth/config';
import { applySessionCookieLifetime, SESSION_ONLY_HEADER } from '@/lib/auth/session-cookie-lifetime';
import { PORTAL_HEADER, PORTAL_PATH_HEADER } from '@/lib/i18n/portal-header';
import { contentSecurityPolicy, newNonce } from '@/lib/security/content-security-policy';
import { isUnreadableAction } from '@/lib/security/unreadable-action';

const gate = NextAuth(authConfig).auth(async (request) => {
  if (await isUnreadableAction(request))
    return NextResponse.json({ error: 'bad_request' }, { status: 400, headers: { 'Cache-Control': 'no-store' } });
  const headers = new Headers(request.headers);
  // a nonce per response: Next puts it on its scripts when the request carries the policy
  const csp = contentSecurityPolicy(newNonce(), { dev: process.env.NODE_ENV === 'development' });
  headers.set('Content-Security-Policy', csp);
  headers.delete(PORTAL_HEADER); // never trust a client-sent value
  headers.delete(PORTAL_PATH_HEADER);
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
  if (request.auth?.user && !request.auth.user.persistent) response.headers.set(SESSION_ONLY_HEADER, '1');
  return response;
});

// Auth.js appends its renewed session cookie after the handler: its lifetime is set here.
export default async function middleware(request: NextRequest, event: NextFetchEvent) {
  const response = await gate(request, event as never);
  return response instanceof Response ? applySessionCookieLifetime(response) : response;
}

export const config = {
  // every page (the first gate acts on /admin and /p only); not the API, Next's assets or icons
  matcher: ['/((?!api/|_next/static|_next/image|favicon\\.ico|icon\\.svg).*)'],
};
