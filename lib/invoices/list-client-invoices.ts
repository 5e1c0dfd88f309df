import 'server-only';
import { db } from '@/lib/db';
import { pageArgs, pageCount } from '../format/pagination';
import { todayIn } from '@/lib/time/calendar-day';
import { displayStatus, statusWhere, type TInvoiceFilter } from './invoice-status';

/** One page of a client's invoices (drafts never shown), newest first, and the balance due: three queries. */
export async function listInvoices({
  businessId,
  clientId,
  filter,
  page,
  timezone,
  now = new Date(),
}: {
  businessId: string;
  clientId: string;
  filter: TInvoiceFilter;
  page: number;
  /** the business's: an invoice is overdue once the day after its due date has begun there */
  timezone: string;
  now?: Date;
}) {
  const today = todayIn(timezone, now);
  const where = { businessId, clientId, ...statusWhere(filter, today, { status: { not: 'draft' } }) };
  const [rows, total, due] = await Promise.all([
    db.invoice.findMany({
      where,
      select: {
        id: true,
        number: true,
        kind: true,
        currency: true,
        status: true,
        issuedAt: true,
        dueOn: true,
        totalMinor: true,
        paidMinor: true,
      },
      orderBy: [{ issuedAt: 'desc' }, { id: 'asc' }],
      ...pageArgs(page),
    }),
    db.invoice.count({ where }),
    balanceDue({ businessId, clientId }),
  ]);
  return {
    items: rows.map((r) => ({ ...r, displayStatus: displayStatus(r, today) })),
    total,
    pages: pageCount(total),
    balanceDue: due,
  };
}

/** What the client owes, per currency (open invoices less payments and credit notes): one query. */
export async function balanceDue({ businessId, clientId }: { businessId: string; clientId: string }) {
  const due = await db.invoice.groupBy({
    by: ['currency'],
    where: { businessId, clientId, status: 'open' },
    _sum: { totalMinor: true, paidMinor: true, creditedMinor: true },
  });
  return due
    .map((d) => ({
      currency: d.currency,
      amountMinor: (d._sum.totalMinor ?? 0) - (d._sum.paidMinor ?? 0) - (d._sum.creditedMinor ?? 0),
    }))
    .filter((d) => d.amountMinor > 0);
}
