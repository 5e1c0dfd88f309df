import 'server-only';
import { db } from '@/lib/db';
import { pageArgs, pageCount } from './pagination';
import { displayStatus, type TInvoiceFilter } from './invoice-status';

function statusWhere(filter: TInvoiceFilter, now: Date) {
  switch (filter) {
    case 'open':
      return { status: 'open', OR: [{ dueAt: null }, { dueAt: { gte: now } }] };
    case 'overdue':
      return { status: 'open', dueAt: { lt: now } };
    case 'paid':
      return { status: 'paid' };
    case 'void':
      return { status: 'void' };
    default:
      return { status: { not: 'draft' } };
  }
}

/** One page of a client's invoices (drafts never shown), newest first, and the balance due: three queries. */
export async function listInvoices({
  businessId,
  clientId,
  filter,
  page,
  now = new Date(),
}: {
  businessId: string;
  clientId: string;
  filter: TInvoiceFilter;
  page: number;
  now?: Date;
}) {
  const where = { businessId, clientId, ...statusWhere(filter, now) };
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
        dueAt: true,
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
    items: rows.map((r) => ({ ...r, displayStatus: displayStatus(r, now) })),
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
