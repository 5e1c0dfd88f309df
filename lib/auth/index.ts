import 'server-only';
import NextAuth from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { authConfig } from './config';
import { openStaffTicket, openTicket } from './ticket';

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    // Staff: the password (and the app code) are checked in the sign-in actions,
    // which hand a sealed ticket here (lib/auth/complete-staff-sign-in.ts).
    Credentials({
      id: 'staff-ticket',
      credentials: { ticket: {} },
      async authorize({ ticket }) {
        const proven = await openStaffTicket(ticket, 'complete');
        return proven ? { id: proven.identityId, name: proven.name, email: proven.email, kind: 'staff' as const } : null;
      },
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
