import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getMessageLocale } from '@/lib/i18n/get-message-locale';
import { SetupForm } from '@/components/admin/setup-form';
import { LocaleSwitcher } from '@/components/i18n/locale-switcher';
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
    <main
      id="main"
      className="mx-auto flex max-w-2xl flex-col gap-6 px-4 py-12"
      style={{ '--brand-accent': '#1e3a8a' } as React.CSSProperties}
    >
      <LocaleSwitcher className="self-end" />
      <div>
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="mt-1 text-slate-700">{t('lead')}</p>
      </div>
      <SetupForm create={createFirstBusinessAction} {...businessFormProps(locale)} />
    </main>
  );
}
