import { getTranslations } from 'next-intl/server';
import { PortalNavBar } from './portal-nav-bar';

const LABELS = [
  'dashboard',
  'schedule',
  'invoices',
  'documents',
  'messages',
  'payments',
  'pages',
  'profile',
  'security',
  'more',
];

/** The portal's sections, with their names in the reader's language. */
export async function PortalNav({ portal, unread }: { portal: string; unread: number }) {
  const [t, tc] = await Promise.all([getTranslations('account'), getTranslations('conversations')]);
  const labels = Object.fromEntries(LABELS.map((k) => [k, t(k as 'more')]));
  return (
    <PortalNavBar
      portal={portal}
      labels={{ ...labels, nav: t('portalNav') }}
      badges={unread > 0 ? { messages: tc('unread', { count: unread }) } : {}}
    />
  );
}
