import Link from 'next/link';
import { headers } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { ZSlug } from '@/lib/business/schemas';
import { PORTAL_HEADER } from '@/lib/i18n/portal-header';

/**
 * A missing page inside a portal (an invoice, a document, a page that is not there): shown
 * within the portal's layout, its branding and navigation, with the way back to its home.
 * An unknown portal never gets here (the layout answers with the product's own 404).
 */
export default async function PortalNotFound() {
  const [t, slug] = await Promise.all([getTranslations('notFound'), headers().then((h) => h.get(PORTAL_HEADER))]);
  const home = ZSlug.safeParse(slug).success ? `/p/${slug}` : '/';
  return (
    <main
      id="main"
      className="flex flex-col items-start gap-4 rounded-2xl bg-white p-6 shadow-sm ring-1 ring-slate-200"
    >
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p className="text-slate-700">{t('portalBody')}</p>
      <Link
        href={home}
        className="inline-flex min-h-12 items-center rounded-xl bg-accent px-4 font-semibold text-on-accent"
      >
        {t('portalHome')}
      </Link>
    </main>
  );
}
