import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { ClientListFilters } from '@/components/admin/client-list-filters';
import { Pagination } from '@/components/ui/pagination';
import { can } from '@/lib/auth/guards/permissions';
import { requireStaffPermission } from '@/lib/auth/guards/require-staff-permission';
import { listClients } from '@/lib/clients/list-clients';
import { clientListSearch, ZClientListQuery } from '@/lib/clients/schemas';
import { formatPhone } from '@/lib/format/phone';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.clients'))('title') };
}

export default async function ClientsPage({ params, searchParams }: PageProps<'/admin/[business]/clients'>) {
  const { business, role } = await requireStaffPermission((await params).business, 'clients.read');
  const query = ZClientListQuery.parse(await searchParams);
  const [t, ti, format, list] = await Promise.all([
    getTranslations('admin.clients'),
    getTranslations('admin.import'),
    getFormatter(),
    listClients(business, query),
  ]);
  const base = `/admin/${business.slug}/clients`;
  const filtered = query.q || query.source || query.neverSignedIn || query.twoStep || query.status !== 'active';
  return (
    <main id="main" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <div className="flex flex-wrap gap-2">
          {can(role, 'clients.export') && (
            <a
              href={`/api/admin/${business.slug}/clients/export${clientListSearch({ ...query, page: 1 })}`}
              className="inline-flex min-h-11 items-center rounded-lg border border-slate-400 bg-white px-4 font-medium"
              download
            >
              {t('exportLink')}
            </a>
          )}
          {can(role, 'clients.import') && (
            <Link
              href={`${base}/import`}
              className="inline-flex min-h-11 items-center rounded-lg border border-slate-400 bg-white px-4 font-medium"
            >
              {ti('nav')}
            </Link>
          )}
          <Link
            href={`${base}/new`}
            className="inline-flex min-h-11 items-center rounded-lg bg-slate-900 px-4 font-semibold text-white"
          >
            {t('add')}
          </Link>
        </div>
      </div>
      <ClientListFilters query={query} action={base} />
      <p role="status" className="text-sm text-slate-700">
        {t('count', { count: list.total })}
      </p>
      {list.rows.length === 0 ? (
        <p className="rounded-2xl bg-white p-6 ring-1 ring-slate-200">{filtered ? t('noMatch') : t('empty')}</p>
      ) : (
        <div className="overflow-x-auto rounded-2xl bg-white shadow-sm ring-1 ring-slate-200">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t('title')}</caption>
            <thead className="sticky top-0 bg-slate-50 text-slate-700">
              <tr>
                <th scope="col" className="px-4 py-3 font-medium">
                  {t('columns.name')}
                </th>
                <th scope="col" className="px-4 py-3 font-medium">
                  {t('columns.contact')}
                </th>
                <th scope="col" className="px-4 py-3 font-medium">
                  {t('columns.source')}
                </th>
                <th scope="col" className="px-4 py-3 font-medium">
                  {t('columns.lastSignIn')}
                </th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((c) => (
                <tr key={c.id} className="border-t border-slate-100 hover:bg-slate-50">
                  <th scope="row" className="px-4 py-3 font-medium">
                    <Link href={`${base}/${c.id}`} className="text-blue-800 underline underline-offset-4">
                      {`${c.firstName} ${c.lastName}`.trim()}
                    </Link>
                    {c.status === 'archived' && (
                      <span className="ml-2 rounded-full bg-slate-200 px-2 py-0.5 text-xs">{t('archived')}</span>
                    )}
                    {c.identity?.totpEnabledAt && (
                      <span className="ml-2 rounded-full bg-emerald-100 px-2 py-0.5 text-xs text-emerald-900">
                        {t('twoStepOn')}
                      </span>
                    )}
                  </th>
                  <td className="px-4 py-3">
                    <span className="block">{c.email ?? '—'}</span>
                    <span className="block text-slate-600">
                      {c.phone ? formatPhone(c.phone, business.country) : ''}
                    </span>
                  </td>
                  <td className="px-4 py-3">{t(`sources.${c.source as 'manual'}`)}</td>
                  <td className="px-4 py-3">
                    {c.lastSignInAt
                      ? format.dateTime(c.lastSignInAt, { dateStyle: 'medium', timeZone: business.timezone })
                      : t('neverSignedIn')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={query.page} pages={list.pages} href={(page) => `${base}${clientListSearch(query, { page })}`} />
    </main>
  );
}
