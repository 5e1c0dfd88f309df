// The first gate, on the edge runtime. Auth.js decides in `authorized`
// (lib/auth/config.ts), which returns a redirect Response for a missing or wrong
// session — a Response is honoured even though a handler is passed here, whereas a
// plain `false` would be ignored by next-auth when a handler is given and leave
// protected pages open (tests/e2e/admin.spec.ts proves the gate holds).
// The handler tells the server which portal a request is for, so the locale can
// fall back to that business's default, and sets every page's security headers
// (Content-Security-Policy with a per-response nonce, HSTS over HTTPS). Every
// server entry point checks the session and the business again.
import NextAuth from 'next-auth';
import { NextResponse } from 'next/server';
import { authConfig } from '@/lib/auth/config';
import { PORTAL_HEADER, PORTAL_PATH_HEADER } from '@/lib/i18n/portal-header';
import { contentSecurityPolicy, newNonce } from '@/lib/security/content-security-policy';

export default NextAuth(authConfig).auth((request) => {
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
  return response;
});

export const config = {
  // every page (the first gate acts on /admin and /p only); not the API, Next's assets or icons
  matcher: ['/((?!api/|_next/static|_next/image|favicon\\.ico|icon\\.svg).*)'],
};
