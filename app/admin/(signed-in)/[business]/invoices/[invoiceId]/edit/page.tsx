import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { InvoiceForm } from '@/components/admin/invoices/invoice-form';
import { saveInvoiceDraftAction } from '@/lib/actions/admin-invoices';
import { requireStaffPermission } from '@/lib/auth/guards/require-staff-permission';
import { getBusinessInvoice } from '@/lib/invoices/get-business-invoice';
import { formatBpForInput, formatMinorForInput } from '@/lib/format/money';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.invoices'))('detail.edit') };
}

/** Change a draft; an issued invoice is never edited (it is corrected by a credit note). */
export default async function EditInvoicePage({ params }: PageProps<'/admin/[business]/invoices/[invoiceId]/edit'>) {
  const { business: slug, invoiceId } = await params;
  const { business } = await requireStaffPermission(slug, 'invoices.write');
  const invoice = await getBusinessInvoice({ businessId: business.id, invoiceId });
  if (!invoice) notFound();
  const base = `/admin/${business.slug}/invoices`;
  if (invoice.status !== 'draft') redirect(`${base}/${invoice.id}`);
  const [t, locale] = await Promise.all([getTranslations('admin.invoices'), getLocale()]);
  return (
    <main id="main" className="flex flex-col gap-4">
      <Link
        href={`${base}/${invoice.id}`}
        className="inline-flex min-h-11 items-center self-start text-blue-800 underline"
      >
        {t('back')}
      </Link>
      <h1 className="text-2xl font-semibold">{t(invoice.kind === 'credit_note' ? 'draftCredit' : 'draft')}</h1>
      <InvoiceForm
        initial={{
          clientId: invoice.client.id,
          dueDate: invoice.dueOn ?? '',
          discount: invoice.discountMinor ? formatMinorForInput(invoice.discountMinor, invoice.currency, locale) : '',
          notes: invoice.notes ?? '',
          lines: invoice.lines.map((l) => ({
            description: l.description,
            quantity: String(l.quantity),
            unitPrice: formatMinorForInput(l.unitPriceMinor, invoice.currency, locale),
            taxRate: formatBpForInput(l.taxRateBp, locale),
          })),
        }}
        clientName={`${invoice.client.firstName} ${invoice.client.lastName}`.trim()}
        currency={invoice.currency}
        defaultTaxRate={formatBpForInput(business.defaultTaxRateBp, locale)}
        save={saveInvoiceDraftAction.bind(null, business.slug, invoice.id)}
        invoicesPath={base}
      />
    </main>
  );
}
