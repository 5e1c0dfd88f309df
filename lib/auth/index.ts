import 'server-only';
import NextAuth from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { authConfig } from './config';
import { verifyClientPassword } from './verify-client-password';
import { verifyStaffPassword } from './verify-staff-password';

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      id: 'staff-password',
      credentials: { email: {}, password: {} },
      authorize: (credentials) => verifyStaffPassword(credentials),
    }),
    Credentials({
      id: 'client-password',
      credentials: { portal: {}, identifier: {}, password: {}, remember: {} },
      authorize: (credentials) => verifyClientPassword(credentials),
    }),
  ],
});
