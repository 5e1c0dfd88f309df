import type { Metadata } from 'next';
import { PlainPage } from '@/components/ui/plain-page';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getMessageLocale } from '@/lib/i18n/get-message-locale';
import { BusinessSignUpStart } from '@/components/admin/business-sign-up-start';
import { SetupForm } from '@/components/admin/setup-form';
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
    <PlainPage title={t('title')} lead={email ? t('leadProven', { email }) : t('lead')} wide>
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
    </PlainPage>
  );
}
