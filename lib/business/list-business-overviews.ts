import 'server-only';
import { db } from '@/lib/db';

/**
 * The businesses a staff identity belongs to, with headline counts. Four queries
 * whatever the number of businesses or records (grouped counts, no N+1).
 */
export async function listBusinessOverviews(identityId: string, now = new Date()) {
  const memberships = await db.staffMember.findMany({
    where: { identityId },
    select: {
      role: true,
      business: { select: { id: true, slug: true, name: true, accentColor: true, logoUrl: true } },
    },
    orderBy: { createdAt: 'asc' },
  });
  const businessId = { in: memberships.map((m) => m.business.id) };
  const [clients, upcoming, openInvoices] = await Promise.all([
    db.client.groupBy({
      by: ['businessId'],
      where: { businessId, status: 'active', isDemo: false },
      _count: { _all: true },
    }),
    db.appointment.groupBy({
      by: ['businessId'],
      where: { businessId, status: 'booked', startsAt: { gte: now }, client: { isDemo: false } },
      _count: { _all: true },
    }),
    db.invoice.groupBy({
      by: ['businessId'],
      where: { businessId, status: 'open', client: { isDemo: false } },
      _count: { _all: true },
    }),
  ]);
  const count = (rows: { businessId: string; _count: { _all: number } }[], id: string) =>
    rows.find((r) => r.businessId === id)?._count._all ?? 0;
  return memberships.map(({ role, business }) => ({
    role,
    business,
    clients: count(clients, business.id),
    upcoming: count(upcoming, business.id),
    openInvoices: count(openInvoices, business.id),
  }));
}
