import 'server-only';
import { db } from '@/lib/db';

/** The business's orders: waiting ones first, then the newest (at most 100). */
export function listOrders(businessId: string) {
  return db.order.findMany({
    where: { businessId },
    select: {
      id: true,
      createdAt: true,
      paidAt: true,
      status: true,
      provider: true,
      firstName: true,
      lastName: true,
      email: true,
      amountMinor: true,
      currency: true,
      clientId: true,
      product: { select: { name: true } },
      invoiceId: true,
    },
    orderBy: [{ status: 'desc' }, { createdAt: 'desc' }],
    take: 100,
  });
}
