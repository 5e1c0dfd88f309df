import 'server-only';
import { db } from '@/lib/db';
import { displayStatus } from './invoice-status';

/** One invoice of this client with its lines and payments; null for anyone else's id (a 404). */
export async function getInvoice({
  businessId,
  clientId,
  invoiceId,
  now = new Date(),
}: {
  businessId: string;
  clientId: string;
  invoiceId: string;
  now?: Date;
}) {
  const invoice = await db.invoice.findFirst({
    where: { id: invoiceId, businessId, clientId, status: { not: 'draft' } },
    select: {
      id: true,
      number: true,
      currency: true,
      status: true,
      issuedAt: true,
      dueAt: true,
      subtotalMinor: true,
      taxMinor: true,
      totalMinor: true,
      paidMinor: true,
      notes: true,
      lines: {
        select: {
          id: true,
          description: true,
          quantity: true,
          unitPriceMinor: true,
          taxRateBp: true,
          totalMinor: true,
        },
        orderBy: { position: 'asc' },
      },
      payments: {
        select: { id: true, amountMinor: true, currency: true, method: true, reference: true, paidAt: true },
        orderBy: { paidAt: 'asc' },
      },
    },
  });
  return invoice ? { ...invoice, displayStatus: displayStatus(invoice, now) } : null;
}
