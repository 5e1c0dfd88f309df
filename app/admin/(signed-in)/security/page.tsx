import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { TwoFactorSettings } from '@/components/auth/two-factor-settings';
import { confirmStaffTotpAction, disableStaffTotpAction, startStaffTotpAction } from '@/lib/actions/staff-two-factor';
import { mustUseAuthenticator, requireStaff } from '@/lib/auth/guards/require-staff';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('staffSecurity'))('title') };
}

export default async function StaffSecurityPage() {
  const staff = await requireStaff({ allowPending2fa: true });
  const [t, ts] = await Promise.all([getTranslations('security'), getTranslations('staffSecurity')]);
  const required = mustUseAuthenticator(staff);
  const enabled = !!staff.totpEnabledAt;
  return (
    <main id="main" className="flex max-w-2xl flex-col gap-6">
      <h1 className="text-2xl font-semibold">{ts('title')}</h1>
      {required && !enabled && (
        <p role="status" className="rounded-lg bg-amber-50 p-3 text-amber-900 ring-1 ring-amber-200">
          {ts('ownerRequired')}
        </p>
      )}
      <section
        aria-labelledby="two-factor"
        className="flex flex-col gap-3 rounded-2xl bg-white p-6 shadow-sm ring-1 ring-slate-200"
      >
        <h2 id="two-factor" className="text-lg font-semibold">
          {t('twoFactorTitle')}
        </h2>
        {required && enabled ? (
          <p>
            {t('statusOn')} {ts('ownerCannotDisable')}
          </p>
        ) : (
          <TwoFactorSettings
            enabled={enabled}
            qrLabel={ts('qrLabel')}
            signInHref="/admin/sign-in"
            start={startStaffTotpAction}
            confirm={confirmStaffTotpAction}
            disable={disableStaffTotpAction}
          />
        )}
      </section>
    </main>
  );
}
