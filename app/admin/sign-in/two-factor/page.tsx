import type { Metadata } from 'next';
import { PlainPage } from '@/components/ui/plain-page';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { TwoFactorForm } from '@/components/auth/two-factor-form';
import { verifyStaffTwoFactorAction } from '@/lib/actions/staff-two-factor';
import { STAFF_TWO_FACTOR_COOKIE } from '@/lib/auth/sessions/complete-staff-sign-in';
import { readAuthCookie } from '@/lib/crypto/cookie-jar';
import { openStaffTicket } from '@/lib/auth/sessions/ticket';

export const metadata: Metadata = { robots: { index: false } };

export default async function StaffTwoFactorPage({ searchParams }: PageProps<'/admin/sign-in/two-factor'>) {
  const { callbackUrl } = await searchParams;
  const [t, ts] = await Promise.all([getTranslations('twoFactor'), getTranslations('staffSecurity')]);
  const ticket = await openStaffTicket(await readAuthCookie(STAFF_TWO_FACTOR_COOKIE, '/admin'), 'second_factor');
  return (
    <PlainPage title={t('title')} lead={t('lead')} switcher={false}>
      {ticket ? (
        <>
          <TwoFactorForm
            verify={verifyStaffTwoFactorAction.bind(null, typeof callbackUrl === 'string' ? callbackUrl : undefined)}
          />
          <p className="text-sm text-slate-700">
            <strong>{t('noAccess')}</strong> {ts('noAccessLead')}
          </p>
        </>
      ) : (
        <>
          <p role="alert" className="rounded-lg bg-red-50 p-3 text-red-800 ring-1 ring-red-200">
            {t('expired')}
          </p>
          <Link href="/admin/sign-in" className="inline-flex min-h-11 items-center self-start text-blue-800 underline">
            {t('signInAgain')}
          </Link>
        </>
      )}
    </PlainPage>
  );
}
