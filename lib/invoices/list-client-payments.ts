import 'server-only';
import { db } from '@/lib/db';
import { pageArgs, pageCount } from '../format/pagination';

/** One page of a client's payments, newest first, with the invoice each paid: two queries. */
export async function listPayments({
  businessId,
  clientId,
  page,
}: {
  businessId: string;
  clientId: string;
  page: number;
}) {
  const where = { businessId, clientId };
  const [items, total] = await Promise.all([
    db.payment.findMany({
      where,
      select: {
        id: true,
        amountMinor: true,
        currency: true,
        method: true,
        reference: true,
        paidAt: true,
        invoice: { select: { id: true, number: true } },
      },
      orderBy: [{ paidAt: 'desc' }, { id: 'asc' }],
      ...pageArgs(page),
    }),
    db.payment.count({ where }),
  ]);
  return { items, total, pages: pageCount(total) };
}
