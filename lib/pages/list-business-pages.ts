import 'server-only';
import { db, isPostgres } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { accessState } from '@/lib/pages/page-access';

/** The business's restricted pages with how many clients have current access: two queries. */
export async function listBusinessPages(businessId: string, q = '', now = new Date()) {
  const text = (value: string) =>
    ({ contains: value, ...(isPostgres() ? { mode: 'insensitive' } : {}) }) as Prisma.StringFilter;
  const [pages, current] = await Promise.all([
    db.restrictedPage.findMany({
      where: { businessId, ...(q ? { OR: [{ title: text(q) }, { slug: text(q) }] } : {}) },
      select: { id: true, title: true, slug: true, published: true, _count: { select: { accesses: true } } },
      orderBy: { title: 'asc' },
      take: 200,
    }),
    db.pageAccess.groupBy({
      by: ['pageId'],
      where: { businessId, from: { lte: now }, OR: [{ until: null }, { until: { gt: now } }] },
      _count: { _all: true },
    }),
  ]);
  const currentBy = new Map(current.map((c) => [c.pageId, c._count._all]));
  return pages.map((p) => ({ ...p, listed: p._count.accesses, current: currentBy.get(p.id) ?? 0 }));
}

/** One page of this business with its files and its client list (each access current, upcoming or ended). */
export async function getBusinessPage({
  businessId,
  pageId,
  now = new Date(),
}: {
  businessId: string;
  pageId: string;
  now?: Date;
}) {
  const page = await db.restrictedPage.findFirst({
    where: { id: pageId, businessId },
    select: {
      id: true,
      title: true,
      slug: true,
      body: true,
      published: true,
      files: { select: { id: true, title: true, fileName: true, sizeBytes: true }, orderBy: { createdAt: 'asc' } },
      accesses: {
        select: {
          id: true,
          from: true,
          until: true,
          grantedBy: true,
          client: { select: { id: true, firstName: true, lastName: true, email: true } },
        },
        orderBy: [{ client: { lastName: 'asc' } }, { client: { firstName: 'asc' } }],
        take: 500,
      },
    },
  });
  if (!page) return null;
  return {
    ...page,
    accesses: page.accesses.map((a) => {
      const state = accessState(a, now);
      return {
        ...a,
        state:
          state === 'expired' ? ('ended' as const) : state === 'active' ? ('current' as const) : ('upcoming' as const),
      };
    }),
  };
}
