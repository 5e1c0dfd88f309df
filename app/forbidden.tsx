import { getTranslations } from 'next-intl/server';
import { StatusPage } from '@/components/ui/status-page';

/** 403: shown by forbidden() when a staff member's role lacks a page's permission. */
export default async function Forbidden() {
  const t = await getTranslations('forbidden');
  return <StatusPage title={t('title')} body={t('body')} link={{ href: '/admin', label: t('back') }} />;
}
