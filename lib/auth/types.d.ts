import type { DefaultSession } from 'next-auth';

export type TSessionKind = 'staff' | 'client';

declare module 'next-auth' {
  interface User {
    kind: TSessionKind;
  }
  interface Session {
    user: { id: string; kind: TSessionKind } & DefaultSession['user'];
    /** milliseconds since epoch of the sign-in, compared with sessionsValidAfter */
    signedInAt: number;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    kind: TSessionKind;
    signedInAt: number;
  }
}

declare module '@auth/core/jwt' {
  interface JWT {
    kind: TSessionKind;
    signedInAt: number;
  }
}
