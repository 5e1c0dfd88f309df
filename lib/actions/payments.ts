'use server';
import { getMessageLocale } from '@/lib/i18n/get-message-locale';
import { getPortalClient } from '@/lib/auth/guards/require-client';
import { refuseViewAsWrite } from '@/lib/auth/guards/with-portal-client';
import { findPortalBusiness } from '@/lib/business/find-portal-business';
import { startInvoiceOrder, startProductOrder } from '@/lib/payments/start-order';
import { requestIp } from '@/lib/request-ip';
import { fail, type TFailure } from '@/lib/result';

// Public by design: the portal's payment form. The business comes from the URL; a signed-in
// client pays as their own card; staff viewing as a client cannot pay.

type TResult = { ok: true; redirect: string } | TFailure;

export async function startProductOrderAction(portal: string, productId: string, values: unknown): Promise<TResult> {
  const business = await findPortalBusiness(portal);
  if (!business) return fail('productUnavailable');
  const client = await getPortalClient(business.id);
  if (client?.viewAs) {
    await refuseViewAsWrite(business.id, client);
    return fail('viewAs');
  }
  return startProductOrder({
    business,
    productId,
    values,
    signedInClient: client,
    locale: await getMessageLocale(),
    ip: await requestIp(),
  });
}

/** "Pay now" on an open invoice: the signed-in client's own invoices only. */
export async function payInvoiceAction(portal: string, invoiceId: string): Promise<TResult> {
  const business = await findPortalBusiness(portal);
  if (!business) return fail('invoiceNotPayable');
  const client = await getPortalClient(business.id);
  if (!client) return fail('invoiceNotPayable');
  if (client.viewAs) {
    await refuseViewAsWrite(business.id, client);
    return fail('viewAs');
  }
  return startInvoiceOrder({ business, client, invoiceId, locale: await getMessageLocale() });
}
