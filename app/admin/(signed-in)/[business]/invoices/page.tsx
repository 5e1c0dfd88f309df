import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Money } from '@/components/portal/money';
import { Cell, DataTable, Row, RowHeader } from '@/components/ui/data-table';
import { FilterBar, FilterSearch, FilterSelect } from '@/components/ui/filter-bar';
import { FormAlert } from '@/components/ui/form-alert';
import { LinkButton, PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { can } from '@/lib/auth/guards/permissions';
import { requireStaffPermission } from '@/lib/auth/guards/require-staff-permission';
import { ADMIN_INVOICE_STATUSES, invoiceListSearch, ZInvoiceListQuery } from '@/lib/invoices/invoice-list-query';
import { listBusinessInvoices } from '@/lib/invoices/list-business-invoices';
import { invoiceBalance } from '@/lib/invoices/settled-status';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.invoices'))('title') };
}

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
      <PageHeader title={t('title')}>
        {can(role, 'invoices.write') && <LinkButton href={`${base}/new`}>{t('new')}</LinkButton>}
      </PageHeader>
      <FormAlert message={search.done === 'deleted' ? t('detail.deleted') : null} tone="success" />
      <FilterBar action={base} submitLabel={t('apply')}>
        <FilterSearch
          id="invoice-search"
          name="q"
          label={t('search')}
          defaultValue={query.q}
          placeholder={t('searchHint')}
        />
        <FilterSelect
          id="invoice-status"
          name="status"
          label={t('status')}
          defaultValue={query.status}
          options={ADMIN_INVOICE_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
        />
        {query.client && <input type="hidden" name="client" value={query.client} />}
      </FilterBar>
      <DataTable
        caption={t('title')}
        columns={(['number', 'client', 'issued', 'total', 'balance', 'status'] as const).map((c) => t(`columns.${c}`))}
        count={t('count', { count: list.total })}
        empty={list.rows.length > 0 ? null : filtered ? t('noMatch') : t('empty')}
      >
        {list.rows.map((inv) => (
          <Row key={inv.id}>
            <RowHeader>
              <Link href={`${base}/${inv.id}`} className="text-blue-800 underline underline-offset-4">
                {inv.number
                  ? t(inv.kind === 'credit_note' ? 'creditNumber' : 'invoiceNumber', { number: inv.number })
                  : t(inv.kind === 'credit_note' ? 'draftCredit' : 'draft')}
              </Link>
            </RowHeader>
            <Cell>{`${inv.client.firstName} ${inv.client.lastName}`.trim()}</Cell>
            <Cell>{format.dateTime(inv.issuedAt, { dateStyle: 'medium', timeZone: business.timezone })}</Cell>
            <Cell>
              <Money minor={inv.totalMinor} currency={inv.currency} />
            </Cell>
            <Cell>
              {inv.kind === 'invoice' && inv.status === 'open' ? (
                <Money minor={invoiceBalance(inv)} currency={inv.currency} />
              ) : (
                '—'
              )}
            </Cell>
            <Cell>{t(`statuses.${inv.displayStatus}`)}</Cell>
          </Row>
        ))}
      </DataTable>
      <Pagination
        page={query.page}
        pages={list.pages}
        href={(page) => `${base}${invoiceListSearch(query, { page })}`}
      />
    </main>
  );
}
