import 'server-only';
import NextAuth from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import Google from 'next-auth/providers/google';
import { env } from '@/lib/env';
import { authConfig } from './config';
import { googleSignInCallback } from './google-sign-in';
import { openStaffTicket, openTicket } from './sessions/ticket';

export const isGoogleConfigured = () => !!(env().AUTH_GOOGLE_ID && env().AUTH_GOOGLE_SECRET);

// A function: the environment is read per request, not when `next build` loads the module.
export const { handlers, signIn, signOut } = NextAuth(() => {
  const config = env();
  return {
    ...authConfig,
    callbacks: {
      ...authConfig.callbacks,
      // Credentials providers are decided in their actions; Google is mapped to a card here.
      signIn: ({ user, account, profile }) =>
        account?.provider === 'google' ? googleSignInCallback({ user, account, profile }) : true,
    },
    providers: [
      ...(isGoogleConfigured()
        ? [
            Google({
              clientId: config.AUTH_GOOGLE_ID,
              clientSecret: config.AUTH_GOOGLE_SECRET,
              ...(config.AUTH_GOOGLE_ISSUER ? { issuer: config.AUTH_GOOGLE_ISSUER } : {}),
            }),
          ]
        : []),
      // Staff: the password (and the app code) are checked in the sign-in actions,
      // which hand a sealed ticket here (lib/auth/sessions/complete-staff-sign-in.ts).
      Credentials({
        id: 'staff-ticket',
        credentials: { ticket: {} },
        async authorize({ ticket }) {
          const proven = await openStaffTicket(ticket, 'complete');
          return proven
            ? { id: proven.identityId, name: proven.name, email: proven.email, kind: 'staff' as const }
            : null;
        },
      }),
      // Every client sign-in method verifies in its server action, then hands a sealed
      // ticket here (lib/auth/sessions/complete-client-sign-in.ts): one place makes client sessions.
      Credentials({
        id: 'client-ticket',
        credentials: { ticket: {} },
        async authorize({ ticket }) {
          const proven = await openTicket(ticket, 'complete');
          if (!proven) return null;
          const { identityId, name, businessId, portal, clientId, expiresAt, persistent } = proven;
          return { id: identityId, name, kind: 'client' as const, businessId, portal, clientId, expiresAt, persistent };
        },
      }),
    ],
  };
});
