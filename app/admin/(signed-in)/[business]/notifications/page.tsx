import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { requireStaffPermission } from '@/lib/auth/guards/require-staff-permission';
import { languageName, locales } from '@/lib/i18n/locales';
import { TEMPLATE_KINDS, type TTemplateKind } from '@/lib/notifications/catalog';
import { listTemplateOverrides } from '@/lib/notifications/template-overrides';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.notifications'))('title') };
}

/** Seed 000 "templates of notifications": each message in each language, built-in or reworded. */
export default async function NotificationsPage({ params }: PageProps<'/admin/[business]/notifications'>) {
  const { business } = await requireStaffPermission((await params).business, 'settings.write');
  const [t, overrides] = await Promise.all([
    getTranslations('admin.notifications'),
    listTemplateOverrides(business.id),
  ]);
  const base = `/admin/${business.slug}/notifications`;
  return (
    <main id="main" className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p className="text-slate-700">{t('lead')}</p>
      <ul className="flex flex-col gap-2">
        {(Object.keys(TEMPLATE_KINDS) as TTemplateKind[]).map((kind) => (
          <li
            key={kind}
            className="flex flex-wrap items-center justify-between gap-3 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200"
          >
            <span className="font-medium">{t(`kinds.${kind}`)}</span>
            <span className="flex flex-wrap gap-2">
              {locales.map((locale) => (
                <Link
                  key={locale}
                  href={`${base}/${kind}?locale=${locale}`}
                  aria-label={t('edit', { kind: t(`kinds.${kind}`), language: languageName(locale) })}
                  className="inline-flex min-h-11 items-center gap-2 rounded-lg px-3 ring-1 ring-slate-300 hover:bg-slate-50"
                >
                  <span lang={locale}>{languageName(locale)}</span>
                  <span className="text-sm text-slate-700">
                    {overrides.has(`${kind}:${locale}`) ? t('customized') : t('builtIn')}
                  </span>
                </Link>
              ))}
            </span>
          </li>
        ))}
      </ul>
    </main>
  );
}
