import { z } from 'zod';

// The admin invoice list's state, read from the URL; anything odd falls back to the default.
export const ADMIN_INVOICE_STATUSES = ['all', 'draft', 'open', 'overdue', 'paid', 'void'] as const;

export const ZInvoiceListQuery = z.object({
  q: z.string().trim().max(100).catch(''),
  status: z.enum(ADMIN_INVOICE_STATUSES).catch('all'),
  client: z.string().max(40).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type TInvoiceListQuery = z.output<typeof ZInvoiceListQuery>;

/** The URL query of a list state, without the defaults. */
export function invoiceListSearch(query: TInvoiceListQuery, change: Partial<TInvoiceListQuery> = {}) {
  const next = { ...query, ...change };
  const params = new URLSearchParams();
  if (next.q) params.set('q', next.q);
  if (next.status !== 'all') params.set('status', next.status);
  if (next.client) params.set('client', next.client);
  if (next.page > 1) params.set('page', String(next.page));
  const text = params.toString();
  return text ? `?${text}` : '';
}
