import 'server-only';
import { db } from '@/lib/db';
import { displayStatus } from '@/lib/invoices/invoice-status';
import { todayIn } from '@/lib/time/calendar-day';
import { BUSINESS_ON_INVOICE } from './business-on-invoice';

/** One invoice of this business with its lines, payments, client and credit notes; null for another business's id. */
export async function getBusinessInvoice({
  businessId,
  invoiceId,
  now = new Date(),
}: {
  businessId: string;
  invoiceId: string;
  now?: Date;
}) {
  const invoice = await db.invoice.findFirst({
    where: { id: invoiceId, businessId },
    include: {
      lines: { orderBy: { position: 'asc' } },
      payments: { orderBy: { paidAt: 'asc' } },
      business: { select: BUSINESS_ON_INVOICE },
      client: {
        select: {
          id: true,
          firstName: true,
          lastName: true,
          email: true,
          billingAddress: true,
          taxNumber: true,
          isDemo: true,
        },
      },
    },
  });
  if (!invoice) return null;
  const related = await db.invoice.findMany({
    where: {
      businessId,
      OR: [
        { creditedInvoiceId: invoice.id },
        ...(invoice.creditedInvoiceId ? [{ id: invoice.creditedInvoiceId }] : []),
      ],
    },
    select: { id: true, number: true, kind: true, status: true, totalMinor: true },
    orderBy: { createdAt: 'asc' },
  });
  return { ...invoice, displayStatus: displayStatus(invoice, todayIn(invoice.business.timezone, now)), related };
}
