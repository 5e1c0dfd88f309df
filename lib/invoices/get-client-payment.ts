import 'server-only';
import { db } from '@/lib/db';

/** One payment of this client, with the invoice it paid; null for anyone else's id (a 404). */
export function getPayment({
  businessId,
  clientId,
  paymentId,
}: {
  businessId: string;
  clientId: string;
  paymentId: string;
}) {
  return db.payment.findFirst({
    where: { id: paymentId, businessId, clientId },
    select: {
      id: true,
      amountMinor: true,
      currency: true,
      method: true,
      reference: true,
      paidAt: true,
      invoice: { select: { number: true } },
    },
  });
}
