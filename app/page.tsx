import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { LocaleSwitcher } from '@/components/i18n/locale-switcher';
import { listDemoPortals } from '@/lib/business/list-demo-portals';

export default async function Home() {
  const [t, portals] = await Promise.all([getTranslations('home'), listDemoPortals()]);
  return (
    <main id="main" className="mx-auto flex max-w-2xl flex-col gap-6 px-4 py-12">
      <LocaleSwitcher className="self-end" />
      <h1 className="text-3xl font-semibold">{t('title')}</h1>
      <p className="text-lg text-slate-700">{t('lead')}</p>
      {portals.length > 0 && (
        <section aria-labelledby="demo-portals">
          <h2 id="demo-portals" className="text-lg font-semibold">
            {t('demoPortals')}
          </h2>
          <ul className="mt-2 flex flex-col gap-2">
            {portals.map((p) => (
              <li key={p.slug}>
                <Link className="text-blue-800 underline" href={`/p/${p.slug}`}>
                  {t('openPortal', { name: p.name })}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <Link className="text-blue-800 underline" href="/admin">
        {t('adminLink')}
      </Link>
    </main>
  );
}
