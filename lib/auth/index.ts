import 'server-only';
import NextAuth from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { CodeSignInError } from './code-errors';
import { consumeSignInLink } from './codes/consume-sign-in-link';
import { verifySignInCode } from './codes/verify-sign-in-code';
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
    Credentials({
      id: 'client-code',
      credentials: { portal: {}, identifier: {}, code: {}, remember: {} },
      async authorize({ portal, identifier, code, remember }) {
        const result = await verifySignInCode({ portal, identifier: String(identifier ?? ''), code: String(code ?? ''), remember: remember === 'true' });
        if (!result.ok) throw new CodeSignInError(result.error);
        return result.user;
      },
    }),
    Credentials({
      id: 'client-link',
      credentials: { portal: {}, token: {} },
      authorize: ({ portal, token }) => consumeSignInLink({ portal, token: String(token ?? '') }),
    }),
  ],
});
