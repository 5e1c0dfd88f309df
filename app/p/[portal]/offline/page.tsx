import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { findPortalBusiness } from '@/lib/business/find-portal-business';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('portal.offline'))('title') };
}

/**
 * What the portal's service worker shows when there is no network: the business's branding (the
 * layout), fetched signed out when the worker installed, so it holds nothing of anyone.
 */
export default async function PortalOfflinePage({ params }: PageProps<'/p/[portal]/offline'>) {
  const business = await findPortalBusiness((await params).portal);
  if (!business) notFound();
  const t = await getTranslations('portal.offline');
  return (
    <main
      id="main"
      className="flex flex-col items-start gap-4 rounded-2xl bg-white p-6 shadow-sm ring-1 ring-slate-200"
    >
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p className="text-slate-700">{t('body')}</p>
      <a
        href={`/p/${business.slug}/dashboard`}
        className="inline-flex min-h-12 items-center rounded-xl bg-accent px-4 font-semibold text-on-accent"
      >
        {t('retry')}
      </a>
    </main>
  );
}
