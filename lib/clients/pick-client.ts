import 'server-only';
import { clientWhere } from '@/lib/clients/client-where';
import { db } from '@/lib/db';

const name = (c: { firstName: string; lastName: string }) => `${c.firstName} ${c.lastName}`.trim();

/** A card of this business that can be invoiced or booked (not archived), or null. */
export async function findActiveClient(businessId: string, clientId: string) {
  const client = await db.client.findFirst({
    where: { id: clientId, businessId, status: { not: 'archived' } },
    select: { id: true, firstName: true, lastName: true },
  });
  return client ? { id: client.id, name: name(client) } : null;
}

/** Up to 10 active cards matching a search, for choosing who an invoice or an appointment is for. */
export async function searchActiveClients(business: { id: string; country: string }, q: string) {
  const rows = await db.client.findMany({
    where: clientWhere(business, {
      q,
      status: 'active',
      source: undefined,
      neverSignedIn: false,
      twoStep: false,
      sort: 'name',
      page: 1,
    }),
    select: { id: true, firstName: true, lastName: true, email: true },
    orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }],
    take: 10,
  });
  return rows.map((r) => ({ id: r.id, name: name(r), email: r.email }));
}
