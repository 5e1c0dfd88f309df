import type { Metadata } from 'next';
import { EmptyState } from '@/components/ui/data-table';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Money } from '@/components/portal/money';
import { DAY, dayForFormat } from '@/lib/time/calendar-day';
import { Pagination } from '@/components/ui/pagination';
import { INVOICE_FILTERS, type TInvoiceFilter } from '@/lib/invoices/invoice-status';
import { listInvoices } from '@/lib/invoices/list-client-invoices';
import { ZPage } from '@/lib/format/pagination';
import { portalContext } from '@/lib/auth/guards/portal-context';
import { FilterBar, FilterSelect } from '@/components/ui/filter-bar';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('invoices'))('title') };
}

export default async function InvoicesPage({ params, searchParams }: PageProps<'/p/[portal]/invoices'>) {
  const { business, client } = await portalContext(params);
  const query = await searchParams;
  const filter: TInvoiceFilter = (INVOICE_FILTERS as readonly string[]).includes(String(query.status))
    ? (query.status as TInvoiceFilter)
    : 'all';
  const page = ZPage.parse(query.page);
  const [t, format, list] = await Promise.all([
    getTranslations('invoices'),
    getFormatter(),
    listInvoices({ businessId: business.id, clientId: client.id, filter, page, timezone: business.timezone }),
  ]);
  const date = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeZone: business.timezone });
  return (
    <main id="main" className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      {list.balanceDue.length > 0 && (
        <p className="rounded-2xl bg-amber-50 p-4 text-amber-900 ring-1 ring-amber-200">
          {t('balance')}:{' '}
          {list.balanceDue.map((b) => (
            <strong key={b.currency} className="ml-1">
              <Money minor={b.amountMinor} currency={b.currency} />
            </strong>
          ))}
        </p>
      )}
      <FilterBar action={`/p/${business.slug}/invoices`} submitLabel={t('apply')} look="secondary">
        <FilterSelect
          id="status"
          name="status"
          label={t('filter')}
          defaultValue={filter}
          options={INVOICE_FILTERS.map((f) => ({ value: f, label: t(`filters.${f}`) }))}
        />
      </FilterBar>
      {list.items.length === 0 ? (
        <EmptyState>{t('empty', { business: business.name })}</EmptyState>
      ) : (
        <ul className="flex flex-col gap-3">
          {list.items.map((inv) => (
            <li key={inv.id}>
              <Link
                href={`/p/${business.slug}/invoices/${inv.id}`}
                className="flex flex-col gap-1 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200 hover:ring-slate-400"
              >
                <span className="flex justify-between gap-3">
                  <span className="font-semibold">
                    {t(inv.kind === 'credit_note' ? 'creditNumber' : 'number', { number: inv.number ?? '' })}
                  </span>
                  <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium">
                    {t(`status.${inv.displayStatus}`)}
                  </span>
                </span>
                <span className="text-sm text-slate-700">
                  {t('issued')} {date(inv.issuedAt)} · {t('due')}{' '}
                  {inv.dueOn ? format.dateTime(dayForFormat(inv.dueOn), DAY) : '—'}
                </span>
                <span className="font-medium">
                  {t('total')}: <Money minor={inv.totalMinor} currency={inv.currency} />
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <Pagination
        page={page}
        pages={list.pages}
        href={(p) => `/p/${business.slug}/invoices?${new URLSearchParams({ status: filter, page: String(p) })}`}
      />
    </main>
  );
}
