import { normalizePhone } from '@/lib/format/identifiers';
import { isPostgres } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { TClientListQuery } from './schemas';

/**
 * The filter of the client list and its export: this business's cards (never the demo
 * client), by status, source, sign-in and two-step, and the search: every word against
 * first name, last name or email (case-insensitive); a phone number typed in any national
 * or international form finds its card (E.164), as do 4 or more of its digits.
 */
export function clientWhere(
  business: { id: string; country: string },
  query: TClientListQuery,
): Prisma.ClientWhereInput {
  const and: Prisma.ClientWhereInput[] = [{ businessId: business.id, isDemo: false }];
  if (query.status === 'active') and.push({ status: { not: 'archived' } });
  if (query.status === 'archived') and.push({ status: 'archived' });
  if (query.source) and.push({ source: query.source });
  if (query.neverSignedIn) and.push({ lastSignInAt: null });
  if (query.twoStep) and.push({ identity: { totpEnabledAt: { not: null } } });
  if (query.q) and.push(searchWhere(query.q, business.country));
  return { AND: and };
}

function searchWhere(q: string, country: string): Prisma.ClientWhereInput {
  const phone = normalizePhone(q, country);
  if (phone) return { phone };
  const digits = q.replace(/[\s().-]/g, '');
  if (/^\+?\d{4,}$/.test(digits)) return { phone: { contains: digits.replace(/^\+/, '') } };
  // SQLite's LIKE is case-insensitive for ASCII; PostgreSQL needs `mode` (absent from SQLite's types)
  const text = (value: string) =>
    ({ contains: value, ...(isPostgres() ? { mode: 'insensitive' } : {}) }) as Prisma.StringFilter;
  return {
    AND: q
      .split(/\s+/)
      .slice(0, 5)
      .map((word) => ({ OR: [{ firstName: text(word) }, { lastName: text(word) }, { email: text(word) }] })),
  };
}
