import 'server-only';
import { normalizePhone } from '@/lib/auth/identifiers';
import { db, isPostgres } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { CLIENT_PAGE_SIZE, type TClientListQuery } from './schemas';

/**
 * One page of a business's clients and the total: two queries at any size. The search
 * matches every word against first name, last name or email (case-insensitive), and a
 * phone number typed in any national or international form finds its card (E.164),
 * as do 4 or more of its digits. The demo client never appears.
 */
export async function listClients(business: { id: string; country: string }, query: TClientListQuery) {
  const where = clientWhere(business, query);
  const [rows, total] = await Promise.all([
    db.client.findMany({
      where,
      select: {
        id: true,
        firstName: true,
        lastName: true,
        email: true,
        phone: true,
        status: true,
        source: true,
        lastSignInAt: true,
        createdAt: true,
        identity: { select: { totpEnabledAt: true } },
      },
      orderBy: ORDER[query.sort],
      take: CLIENT_PAGE_SIZE,
      skip: (query.page - 1) * CLIENT_PAGE_SIZE,
    }),
    db.client.count({ where }),
  ]);
  return { rows, total, pages: Math.max(1, Math.ceil(total / CLIENT_PAGE_SIZE)) };
}

const ORDER = {
  name: [{ lastName: 'asc' }, { firstName: 'asc' }, { id: 'asc' }],
  newest: [{ createdAt: 'desc' }, { id: 'asc' }],
  last_sign_in: [{ lastSignInAt: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }],
} satisfies Record<TClientListQuery['sort'], Prisma.ClientOrderByWithRelationInput[]>;

function clientWhere(business: { id: string; country: string }, query: TClientListQuery): Prisma.ClientWhereInput {
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
