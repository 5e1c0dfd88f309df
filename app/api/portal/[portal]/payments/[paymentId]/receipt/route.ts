// GET /api/portal/[portal]/payments/[paymentId]/receipt - a payment receipt PDF, for its client only
import { getPayment } from '@/lib/invoices/get-client-payment';
import { renderReceiptPdf } from '@/lib/invoices/invoice-pdf';
import { notFoundResponse, pdfContext, pdfResponse } from '@/lib/auth/guards/pdf-context';

export async function GET(
  _request: Request,
  { params }: RouteContext<'/api/portal/[portal]/payments/[paymentId]/receipt'>,
) {
  const { portal, paymentId } = await params;
  const ctx = await pdfContext(portal);
  const payment = ctx ? await getPayment({ businessId: ctx.business.id, clientId: ctx.client.id, paymentId }) : null;
  if (!ctx || !payment) return notFoundResponse();
  return pdfResponse(await renderReceiptPdf(payment, ctx.pdf), `receipt-${payment.reference ?? payment.id}.pdf`);
}
