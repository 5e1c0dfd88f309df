import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { BusinessLogo } from '@/components/portal/business-logo';
import { listBusinessOverviews } from '@/lib/business/list-business-overviews';
import { requireStaff } from '@/lib/auth/guards/require-staff';
import { appUrl } from '@/lib/env';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin'))('title') };
}

export default async function AdminDashboard() {
  const staff = await requireStaff();
  const [t, overviews] = await Promise.all([getTranslations('admin'), listBusinessOverviews(staff.id)]);
  return (
    <main id="main" className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t('businesses')}</h1>
        {staff.staff.some((m) => m.role === 'owner') && (
          <Link
            href="/admin/new-business"
            className="inline-flex min-h-11 items-center rounded-lg border border-slate-400 bg-white px-4 font-medium"
          >
            {t('addBusiness')}
          </Link>
        )}
      </div>
      {overviews.length === 0 && <p>{t('noBusinesses')}</p>}
      <ul className="grid gap-4 md:grid-cols-2">
        {overviews.map(({ business, role, clients, upcoming, openInvoices }) => (
          <li key={business.id} className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
            <div className="flex items-center gap-3">
              <BusinessLogo name={business.name} logoUrl={business.logoUrl} accentColor={business.accentColor} />
              <div>
                <h2 className="text-lg font-semibold">
                  <Link href={`/admin/${business.slug}/clients`} className="underline-offset-4 hover:underline">
                    {business.name}
                  </Link>
                </h2>
                <p className="text-sm text-slate-600">{t(`role.${role as 'owner'}`)}</p>
              </div>
            </div>
            <dl className="mt-4 grid grid-cols-3 gap-2 text-center">
              {(
                [
                  ['clients', clients],
                  ['upcoming', upcoming],
                  ['openInvoices', openInvoices],
                ] as const
              ).map(([key, value]) => (
                <div key={key} className="rounded-lg bg-slate-50 p-2">
                  <dt className="text-xs text-slate-600">{t(`stats.${key}`)}</dt>
                  <dd className="text-xl font-semibold">{value}</dd>
                </div>
              ))}
            </dl>
            <p className="mt-4 text-sm">
              <span className="text-slate-600">{t('portalUrl')}: </span>
              <a className="font-medium text-blue-800 underline" href={`/p/${business.slug}`}>
                {`${appUrl()}/p/${business.slug}`}
              </a>
            </p>
          </li>
        ))}
      </ul>
    </main>
  );
}
