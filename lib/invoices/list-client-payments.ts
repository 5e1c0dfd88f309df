import 'server-only';
import type { TClientAt } from '@/lib/business/client-scope';
import { db } from '@/lib/db';
import { pageArgs, pageCount } from '../format/pagination';

/** What a client sees of a payment: amount, method, reference, day, and the invoice it paid. */
export const CLIENT_PAYMENT_SELECT = {
  id: true,
  amountMinor: true,
  currency: true,
  method: true,
  reference: true,
  paidAt: true,
  invoice: { select: { id: true, number: true } },
} as const;

/** One page of a client's payments, newest first, with the invoice each paid: two queries. */
export async function listPayments({ businessId, clientId, page }: TClientAt & { page: number }) {
  const where = { businessId, clientId };
  const [items, total] = await Promise.all([
    db.payment.findMany({
      where,
      select: CLIENT_PAYMENT_SELECT,
      orderBy: [{ paidAt: 'desc' }, { id: 'asc' }],
      ...pageArgs(page),
    }),
    db.payment.count({ where }),
  ]);
  return { items, total, pages: pageCount(total) };
}
