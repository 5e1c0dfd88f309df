import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ListSearch } from '@/components/admin/list-search';
import { can } from '@/lib/auth/guards/permissions';
import { requireStaffPermission } from '@/lib/auth/guards/require-staff-permission';
import { listBusinessPages } from '@/lib/pages/list-business-pages';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.pages'))('title') };
}

/** Seed 003: the business's restricted pages and how many clients can open each today. */
export default async function PagesPage({ params, searchParams }: PageProps<'/admin/[business]/pages'>) {
  const { business, role } = await requireStaffPermission((await params).business, 'clients.read');
  const search = await searchParams;
  const q = typeof search.q === 'string' ? search.q.trim().slice(0, 100) : '';
  const [t, tc, pages] = await Promise.all([
    getTranslations('admin.pages'),
    getTranslations('admin.clients'),
    listBusinessPages(business.id, q),
  ]);
  const base = `/admin/${business.slug}/pages`;
  return (
    <main id="main" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{t('title')}</h1>
          <p className="text-slate-700">{t('lead')}</p>
        </div>
        {can(role, 'pages.write') && (
          <Link
            href={`${base}/new`}
            className="inline-flex min-h-11 items-center rounded-lg bg-slate-900 px-4 font-semibold text-white"
          >
            {t('new')}
          </Link>
        )}
      </div>
      <ListSearch action={base} label={t('search')} submit={tc('apply')} value={q} />
      {pages.length === 0 ? (
        <p className="rounded-2xl bg-white p-6 ring-1 ring-slate-200">{q ? t('noMatch') : t('empty')}</p>
      ) : (
        <div className="overflow-x-auto rounded-2xl bg-white shadow-sm ring-1 ring-slate-200">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t('title')}</caption>
            <thead className="bg-slate-50 text-slate-700">
              <tr>
                <th scope="col" className="px-4 py-3 font-medium">
                  {t('columns.title')}
                </th>
                <th scope="col" className="px-4 py-3 font-medium">
                  {t('columns.address')}
                </th>
                <th scope="col" className="px-4 py-3 font-medium">
                  {t('columns.current')}
                </th>
                <th scope="col" className="px-4 py-3 font-medium">
                  {t('columns.listed')}
                </th>
              </tr>
            </thead>
            <tbody>
              {pages.map((p) => (
                <tr key={p.id} className="border-t border-slate-100">
                  <th scope="row" className="px-4 py-3 font-medium">
                    <Link href={`${base}/${p.id}`} className="text-blue-800 underline underline-offset-4">
                      {p.title}
                    </Link>
                    {!p.published && (
                      <span className="ml-2 rounded-full bg-slate-200 px-2 py-0.5 text-xs">{t('unpublished')}</span>
                    )}
                  </th>
                  <td className="px-4 py-3">
                    <code>
                      /p/{business.slug}/pages/{p.slug}
                    </code>
                  </td>
                  <td className="px-4 py-3">{p.current}</td>
                  <td className="px-4 py-3">{p.listed}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </main>
  );
}
