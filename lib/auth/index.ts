import 'server-only';
import NextAuth from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { authConfig } from './config';
import { openTicket } from './ticket';
import { verifyStaffPassword } from './verify-staff-password';

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      id: 'staff-password',
      credentials: { email: {}, password: {} },
      authorize: (credentials) => verifyStaffPassword(credentials),
    }),
    // Every client sign-in method verifies in its server action, then hands a sealed
    // ticket here (lib/auth/complete-client-sign-in.ts): one place makes client sessions.
    Credentials({
      id: 'client-ticket',
      credentials: { ticket: {} },
      async authorize({ ticket }) {
        const proven = await openTicket(ticket, 'complete');
        if (!proven) return null;
        const { identityId, name, businessId, portal, clientId, expiresAt } = proven;
        return { id: identityId, name, kind: 'client' as const, businessId, portal, clientId, expiresAt };
      },
    }),
  ],
});
