import 'server-only';
import { db, isPostgres } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { displayStatus, statusWhere } from '@/lib/invoices/invoice-status';
import { todayIn } from '@/lib/time/calendar-day';
import type { TInvoiceListQuery } from './invoice-list-query';

const PAGE_SIZE = 25;

/** The business's invoices and credit notes: search by number or client, a status, newest first; two queries. */
export async function listBusinessInvoices(
  business: { id: string; timezone: string },
  query: TInvoiceListQuery,
  now = new Date(),
) {
  const businessId = business.id;
  const today = todayIn(business.timezone, now);
  const text = (value: string) =>
    ({ contains: value, ...(isPostgres() ? { mode: 'insensitive' } : {}) }) as Prisma.StringFilter;
  const and: Prisma.InvoiceWhereInput[] = [
    { businessId },
    statusWhere(query.status, today, {}) as Prisma.InvoiceWhereInput,
  ];
  if (query.client) and.push({ clientId: query.client });
  if (query.q)
    and.push({
      OR: [
        { number: text(query.q) },
        { client: { OR: [{ firstName: text(query.q) }, { lastName: text(query.q) }, { email: text(query.q) }] } },
      ],
    });
  const where = { AND: and };
  const [rows, total] = await Promise.all([
    db.invoice.findMany({
      where,
      select: {
        id: true,
        number: true,
        kind: true,
        status: true,
        currency: true,
        issuedAt: true,
        dueOn: true,
        totalMinor: true,
        paidMinor: true,
        creditedMinor: true,
        client: { select: { id: true, firstName: true, lastName: true } },
      },
      orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      take: PAGE_SIZE,
      skip: (query.page - 1) * PAGE_SIZE,
    }),
    db.invoice.count({ where }),
  ]);
  return {
    rows: rows.map((r) => ({ ...r, displayStatus: displayStatus(r, today) })),
    total,
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
  };
}
