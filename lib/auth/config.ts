// Edge-safe Auth.js configuration: the first gate in middleware.ts. No database,
// no Node APIs. Every page, action and route handler checks again on the server
// (requireStaff, requireClient), including revocation, which needs the database.
import type { NextAuthConfig, Session } from 'next-auth';
import type { JWT } from 'next-auth/jwt';

export const STAFF_SIGN_IN_PATH = '/admin/sign-in';
export const STAFF_SETUP_PATH = '/admin/setup';
/** public admin pages: an invitation link and a password reset (their tokens are the credential), the sign-up */
const STAFF_PUBLIC_PATHS = new Set([
  '/admin/invite',
  '/admin/forgot-password',
  '/admin/reset-password',
  // open only when PORTICO_PUBLIC_SIGNUP=1 (the page answers 404 otherwise)
  '/admin/sign-up',
]);
const STAFF_SESSION_MS = 8 * 3600_000;

/** Portal paths anyone may open: /p/<slug>/<first segment>. Everything else needs that portal's client session. */
const PUBLIC_PORTAL_SEGMENTS = new Set([
  '',
  'sign-in',
  'forgot-password',
  'sign-up',
  'welcome',
  'pages',
  'book',
  'contact',
  'products',
  'orders',
  // the installable portal: its manifest, its service worker and the page it shows offline
  'manifest.webmanifest',
  'sw.js',
  'offline',
]);

/** staff viewing the portal as a client carry this sealed ticket (lib/auth/guards/view-as.ts) */
export const VIEW_AS_COOKIE = 'portico.view-as';
const hasViewAsTicket = (request: { cookies: { has(name: string): boolean } }) =>
  request.cookies.has(VIEW_AS_COOKIE) || request.cookies.has(`__Host-${VIEW_AS_COOKIE}`);

export const portalSignInPath = (slug: string) => `/p/${slug}/sign-in`;

export function isLiveSession(user: Session['user'] | undefined, now = Date.now()): user is Session['user'] {
  return !!user && typeof user.expiresAt === 'number' && user.expiresAt > now;
}

function redirectTo(path: string, request: { nextUrl: URL }, callback?: string) {
  const url = new URL(path, request.nextUrl.origin);
  if (callback) url.searchParams.set('callbackUrl', callback);
  // A Response (not `false`): honoured however the middleware is composed.
  return Response.redirect(url, 307);
}

/** What a session's user carries, from its token: the session callback and lib/auth/sessions/session-user.ts. */
export function sessionUserFields(token: JWT) {
  return {
    id: token.sub!,
    kind: token.kind,
    signedInAt: token.signedInAt ?? 0,
    sid: token.sid,
    expiresAt: token.expiresAt ?? 0,
    persistent: token.persistent === true,
    businessId: token.businessId,
    portal: token.portal,
    clientId: token.clientId,
  };
}

export const authConfig = {
  trustHost: true,
  // the cookie lives at most 30 days ("remember me"), and only until the browser closes
  // without it (middleware.ts drops its expiry); each session's own end is expiresAt
  session: { strategy: 'jwt', maxAge: 30 * 24 * 3600 },
  pages: { signIn: STAFF_SIGN_IN_PATH },
  providers: [],
  callbacks: {
    authorized({ auth, request }) {
      const { pathname, search } = request.nextUrl;
      const user = isLiveSession(auth?.user) ? auth.user : undefined;
      if (pathname === '/admin' || pathname.startsWith('/admin/')) {
        // the first-run setup is public (its page answers 404 once a business exists), and so is an invitation link
        if (
          pathname === STAFF_SIGN_IN_PATH ||
          pathname.startsWith(`${STAFF_SIGN_IN_PATH}/`) ||
          pathname === STAFF_SETUP_PATH ||
          STAFF_PUBLIC_PATHS.has(pathname) ||
          user?.kind === 'staff'
        )
          return true;
        return redirectTo(STAFF_SIGN_IN_PATH, request, pathname + search);
      }
      const portal = /^\/p\/([^/]+)(?:\/([^/]*))?/.exec(pathname);
      if (portal) {
        const [, slug, segment = ''] = portal;
        if (new URLSearchParams(search).get('auth') === '1' && segment !== 'sign-in') {
          return redirectTo(portalSignInPath(slug), request, pathname);
        }
        if (PUBLIC_PORTAL_SEGMENTS.has(segment)) return true;
        if (user?.kind === 'client' && user.portal === slug) return true;
        // a first gate only: the server checks the ticket, the staff member and the business (resolveViewAs)
        if (user?.kind === 'staff' && hasViewAsTicket(request)) return true;
        return redirectTo(portalSignInPath(slug), request, pathname + search);
      }
      return true;
    },
    jwt({ token, user }) {
      if (user) {
        const now = Date.now();
        token.sub = user.id;
        token.kind = user.kind;
        // set once at sign-in: `iat` is renewed when the cookie rolls, so it cannot prove age
        token.signedInAt = now;
        // this browser's session: "Sign out" ends it alone (EndedSession), not the person's others
        token.sid = crypto.randomUUID();
        token.expiresAt = user.expiresAt ?? now + STAFF_SESSION_MS;
        token.persistent = user.persistent === true;
        token.businessId = user.businessId;
        token.portal = user.portal;
        token.clientId = user.clientId;
      }
      return token;
    },
    session({ session, token }) {
      Object.assign(session.user, sessionUserFields(token));
      return session;
    },
  },
} satisfies NextAuthConfig;
