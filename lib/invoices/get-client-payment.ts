import 'server-only';
import type { TClientAt } from '@/lib/business/client-scope';
import { db } from '@/lib/db';
import { CLIENT_PAYMENT_SELECT } from './list-client-payments';

/** One payment of this client, with the invoice it paid; null for anyone else's id (a 404). */
export function getPayment({ businessId, clientId, paymentId }: TClientAt & { paymentId: string }) {
  return db.payment.findFirst({ where: { id: paymentId, businessId, clientId }, select: CLIENT_PAYMENT_SELECT });
}
