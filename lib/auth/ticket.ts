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
  encode({
    token: { ...ticket, sub: ticket.identityId },
    secret: authSecret(),
    salt: `${SALT}.${ticket.stage}`,
    maxAge: maxAgeSeconds,
  });

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

/** The same for staff sign-in: password proven, app code pending ('second_factor') or done. */
export type TStaffTicket = { stage: 'complete' | 'second_factor'; identityId: string; name: string; email: string };
const STAFF_SALT = 'portico.staff-ticket';

export const sealStaffTicket = (ticket: TStaffTicket, maxAgeSeconds: number) =>
  encode({
    token: { ...ticket, sub: ticket.identityId },
    secret: authSecret(),
    salt: `${STAFF_SALT}.${ticket.stage}`,
    maxAge: maxAgeSeconds,
  });

export async function openStaffTicket(token: unknown, stage: TStaffTicket['stage']): Promise<TStaffTicket | null> {
  if (typeof token !== 'string' || !token) return null;
  try {
    const payload = await decode<TStaffTicket>({ token, secret: authSecret(), salt: `${STAFF_SALT}.${stage}` });
    return payload?.stage === stage ? payload : null;
  } catch {
    return null;
  }
}
