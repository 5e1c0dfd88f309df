import { getTranslations } from 'next-intl/server';
import { PortalNavBar } from './portal-nav-bar';

const LABELS = ['dashboard', 'schedule', 'invoices', 'documents', 'payments', 'pages', 'profile', 'security', 'more'];

/** The portal's sections, with their names in the reader's language. */
export async function PortalNav({ portal }: { portal: string }) {
  const t = await getTranslations('account');
  const labels = Object.fromEntries(LABELS.map((k) => [k, t(k as 'more')]));
  return <PortalNavBar portal={portal} labels={{ ...labels, nav: t('portalNav') }} />;
}
