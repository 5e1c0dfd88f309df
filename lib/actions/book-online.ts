'use server';
import { getMessageLocale } from '@/lib/i18n/get-message-locale';
import { clientSessionUser } from '@/lib/auth/client-session-user';
import { signIn } from '@/lib/auth';
import { getPortalClient } from '@/lib/auth/require-client';
import { ticketOf } from '@/lib/auth/second-factor-step';
import { sealTicket } from '@/lib/auth/ticket';
import { bookOnline } from '@/lib/booking/book-online';
import { findBookingBusiness } from '@/lib/booking/find-booking-business';
import type { TFieldErrors } from '@/lib/forms/issues-to-errors';
import { requestIp } from '@/lib/request-ip';

// Public by design: the portal's booking page. The business comes from the URL; a
// signed-in client books for their own card; staff viewing as a client cannot book.

export type TBookOnlineResult =
  | { ok: false; errors: TFieldErrors }
  | { ok: true; credentials: { login: string; password: string } | null; signedIn: boolean };

export async function bookOnlineAction(portal: string, values: unknown): Promise<TBookOnlineResult> {
  const business = await findBookingBusiness(portal);
  if (!business) return { ok: false, errors: { form: 'bookingClosed' } };
  const client = await getPortalClient(business.id);
  if (client?.viewAs) return { ok: false, errors: { form: 'viewAs' } };
  const result = await bookOnline({
    business,
    values,
    signedInClientId: client?.id ?? null,
    locale: await getMessageLocale(),
    ip: await requestIp(),
  });
  if (!result.ok) return result;
  if (!result.identityId) return { ok: true, credentials: null, signedIn: !!client };
  // seed 000: a new client is signed in, and sees the login made for them once
  const user = await clientSessionUser(business, result.card, result.identityId, { method: 'booking' });
  await signIn('client-ticket', { ticket: await sealTicket(ticketOf(user, 'complete'), 60), redirect: false });
  return { ok: true, credentials: result.credentials, signedIn: true };
}
