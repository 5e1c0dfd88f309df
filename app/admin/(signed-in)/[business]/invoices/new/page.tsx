import type { Metadata } from 'next';
import { SubPage } from '@/components/ui/page-header';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { InvoiceForm } from '@/components/admin/invoices/invoice-form';
import { saveInvoiceDraftAction } from '@/lib/actions/admin-invoices';
import { requireStaffPermission } from '@/lib/auth/guards/require-staff-permission';
import { findActiveClient, searchActiveClients } from '@/lib/clients/pick-client';
import { formatBpForInput } from '@/lib/format/money';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.invoices'))('newTitle') };
}

const field = 'min-h-11 rounded-lg border border-slate-400 bg-white px-2';

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
      <form action={`${base}/new`} role="search" className="flex flex-wrap items-end gap-3">
        <div className="flex min-w-64 flex-1 flex-col gap-1">
          <label htmlFor="invoice-client-search" className="font-medium">
            {t('pickClient')}
          </label>
          <p id="invoice-client-hint" className="text-sm text-slate-600">
            {t('pickClientHint')}
          </p>
          <input
            id="invoice-client-search"
            type="search"
            name="q"
            defaultValue={q}
            aria-describedby="invoice-client-hint"
            className={field}
          />
        </div>
        <button type="submit" className="min-h-11 rounded-lg bg-slate-900 px-4 font-semibold text-white">
          {t('search')}
        </button>
      </form>
      {q &&
        (matches.length === 0 ? (
          <p role="status">{t('noClients')}</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {matches.map((c) => (
              <li key={c.id}>
                <Link
                  href={`${base}/new?client=${c.id}`}
                  className="inline-flex min-h-11 items-center rounded-lg border border-slate-300 bg-white px-3"
                >
                  {t('pick', { name: c.name })}
                  {c.email && <span className="ml-2 text-sm text-slate-600">{c.email}</span>}
                </Link>
              </li>
            ))}
          </ul>
        ))}
    </SubPage>
  );
}
