import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ListSearch } from '@/components/admin/list-search';
import { Money } from '@/components/portal/money';
import { FormAlert } from '@/components/ui/form-alert';
import { can } from '@/lib/auth/guards/permissions';
import { requireStaffPermission } from '@/lib/auth/guards/require-staff-permission';
import { listServices } from '@/lib/services/save-service';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.services'))('title') };
}

export default async function ServicesPage({ params, searchParams }: PageProps<'/admin/[business]/services'>) {
  const { business, role } = await requireStaffPermission((await params).business, 'clients.read');
  const search = await searchParams;
  const q = typeof search.q === 'string' ? search.q.trim().slice(0, 100) : '';
  const [t, tc, services] = await Promise.all([
    getTranslations('admin.services'),
    getTranslations('admin.clients'),
    listServices(business.id, q),
  ]);
  const base = `/admin/${business.slug}/services`;
  const canWrite = can(role, 'settings.write');
  return (
    <main id="main" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        {canWrite && (
          <Link
            href={`${base}/new`}
            className="inline-flex min-h-11 items-center rounded-lg bg-slate-900 px-4 font-semibold text-white"
          >
            {t('new')}
          </Link>
        )}
      </div>
      <FormAlert message={search.saved === '1' ? t('saved') : null} tone="success" />
      <ListSearch action={base} label={t('search')} submit={tc('apply')} value={q} />
      {services.length === 0 ? (
        <p className="rounded-2xl bg-white p-6 ring-1 ring-slate-200">{q ? t('noMatch') : t('empty')}</p>
      ) : (
        <div className="overflow-x-auto rounded-2xl bg-white shadow-sm ring-1 ring-slate-200">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t('title')}</caption>
            <thead className="bg-slate-50 text-slate-700">
              <tr>
                {(['name', 'duration', 'price', 'staff'] as const).map((c) => (
                  <th key={c} scope="col" className="px-4 py-3 font-medium">
                    {t(`columns.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {services.map((s) => (
                <tr key={s.id} className="border-t border-slate-100">
                  <th scope="row" className="px-4 py-3 font-medium">
                    {canWrite ? (
                      <Link href={`${base}/${s.id}`} className="text-blue-800 underline underline-offset-4">
                        {s.name}
                      </Link>
                    ) : (
                      s.name
                    )}
                    {!s.active && (
                      <span className="ml-2 rounded-full bg-slate-200 px-2 py-0.5 text-xs">{t('inactive')}</span>
                    )}
                  </th>
                  <td className="px-4 py-3">{t('minutes', { count: s.durationMinutes })}</td>
                  <td className="px-4 py-3">
                    <Money minor={s.priceMinor} currency={business.currency} />
                  </td>
                  <td className="px-4 py-3">
                    {s.staff.length ? s.staff.map((m) => m.staffMember.displayName).join(', ') : t('anyone')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </main>
  );
}
