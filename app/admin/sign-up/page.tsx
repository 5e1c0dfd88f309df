import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getMessageLocale } from '@/lib/i18n/get-message-locale';
import { BusinessSignUpStart } from '@/components/admin/business-sign-up-start';
import { SetupForm } from '@/components/admin/setup-form';
import { LocaleSwitcher } from '@/components/i18n/locale-switcher';
import { createSignedUpBusinessAction } from '@/lib/actions/business-setup';
import { STAFF_SIGN_IN_PATH } from '@/lib/auth/config';
import { businessFormProps } from '@/lib/business/business-form-props';
import { provenSignUpEmail } from '@/lib/onboarding/business-sign-up';
import { isPublicSignUpOpen } from '@/lib/env';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.signUp'))('title') };
}

/** Public business sign-up: a 404 unless PORTICO_PUBLIC_SIGNUP=1; the email first, proven with a code; then the business. */
export default async function BusinessSignUpPage() {
  if (!isPublicSignUpOpen()) notFound();
  const [t, locale, email] = await Promise.all([
    getTranslations('admin.signUp'),
    getMessageLocale(),
    provenSignUpEmail(),
  ]);
  const props = businessFormProps(locale);
  return (
    <main
      id="main"
      className="mx-auto flex max-w-2xl flex-col gap-6 px-4 py-12"
      style={{ '--brand-accent': '#1e3a8a' } as React.CSSProperties}
    >
      <LocaleSwitcher className="self-end" />
      <div>
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="mt-1 text-slate-700">{email ? t('leadProven', { email }) : t('lead')}</p>
      </div>
      {email ? (
        <SetupForm
          create={createSignedUpBusinessAction}
          {...props}
          initial={{ ...props.initial, ownerEmail: email }}
          ownerEmailLocked
        />
      ) : (
        <BusinessSignUpStart />
      )}
      <Link href={STAFF_SIGN_IN_PATH} className="inline-flex min-h-11 items-center self-start text-blue-800 underline">
        {t('haveAccount')}
      </Link>
    </main>
  );
}
