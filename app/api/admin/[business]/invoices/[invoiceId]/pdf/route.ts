// GET /api/admin/[business]/invoices/[invoiceId]/pdf - an issued invoice as the client gets it (staff of that business)
import { getLocale } from 'next-intl/server';
import { withStaffAction } from '@/lib/auth/guards/with-staff-action';
import { getBusinessInvoice } from '@/lib/invoices/get-business-invoice';
import { loadMessages, messageLocale } from '@/lib/i18n/locales';
import { renderInvoicePdf } from '@/lib/invoices/invoice-pdf';
import { pdfResponse } from '@/lib/auth/guards/pdf-context';

export async function GET(
  _request: Request,
  { params }: RouteContext<'/api/admin/[business]/invoices/[invoiceId]/pdf'>,
) {
  const { business: slug, invoiceId } = await params;
  const result = await withStaffAction(slug, 'clients.read', async ({ business }) => {
    const invoice = await getBusinessInvoice({ businessId: business.id, invoiceId });
    if (!invoice || invoice.status === 'draft') return null;
    // the reader's full locale formats dates and money (en-GB: day first); its language picks the text
    const locale = await getLocale();
    const corrects = invoice.related.find((r) => r.id === invoice.creditedInvoiceId)?.number ?? null;
    const bytes = await renderInvoicePdf(
      { ...invoice, corrects },
      { locale, messages: await loadMessages(messageLocale(locale)), business, client: invoice.client },
    );
    return { bytes, fileName: `invoice-${invoice.number}.pdf` };
  });
  // another business, no session, an unknown id or a draft: 404; a role without the permission: 403
  if (!result || 'error' in result) return new Response(null, { status: result?.error === 'forbidden' ? 403 : 404 });
  return pdfResponse(result.bytes, result.fileName);
}
