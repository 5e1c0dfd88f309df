// Edge-safe Auth.js configuration: the first gate in middleware.ts. No database,
// no Node APIs. Every page, action and route handler checks again on the server
// (lib/auth/require-staff.ts), including revocation, which needs the database.
import type { NextAuthConfig } from 'next-auth';

export const STAFF_SIGN_IN_PATH = '/admin/sign-in';

export const authConfig = {
  trustHost: true,
  session: { strategy: 'jwt', maxAge: 8 * 60 * 60 },
  pages: { signIn: STAFF_SIGN_IN_PATH },
  providers: [],
  callbacks: {
    authorized({ auth, request }) {
      const { pathname, search } = request.nextUrl;
      if (pathname === STAFF_SIGN_IN_PATH) return true;
      if (pathname === '/admin' || pathname.startsWith('/admin/')) {
        if (auth?.user?.kind === 'staff') return true;
        // A Response (not `false`) so the redirect holds however the middleware is composed.
        const url = new URL(STAFF_SIGN_IN_PATH, request.nextUrl.origin);
        url.searchParams.set('callbackUrl', pathname + search);
        return Response.redirect(url, 307);
      }
      return true;
    },
    jwt({ token, user }) {
      if (user) {
        token.kind = user.kind;
        token.sub = user.id;
        // set once at sign-in: `iat` is renewed when the cookie rolls, so it cannot prove age
        token.signedInAt = Date.now();
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = token.sub!;
      session.user.kind = token.kind;
      session.signedInAt = token.signedInAt ?? 0;
      return session;
    },
  },
} satisfies NextAuthConfig;
