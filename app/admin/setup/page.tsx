import type { Metadata } from 'next';
import { PlainPage } from '@/components/ui/plain-page';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getMessageLocale } from '@/lib/i18n/get-message-locale';
import { SetupForm } from '@/components/admin/setup-form';
import { createFirstBusinessAction } from '@/lib/actions/business-setup';
import { isFirstRun } from '@/lib/onboarding/create-business';
import { businessFormProps } from '@/lib/business/business-form-props';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.setup'))('title') };
}

/** First-run setup: open only while there is no business at all (then a 404, like any unknown page). */
export default async function SetupPage() {
  if (!(await isFirstRun())) notFound();
  const [t, locale] = await Promise.all([getTranslations('admin.setup'), getMessageLocale()]);
  return (
    <PlainPage title={t('title')} lead={t('lead')} wide>
      <SetupForm create={createFirstBusinessAction} {...businessFormProps(locale)} />
    </PlainPage>
  );
}
