import 'server-only';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { clientWhere } from './client-where';
import { CLIENT_PAGE_SIZE, type TClientListQuery } from './schemas';
import { CLIENT_CONTACT_SELECT } from '@/lib/business/client-scope';

/** One page of a business's clients (filters and search: client-where.ts) and the total: bounded queries at any size. */
export async function listClients(business: { id: string; country: string }, query: TClientListQuery) {
  const where = clientWhere(business, query);
  const [rows, total] = await Promise.all([
    db.client.findMany({
      where,
      select: {
        ...CLIENT_CONTACT_SELECT,
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
