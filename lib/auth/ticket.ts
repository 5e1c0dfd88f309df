import 'server-only';
import { decode, encode } from 'next-auth/jwt';
import { authSecret } from './secret';

/** What the server proved about a client sign-in, sealed (JWE with AUTH_SECRET) for the next step. */
export type TClientTicket = {
  stage: 'complete' | 'second_factor';
  identityId: string;
  name: string;
  businessId: string;
  portal: string;
  clientId: string;
  expiresAt: number;
  method: string;
};

const SALT = 'portico.client-ticket';

export const sealTicket = (ticket: TClientTicket, maxAgeSeconds: number) =>
  encode({ token: { ...ticket, sub: ticket.identityId }, secret: authSecret(), salt: `${SALT}.${ticket.stage}`, maxAge: maxAgeSeconds });

/** The ticket of that stage, or null (wrong stage, tampered or expired). */
export async function openTicket(token: unknown, stage: TClientTicket['stage']): Promise<TClientTicket | null> {
  if (typeof token !== 'string' || !token) return null;
  try {
    const payload = await decode<TClientTicket>({ token, secret: authSecret(), salt: `${SALT}.${stage}` });
    return payload?.stage === stage ? payload : null;
  } catch {
    return null;
  }
}
