import { z } from 'zod';

// The client list's state, read from the URL (a view can be bookmarked or shared).
// Anything odd falls back to the default instead of failing the page.
export const CLIENT_STATUSES = ['active', 'archived', 'all'] as const;
export const CLIENT_SOURCES = ['booking', 'contact_form', 'payment', 'import', 'manual', 'self_signup'] as const;
export const CLIENT_SORTS = ['name', 'newest', 'last_sign_in'] as const;
export const CLIENT_PAGE_SIZE = 25;

export const ZClientListQuery = z.object({
  q: z.string().trim().max(100).catch(''),
  status: z.enum(CLIENT_STATUSES).catch('active'),
  source: z.enum(CLIENT_SOURCES).optional().catch(undefined),
  neverSignedIn: z
    .literal('1')
    .optional()
    .catch(undefined)
    .transform((v) => v === '1'),
  twoStep: z
    .literal('1')
    .optional()
    .catch(undefined)
    .transform((v) => v === '1'),
  sort: z.enum(CLIENT_SORTS).catch('name'),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type TClientListQuery = z.output<typeof ZClientListQuery>;

/** The URL query of a list state, without the defaults (short, shareable links). */
export function clientListSearch(query: TClientListQuery, change: Partial<TClientListQuery> = {}) {
  const next = { ...query, ...change };
  const params = new URLSearchParams();
  if (next.q) params.set('q', next.q);
  if (next.status !== 'active') params.set('status', next.status);
  if (next.source) params.set('source', next.source);
  if (next.neverSignedIn) params.set('neverSignedIn', '1');
  if (next.twoStep) params.set('twoStep', '1');
  if (next.sort !== 'name') params.set('sort', next.sort);
  if (next.page > 1) params.set('page', String(next.page));
  const text = params.toString();
  return text ? `?${text}` : '';
}
