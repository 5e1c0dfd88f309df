import type { Metadata } from 'next';
import { PlainPage } from '@/components/ui/plain-page';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { StaffForgotPasswordForm } from '@/components/admin/staff-forgot-password-form';
import { STAFF_SIGN_IN_PATH } from '@/lib/auth/config';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('staffReset'))('title') };
}

export default async function StaffForgotPasswordPage() {
  const t = await getTranslations('staffReset');
  return (
    <PlainPage title={t('title')} lead={t('lead')}>
      <StaffForgotPasswordForm />
      <Link href={STAFF_SIGN_IN_PATH} className="inline-flex min-h-11 items-center self-start text-blue-800 underline">
        {t('backToSignIn')}
      </Link>
    </PlainPage>
  );
}
