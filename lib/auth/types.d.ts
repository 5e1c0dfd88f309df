import type { DefaultSession } from 'next-auth';

export type TSessionKind = 'staff' | 'client';

/** What a sign-in puts in the JWT (client sessions are bound to one business). */
type TSessionClaims = {
  kind: TSessionKind;
  /** milliseconds since epoch of the sign-in, compared with Identity.sessionsValidAfter */
  signedInAt: number;
  /** this session's id: a signed-out session is refused by it (EndedSession) */
  sid?: string;
  /** milliseconds since epoch: the business's session length, or 30 days with "remember me" */
  expiresAt: number;
  /** "remember me": the cookie outlives the browser; otherwise it ends with it (middleware.ts) */
  persistent?: boolean;
  businessId?: string;
  portal?: string;
  clientId?: string;
};

declare module 'next-auth' {
  interface User {
    kind: TSessionKind;
    expiresAt?: number;
    persistent?: boolean;
    businessId?: string;
    portal?: string;
    clientId?: string;
  }
  interface Session {
    user: { id: string } & TSessionClaims & DefaultSession['user'];
  }
}

declare module 'next-auth/jwt' {
  interface JWT extends TSessionClaims {
    /** sealed by the first gate, which gave its cookie this session's lifetime (middleware.ts) */
    renewedAtGate?: boolean;
  }
}

declare module '@auth/core/jwt' {
  interface JWT extends TSessionClaims {
    /** sealed by the first gate, which gave its cookie this session's lifetime (middleware.ts) */
    renewedAtGate?: boolean;
  }
}
