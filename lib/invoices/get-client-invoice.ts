import 'server-only';
import { db } from '@/lib/db';
import { BUSINESS_ON_INVOICE } from '@/lib/invoices/business-on-invoice';
import { todayIn } from '@/lib/time/calendar-day';
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
      kind: true,
      creditedInvoiceId: true,
      currency: true,
      status: true,
      issuedAt: true,
      dueOn: true,
      subtotalMinor: true,
      taxMinor: true,
      totalMinor: true,
      paidMinor: true,
      discountMinor: true,
      creditedMinor: true,
      notes: true,
      business: { select: BUSINESS_ON_INVOICE },
      client: { select: { billingAddress: true, taxNumber: true } },
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
  if (!invoice) return null;
  // a credit note names the invoice it corrects (same client, same business)
  const corrects = invoice.creditedInvoiceId ? await correctedNumber(businessId, invoice.creditedInvoiceId) : null;
  return { ...invoice, displayStatus: displayStatus(invoice, todayIn(invoice.business.timezone, now)), corrects };
}

async function correctedNumber(businessId: string, invoiceId: string) {
  const original = await db.invoice.findFirst({
    where: { id: invoiceId, businessId },
    select: { number: true },
  });
  return original?.number ?? null;
}
