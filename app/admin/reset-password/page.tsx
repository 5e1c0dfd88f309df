import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { LinkPasswordForm } from '@/components/auth/link-password-form';
import { LocaleSwitcher } from '@/components/i18n/locale-switcher';
import { resetStaffPasswordAction } from '@/lib/actions/staff-password-reset';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('staffReset'))('chooseTitle'), referrer: 'no-referrer' };
}

/** The emailed link's page: a new password; the token is checked (and used up) when it is saved. */
export default async function StaffResetPasswordPage({ searchParams }: PageProps<'/admin/reset-password'>) {
  const { token } = await searchParams;
  const t = await getTranslations('staffReset');
  return (
    <main
      id="main"
      className="mx-auto flex max-w-sm flex-col gap-6 px-4 py-12"
      style={{ '--brand-accent': '#1e3a8a' } as React.CSSProperties}
    >
      <LocaleSwitcher className="self-end" />
      <h1 className="text-2xl font-semibold">{t('chooseTitle')}</h1>
      <LinkPasswordForm
        submit={resetStaffPasswordAction.bind(null, typeof token === 'string' ? token : '')}
        invalidMessage={t('errors.expired')}
        submitLabel={t('save')}
        pendingLabel={t('saving')}
      />
      <Link
        href="/admin/forgot-password"
        className="inline-flex min-h-11 items-center self-start text-blue-800 underline"
      >
        {t('forgot')}
      </Link>
    </main>
  );
}
