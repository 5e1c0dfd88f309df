import { dayIsPast } from '@/lib/time/calendar-day';

/**
 * The status a client sees: "overdue" is an open invoice whose due date is over in the
 * business's calendar (the day after it has begun there); `today` is that calendar's day.
 */
export function displayStatus(
  invoice: { status: string; dueOn: string | null; kind?: string },
  today: string,
): 'draft' | 'open' | 'overdue' | 'paid' | 'void' | 'credit' {
  if (invoice.kind === 'credit_note' && invoice.status !== 'draft') return 'credit';
  if (invoice.status === 'open' && invoice.dueOn && dayIsPast(invoice.dueOn, today)) return 'overdue';
  return invoice.status as 'draft' | 'open' | 'paid' | 'void';
}

/** The same rule as a query: open and overdue, or open and not (yet) overdue. */
export const overdueWhere = (today: string) => ({ status: 'open', dueOn: { lt: today } });
const openNotOverdueWhere = (today: string) => ({
  status: 'open',
  OR: [{ dueOn: null }, { dueOn: { gte: today } }],
});

export const INVOICE_FILTERS = ['all', 'open', 'overdue', 'paid', 'void'] as const;
export type TInvoiceFilter = (typeof INVOICE_FILTERS)[number];

/**
 * The rows a status filter keeps: open and overdue by the business's day, any other status as it is
 * stored; `all` keeps what `everything` says (the staff see drafts, a client never does).
 */
export function statusWhere(status: string, today: string, everything: object) {
  if (status === 'open') return openNotOverdueWhere(today);
  if (status === 'overdue') return overdueWhere(today);
  return status === 'all' ? everything : { status };
}
