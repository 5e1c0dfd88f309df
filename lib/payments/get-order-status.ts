import 'server-only';
import { db } from '@/lib/db';

/** An order of the business for its status page (opened with its sealed key, checked by the page). */
export function getOrderStatus(businessId: string, orderId: string) {
  return db.order.findFirst({
    where: { id: orderId, businessId },
    select: {
      id: true,
      status: true,
      provider: true,
      amountMinor: true,
      currency: true,
      email: true,
      business: {
        select: {
          name: true,
          legalName: true,
          bankAccountHolder: true,
          bankIban: true,
          bankBic: true,
          bankAccountText: true,
        },
      },
    },
  });
}
