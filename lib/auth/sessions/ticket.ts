import 'server-only';
import { seal, unseal } from '../../crypto/sealed';

/** What the server proved about a client sign-in, sealed for the next step. */
export type TClientTicket = {
  stage: 'complete' | 'second_factor';
  identityId: string;
  name: string;
  businessId: string;
  portal: string;
  clientId: string;
  expiresAt: number;
  persistent?: boolean;
  method: string;
};

const SALT = 'portico.client-ticket';

export const sealTicket = (ticket: TClientTicket, maxAgeSeconds: number) =>
  seal({ ...ticket, sub: ticket.identityId }, `${SALT}.${ticket.stage}`, maxAgeSeconds);

/** The ticket of that stage, or null (wrong stage, tampered or expired). */
export async function openTicket(token: unknown, stage: TClientTicket['stage']): Promise<TClientTicket | null> {
  const payload = await unseal<TClientTicket>(token, `${SALT}.${stage}`);
  return payload?.stage === stage ? payload : null;
}

/** The same for staff sign-in: password proven, app code pending ('second_factor') or done. */
export type TStaffTicket = { stage: 'complete' | 'second_factor'; identityId: string; name: string; email: string };
const STAFF_SALT = 'portico.staff-ticket';

export const sealStaffTicket = (ticket: TStaffTicket, maxAgeSeconds: number) =>
  seal({ ...ticket, sub: ticket.identityId }, `${STAFF_SALT}.${ticket.stage}`, maxAgeSeconds);

export async function openStaffTicket(token: unknown, stage: TStaffTicket['stage']): Promise<TStaffTicket | null> {
  const payload = await unseal<TStaffTicket>(token, `${STAFF_SALT}.${stage}`);
  return payload?.stage === stage ? payload : null;
}
