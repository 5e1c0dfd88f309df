import type { Metadata } from 'next';
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
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <div className="flex flex-wrap gap-2">
          <Link
            href={`/admin/${business.slug}/orders`}
            className="inline-flex min-h-11 items-center rounded-lg px-4 ring-1 ring-slate-400"
          >
            {t('ordersLink')}
          </Link>
          <Link
            href={`${base}/new`}
            className="inline-flex min-h-11 items-center rounded-lg bg-slate-900 px-4 font-semibold text-white"
          >
            {t('new')}
          </Link>
        </div>
      </div>
      <p className="text-slate-700">{t('lead')}</p>
      {query.saved === '1' && (
        <p role="status" className="rounded-lg bg-green-50 px-3 py-2 text-green-800 ring-1 ring-green-200">
          {t('saved')}
        </p>
      )}
      {products.length === 0 ? (
        <p className="rounded-2xl bg-white p-6 ring-1 ring-slate-200">{t('empty')}</p>
      ) : (
        <div className="overflow-x-auto rounded-2xl bg-white shadow-sm ring-1 ring-slate-200">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t('title')}</caption>
            <thead className="bg-slate-50 text-slate-700">
              <tr>
                {(['name', 'price', 'page', 'status'] as const).map((c) => (
                  <th key={c} scope="col" className="px-4 py-3 font-medium">
                    {t(`columns.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {products.map((p) => (
                <tr key={p.id} className="border-t border-slate-100">
                  <td className="px-4 py-3">
                    <Link href={`${base}/${p.id}`} className="font-medium text-blue-800 underline">
                      {p.name}
                    </Link>
                  </td>
                  <td className="px-4 py-3">
                    <Money minor={p.priceMinor} currency={p.currency} />
                  </td>
                  <td className="px-4 py-3">
                    {p.page
                      ? p.accessDays
                        ? t('pageFor', { page: p.page.title, days: p.accessDays })
                        : p.page.title
                      : '—'}
                  </td>
                  <td className="px-4 py-3">{t(p.active ? 'offered' : 'notOffered')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </main>
  );
}
