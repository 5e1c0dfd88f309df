'use server';
import { getMessageLocale } from '@/lib/i18n/get-message-locale';
import { getPortalClient } from '@/lib/auth/guards/require-client';
import { refuseViewAsWrite } from '@/lib/auth/guards/with-portal-client';
import { findPortalBusiness } from '@/lib/business/find-portal-business';
import { sendContactMessage } from '@/lib/contact/send-contact-message';
import { requestIp } from '@/lib/request-ip';
import { fail, type TFailure } from '@/lib/result';

// Public by design: the portal's contact form. The business comes from the URL; a
// signed-in client writes as their own card; staff viewing as a client cannot send.

export async function sendContactAction(portal: string, values: unknown): Promise<{ ok: true } | TFailure> {
  const business = await findPortalBusiness(portal);
  if (!business) return fail('formExpired');
  const client = await getPortalClient(business.id);
  if (client?.viewAs) {
    await refuseViewAsWrite(business.id, client);
    return fail('viewAs');
  }
  return sendContactMessage({
    business,
    values,
    signedInClientId: client?.id ?? null,
    locale: await getMessageLocale(),
    ip: await requestIp(),
  });
}
