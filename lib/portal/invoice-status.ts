/** The status a client sees: "overdue" is an open invoice past its due date. */
export function displayStatus(
  invoice: { status: string; dueAt: Date | null; kind?: string },
  now: Date,
): 'draft' | 'open' | 'overdue' | 'paid' | 'void' | 'credit' {
  if (invoice.kind === 'credit_note' && invoice.status !== 'draft') return 'credit';
  if (invoice.status === 'open' && invoice.dueAt && invoice.dueAt < now) return 'overdue';
  return invoice.status as 'draft' | 'open' | 'paid' | 'void';
}

export const INVOICE_FILTERS = ['all', 'open', 'overdue', 'paid', 'void'] as const;
export type TInvoiceFilter = (typeof INVOICE_FILTERS)[number];
