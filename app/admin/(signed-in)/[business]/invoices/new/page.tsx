import type { Metadata } from 'next';
import { ClientPicker } from '@/components/admin/client-picker';
import { SubPage } from '@/components/ui/page-header';
import { getLocale, getTranslations } from 'next-intl/server';
import { InvoiceForm } from '@/components/admin/invoices/invoice-form';
import { saveInvoiceDraftAction } from '@/lib/actions/admin-invoices';
import { requireStaffPermission } from '@/lib/auth/guards/require-staff-permission';
import { findActiveClient, searchActiveClients } from '@/lib/clients/pick-client';
import { formatBpForInput } from '@/lib/format/money';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.invoices'))('newTitle') };
}

/** A new invoice: first the client (a search, never a list of every card), then the lines. */
export default async function NewInvoicePage({ params, searchParams }: PageProps<'/admin/[business]/invoices/new'>) {
  const { business } = await requireStaffPermission((await params).business, 'invoices.write');
  const search = await searchParams;
  const clientId = typeof search.client === 'string' ? search.client : '';
  const q = typeof search.q === 'string' ? search.q.slice(0, 100) : '';
  const [t, locale] = await Promise.all([getTranslations('admin.invoices'), getLocale()]);
  const base = `/admin/${business.slug}/invoices`;
  const client = clientId ? await findActiveClient(business.id, clientId) : null;
  if (client) {
    return (
      <SubPage back={base} backLabel={t('back')} title={t('newTitle')}>
        <InvoiceForm
          initial={{
            clientId: client.id,
            dueDate: '',
            discount: '',
            notes: '',
            lines: [
              {
                description: '',
                quantity: '1',
                unitPrice: '',
                taxRate: formatBpForInput(business.defaultTaxRateBp, locale),
              },
            ],
          }}
          clientName={client.name}
          currency={business.currency}
          defaultTaxRate={formatBpForInput(business.defaultTaxRateBp, locale)}
          save={saveInvoiceDraftAction.bind(null, business.slug, null)}
          invoicesPath={base}
        />
      </SubPage>
    );
  }
  const matches = q ? await searchActiveClients(business, q) : [];
  return (
    <SubPage back={base} backLabel={t('back')} title={t('newTitle')} wide="max-w-2xl">
      <ClientPicker
        action={`${base}/new`}
        id="invoice-client-search"
        label={t('pickClient')}
        hint={t('pickClientHint')}
        submitLabel={t('search')}
        q={q}
        matches={matches}
        href={(c) => `${base}/new?client=${c.id}`}
        pick={(name) => t('pick', { name })}
        none={t('noClients')}
      />
    </SubPage>
  );
}
