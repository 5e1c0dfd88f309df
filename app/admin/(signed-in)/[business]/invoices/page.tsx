import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Money } from '@/components/portal/money';
import { FormAlert } from '@/components/ui/form-alert';
import { Pagination } from '@/components/ui/pagination';
import { can } from '@/lib/auth/guards/permissions';
import { requireStaffPermission } from '@/lib/auth/guards/require-staff-permission';
import { ADMIN_INVOICE_STATUSES, invoiceListSearch, ZInvoiceListQuery } from '@/lib/invoices/invoice-list-query';
import { listBusinessInvoices } from '@/lib/invoices/list-business-invoices';
import { invoiceBalance } from '@/lib/invoices/settled-status';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.invoices'))('title') };
}

const field = 'min-h-11 rounded-lg border border-slate-400 bg-white px-2';

export default async function InvoicesPage({ params, searchParams }: PageProps<'/admin/[business]/invoices'>) {
  const { business, role } = await requireStaffPermission((await params).business, 'clients.read');
  const search = await searchParams;
  const query = ZInvoiceListQuery.parse(search);
  const [t, format, list] = await Promise.all([
    getTranslations('admin.invoices'),
    getFormatter(),
    listBusinessInvoices(business, query),
  ]);
  const base = `/admin/${business.slug}/invoices`;
  const filtered = query.q || query.status !== 'all' || query.client;
  return (
    <main id="main" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        {can(role, 'invoices.write') && (
          <Link
            href={`${base}/new`}
            className="inline-flex min-h-11 items-center rounded-lg bg-slate-900 px-4 font-semibold text-white"
          >
            {t('new')}
          </Link>
        )}
      </div>
      <FormAlert message={search.done === 'deleted' ? t('detail.deleted') : null} tone="success" />
      <form action={base} role="search" className="flex flex-wrap items-end gap-3">
        <div className="flex min-w-64 flex-1 flex-col gap-1">
          <label htmlFor="invoice-search" className="text-sm font-medium">
            {t('search')}
          </label>
          <input
            id="invoice-search"
            type="search"
            name="q"
            defaultValue={query.q}
            placeholder={t('searchHint')}
            className={field}
          />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="invoice-status" className="text-sm font-medium">
            {t('status')}
          </label>
          <select id="invoice-status" name="status" defaultValue={query.status} className={field}>
            {ADMIN_INVOICE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`statuses.${s}`)}
              </option>
            ))}
          </select>
        </div>
        {query.client && <input type="hidden" name="client" value={query.client} />}
        <button type="submit" className="min-h-11 rounded-lg bg-slate-900 px-4 font-semibold text-white">
          {t('apply')}
        </button>
      </form>
      <p role="status" className="text-sm text-slate-700">
        {t('count', { count: list.total })}
      </p>
      {list.rows.length === 0 ? (
        <p className="rounded-2xl bg-white p-6 ring-1 ring-slate-200">{filtered ? t('noMatch') : t('empty')}</p>
      ) : (
        <div className="overflow-x-auto rounded-2xl bg-white shadow-sm ring-1 ring-slate-200">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t('title')}</caption>
            <thead className="bg-slate-50 text-slate-700">
              <tr>
                {(['number', 'client', 'issued', 'total', 'balance', 'status'] as const).map((c) => (
                  <th key={c} scope="col" className="px-4 py-3 font-medium">
                    {t(`columns.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {list.rows.map((inv) => (
                <tr key={inv.id} className="border-t border-slate-100 hover:bg-slate-50">
                  <th scope="row" className="px-4 py-3 font-medium">
                    <Link href={`${base}/${inv.id}`} className="text-blue-800 underline underline-offset-4">
                      {inv.number
                        ? t(inv.kind === 'credit_note' ? 'creditNumber' : 'invoiceNumber', { number: inv.number })
                        : t(inv.kind === 'credit_note' ? 'draftCredit' : 'draft')}
                    </Link>
                  </th>
                  <td className="px-4 py-3">{`${inv.client.firstName} ${inv.client.lastName}`.trim()}</td>
                  <td className="px-4 py-3">
                    {format.dateTime(inv.issuedAt, { dateStyle: 'medium', timeZone: business.timezone })}
                  </td>
                  <td className="px-4 py-3">
                    <Money minor={inv.totalMinor} currency={inv.currency} />
                  </td>
                  <td className="px-4 py-3">
                    {inv.kind === 'invoice' && inv.status === 'open' ? (
                      <Money minor={invoiceBalance(inv)} currency={inv.currency} />
                    ) : (
                      '—'
                    )}
                  </td>
                  <td className="px-4 py-3">{t(`statuses.${inv.displayStatus}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination
        page={query.page}
        pages={list.pages}
        href={(page) => `${base}${invoiceListSearch(query, { page })}`}
      />
    </main>
  );
}
