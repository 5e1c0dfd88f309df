// The first gate, on the edge runtime. Auth.js decides in `authorized`
// (lib/auth/config.ts), which returns a redirect Response for a missing or wrong
// session — a Response is honoured even though a handler is passed here, whereas a
// plain `false` would be ignored by next-auth when a handler is given and leave
// protected pages open (tests/e2e/admin.spec.ts proves the gate holds).
// The handler only tells the server which portal a request is for, so the
// locale can fall back to that business's default. Every server entry point
// checks the session and the business again.
import NextAuth from 'next-auth';
import { NextResponse } from 'next/server';
import { authConfig } from '@/lib/auth/config';
import { PORTAL_HEADER, PORTAL_PATH_HEADER } from '@/lib/i18n/portal-header';

export default NextAuth(authConfig).auth((request) => {
  const headers = new Headers(request.headers);
  headers.delete(PORTAL_HEADER); // never trust a client-sent value
  headers.delete(PORTAL_PATH_HEADER);
  const portal = /^\/p\/([^/]+)/.exec(request.nextUrl.pathname)?.[1];
  if (portal) {
    headers.set(PORTAL_HEADER, portal);
    headers.set(PORTAL_PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  }
  return NextResponse.next({ request: { headers } });
});

export const config = {
  matcher: ['/admin', '/admin/:path*', '/p/:path*'],
};
