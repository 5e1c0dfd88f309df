// GET /api/portal/[portal]/invoices/[invoiceId]/pdf - the invoice as a PDF, for its client only
import { getInvoice } from '@/lib/invoices/get-client-invoice';
import { renderInvoicePdf } from '@/lib/invoices/invoice-pdf';
import { notFoundResponse, pdfContext, pdfResponse } from '@/lib/auth/guards/pdf-context';

export async function GET(
  _request: Request,
  { params }: RouteContext<'/api/portal/[portal]/invoices/[invoiceId]/pdf'>,
) {
  const { portal, invoiceId } = await params;
  const ctx = await pdfContext(portal);
  const invoice = ctx ? await getInvoice({ businessId: ctx.business.id, clientId: ctx.client.id, invoiceId }) : null;
  if (!ctx || !invoice) return notFoundResponse();
  return pdfResponse(await renderInvoicePdf(invoice, ctx.pdf), `invoice-${invoice.number}.pdf`);
}
