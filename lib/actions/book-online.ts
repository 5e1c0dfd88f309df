'use server';
import { after } from 'next/server';
import { runOffRequest } from '@/lib/jobs/off-request';
import { getMessageLocale } from '@/lib/i18n/get-message-locale';
import { getPortalClient } from '@/lib/auth/guards/require-client';
import { refuseViewAsWrite } from '@/lib/auth/guards/with-portal-client';
import { bookOnline } from '@/lib/booking/book-online';
import { findPortalBusiness } from '@/lib/business/find-portal-business';
import { requestIp } from '@/lib/request-ip';
import { fail, type TFailure } from '@/lib/result';

// Public by design: the portal's booking page. The business comes from the URL; a
// signed-in client books for their own card; staff viewing as a client cannot book. A visitor
// gets the same answer whoever the address belongs to (issue 24): where the details went.

export type TBookOnlineResult = TFailure | { ok: true; sentTo: string | null; signedIn: boolean };

export async function bookOnlineAction(portal: string, values: unknown): Promise<TBookOnlineResult> {
  const business = await findPortalBusiness(portal);
  if (!business) return fail('bookingClosed');
  const client = await getPortalClient(business.id);
  if (client?.viewAs) {
    await refuseViewAsWrite(business.id, client);
    return fail('viewAs');
  }
  const result = await bookOnline({
    business,
    values,
    signedInClientId: client?.id ?? null,
    locale: await getMessageLocale(),
    ip: await requestIp(),
  });
  if (!result.ok) return result;
  // the new card's login, the confirmation and the staff alert go out after the answer
  after(() => runOffRequest(result.followUp));
  return { ok: true, sentTo: result.sentTo, signedIn: !!client };
}
