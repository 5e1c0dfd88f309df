import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { StaffForgotPasswordForm } from '@/components/admin/staff-forgot-password-form';
import { LocaleSwitcher } from '@/components/i18n/locale-switcher';
import { STAFF_SIGN_IN_PATH } from '@/lib/auth/config';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('staffReset'))('title') };
}

export default async function StaffForgotPasswordPage() {
  const t = await getTranslations('staffReset');
  return (
    <main
      id="main"
      className="mx-auto flex max-w-sm flex-col gap-6 px-4 py-12"
      style={{ '--brand-accent': '#1e3a8a' } as React.CSSProperties}
    >
      <LocaleSwitcher className="self-end" />
      <div>
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="mt-1 text-slate-700">{t('lead')}</p>
      </div>
      <StaffForgotPasswordForm />
      <Link href={STAFF_SIGN_IN_PATH} className="inline-flex min-h-11 items-center self-start text-blue-800 underline">
        {t('backToSignIn')}
      </Link>
    </main>
  );
}
