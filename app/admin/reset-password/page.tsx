import type { Metadata } from 'next';
import { PlainPage } from '@/components/ui/plain-page';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { LinkPasswordForm } from '@/components/auth/link-password-form';
import { resetStaffPasswordAction } from '@/lib/actions/staff-password-reset';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('staffReset'))('chooseTitle'), referrer: 'no-referrer' };
}

/** The emailed link's page: a new password; the token is checked (and used up) when it is saved. */
export default async function StaffResetPasswordPage({ searchParams }: PageProps<'/admin/reset-password'>) {
  const { token } = await searchParams;
  const t = await getTranslations('staffReset');
  return (
    <PlainPage title={t('chooseTitle')}>
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
    </PlainPage>
  );
}
