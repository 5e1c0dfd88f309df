import type { Metadata } from 'next';
import { LinkButton, PageHeader } from '@/components/ui/page-header';
import { FormAlert } from '@/components/ui/form-alert';
import { Cell, DataTable, Row } from '@/components/ui/data-table';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Money } from '@/components/portal/money';
import { requireStaffPermission } from '@/lib/auth/guards/require-staff-permission';
import { listProducts } from '@/lib/products/save-product';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.products'))('title') };
}

/** What the portal sells: each product's price and the page it opens. */
export default async function ProductsPage({ params, searchParams }: PageProps<'/admin/[business]/products'>) {
  const { business } = await requireStaffPermission((await params).business, 'settings.write');
  const [t, products, query] = await Promise.all([
    getTranslations('admin.products'),
    listProducts(business.id),
    searchParams,
  ]);
  const base = `/admin/${business.slug}/products`;
  return (
    <main id="main" className="flex flex-col gap-4">
      <PageHeader title={t('title')}>
        <div className="flex flex-wrap gap-2">
          <LinkButton look="secondary" href={`/admin/${business.slug}/orders`}>
            {t('ordersLink')}
          </LinkButton>
          <LinkButton href={`${base}/new`}>{t('new')}</LinkButton>
        </div>
      </PageHeader>
      <p className="text-slate-700">{t('lead')}</p>
      <FormAlert message={query.saved === '1' ? t('saved') : null} tone="success" />
      <DataTable
        caption={t('title')}
        columns={(['name', 'price', 'page', 'status'] as const).map((c) => t(`columns.${c}`))}
        empty={products.length > 0 ? null : t('empty')}
      >
        {products.map((p) => (
          <Row key={p.id}>
            <Cell>
              <Link href={`${base}/${p.id}`} className="font-medium text-blue-800 underline">
                {p.name}
              </Link>
            </Cell>
            <Cell>
              <Money minor={p.priceMinor} currency={p.currency} />
            </Cell>
            <Cell>
              {p.page ? (p.accessDays ? t('pageFor', { page: p.page.title, days: p.accessDays }) : p.page.title) : '—'}
            </Cell>
            <Cell>{t(p.active ? 'offered' : 'notOffered')}</Cell>
          </Row>
        ))}
      </DataTable>
    </main>
  );
}
